// The Pubblicazione page of a plan: downloads by what they are, the publish action with its confirmation, the
// plan's publications.
import type { Download, Locator, Page } from "playwright-core";
import { AppPage } from "./app-page";

export class PublishingPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async open(planId: string): Promise<void> {
    await this.page.goto(`/piani/${encodeURIComponent(planId)}/pubblicazione`);
    await this.download("monitoraggio-xlsx").waitFor();
  }

  /** a download row: "relazione-docx", "monitoraggio-xlsx", "open-data-csv"… */
  download(id: string): Locator {
    return this.page.getByTestId(`download-${id}`);
  }

  /** the row's download button (its description may hold other links). */
  link(id: string): Locator {
    return this.download(id).locator("a[download]");
  }

  /** clicks the row's button and waits for the file. */
  async fetch(id: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), this.link(id).click()]);
    return download;
  }

  get publishButton(): Locator {
    return this.page.getByTestId("publish");
  }

  get confirmation(): Locator {
    return this.page.getByTestId("confirm-publish");
  }

  get confirmButton(): Locator {
    return this.page.getByTestId("confirm-publish-yes");
  }

  get published(): Locator {
    return this.page.getByTestId("published");
  }

  get publications(): Locator {
    return this.page.getByTestId("publications");
  }
}
