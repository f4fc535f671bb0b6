// The monitoring grid of a plan: rows by indicator code, inputs by field, live achievement and status.
import type { Locator, Page } from "playwright-core";
import { AppPage } from "./app-page";

export class MonitoringPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async open(planId: string): Promise<void> {
    await this.page.goto(`/piani/${encodeURIComponent(planId)}/monitoraggio`);
    await this.grid.waitFor();
  }

  get grid(): Locator {
    return this.page.getByTestId("monitoring-grid");
  }

  input(code: string, field: "value" | "numerator" | "denominator" | "note"): Locator {
    return this.page.getByTestId(`input-${code}-${field}`);
  }

  achievement(code: string): Locator {
    return this.page.getByTestId(`achievement-${code}`);
  }

  /** the computed status badge (not the "Nel documento: …" line under it). */
  status(code: string): Locator {
    return this.page.getByTestId(`status-${code}`).locator(".status-badge");
  }

  get saveButton(): Locator {
    return this.page.getByTestId("save-measurements");
  }

  get saved(): Locator {
    return this.page.getByTestId("save-success");
  }

  get errorSummary(): Locator {
    return this.page.getByTestId("error-summary");
  }
}
