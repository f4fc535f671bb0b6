// The evaluation screens (/piani/:planId/valutazione/<section>): tabs, findings, statuses and the override form,
// allocation, budget, what-if.
import type { Locator, Page } from "playwright-core";
import { AppPage } from "./app-page";

export type EvaluationSection = "rilievi" | "stati" | "individuale" | "ripartizione" | "bilancio" | "simulazione";

export class EvaluationPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async open(planId: string, section?: EvaluationSection): Promise<void> {
    await this.page.goto(`/piani/${encodeURIComponent(planId)}/valutazione${section ? `/${section}` : ""}`);
    // the whole plan loads first (ANPAL: 79 budget lines, 19 programmes); the shared 2-core machine can be slow
    await this.heading.filter({ hasText: "Valutazione —" }).waitFor({ timeout: 60_000 });
  }

  tab(section: EvaluationSection): Locator {
    return this.page.getByTestId(`evaluation-tab-${section}`);
  }

  findings(code: string): Locator {
    return this.page.getByTestId(`findings-${code}`);
  }

  statusRow(code: string): Locator {
    return this.page.getByTestId(`status-row-${code}`);
  }

  override(code: string): Locator {
    return this.page.getByTestId(`override-${code}`);
  }

  editOverride(code: string): Locator {
    return this.page.getByTestId(`override-edit-${code}`);
  }

  get overrideForm(): Locator {
    return this.page.getByTestId("override-form");
  }

  get overrideReason(): Locator {
    return this.overrideForm.getByLabel("Motivazione");
  }

  get overrideLevel(): Locator {
    return this.overrideForm.getByLabel("Livello");
  }
}
