// What every page has: header with the organisation's name, navigation, language switch, main content.
import type { Locator, Page } from "playwright-core";

export class AppPage {
  constructor(readonly page: Page) {}

  get organisationName(): Locator {
    return this.page.getByTestId("organisation-name");
  }

  get heading(): Locator {
    return this.page.locator("h1");
  }

  navLink(name: string): Locator {
    return this.page.getByRole("navigation", { name: /Navigazione principale|Main navigation/ }).getByRole("link", { name, exact: true });
  }

  async switchLanguage(code: "IT" | "EN"): Promise<void> {
    await this.page.locator(".language-switch button", { hasText: code }).click();
  }

  /** Waits until the page's content is on screen (not the loading state). */
  async waitForHeading(text: string | RegExp): Promise<void> {
    await this.heading.filter({ hasText: text }).waitFor();
  }
}
