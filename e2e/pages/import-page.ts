import type { Locator, Page } from "playwright-core";
import { AppPage } from "./app-page";

export class ImportPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<void> {
    await this.page.goto("/importa");
    await this.fileInput.waitFor();
  }

  get fileInput(): Locator {
    return this.page.locator("#import-file");
  }

  async upload(path: string): Promise<void> {
    await this.fileInput.setInputFiles(path);
    await this.page.getByRole("button", { name: /^(Importa|Import)$/ }).click();
  }

  get report(): Locator {
    return this.page.getByTestId("import-report");
  }

  get failure(): Locator {
    return this.page.getByRole("alert");
  }
}
