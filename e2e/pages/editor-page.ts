// The plan editor: its forms by id prefix ("objective", "indicator", "target", "phase-ARTI_1"), and the
// evidence panel of the monitoring grid.
import type { Locator, Page } from "playwright-core";
import { AppPage } from "./app-page";

export class EditorPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async open(planId: string, section = ""): Promise<void> {
    await this.page.goto(`/piani/${encodeURIComponent(planId)}/modifica${section ? `/${section}` : ""}`);
    await this.waitForHeading("Modifica del piano");
  }

  field(form: string, name: string): Locator {
    return this.page.locator(`#${form}-${name}`);
  }

  save(form: string): Locator {
    return this.page.getByTestId(`save-${form}`);
  }

  fieldError(form: string, name: string): Locator {
    return this.page.getByTestId(`error-${form}-${name}`);
  }

  get targetReading(): Locator {
    return this.page.getByTestId("target-reading");
  }

  phaseTotal(code: string): Locator {
    return this.page.getByTestId(`phase-${code.replace(/[^A-Za-z0-9]/g, "_")}-total`);
  }

  phaseWarning(code: string): Locator {
    return this.page.getByTestId(`phase-${code.replace(/[^A-Za-z0-9]/g, "_")}-warning`);
  }

  evidenceButton(indicatorCode: string): Locator {
    return this.page.getByTestId(`evidence-${indicatorCode}`);
  }

  get evidencePanel(): Locator {
    return this.page.getByTestId("evidence-panel");
  }
}
