// "Dati di servizio" of a plan: bound indicators with their computed values and provenance, "Ricalcola",
// values awaiting review.
import type { Locator, Page } from "playwright-core";
import { AppPage } from "./app-page";

export class ServiceDataPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async open(planId: string): Promise<void> {
    await this.page.goto(`/piani/${encodeURIComponent(planId)}/dati-di-servizio`);
    await this.bindings.waitFor();
  }

  get bindings(): Locator {
    return this.page.getByTestId("bindings-table");
  }

  binding(code: string): Locator {
    return this.page.getByTestId(`binding-${code}`);
  }

  value(code: string): Locator {
    return this.binding(code).getByTestId("binding-value");
  }

  get recomputeButton(): Locator {
    return this.page.getByTestId("recompute");
  }

  get computeSummary(): Locator {
    return this.page.getByTestId("compute-summary");
  }

  /** the CPI of the loaded data and the structure each counts for. */
  get cpiMap(): Locator {
    return this.page.getByTestId("cpi-map");
  }

  countsFor(cpiCode: string): Locator {
    return this.page.getByTestId(`cpi-${cpiCode}`).getByRole("combobox");
  }

  get reviewTable(): Locator {
    return this.page.getByTestId("review-table");
  }
}
