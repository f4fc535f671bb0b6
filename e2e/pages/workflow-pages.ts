// Page objects of the monitoring workflow and the person's pages: approval, audit trail, notifications.
import type { Locator, Page } from "playwright-core";
import { AppPage } from "./app-page";

export class ApprovalPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async open(planId: string): Promise<void> {
    await this.page.goto(`/piani/${encodeURIComponent(planId)}/approvazione`);
    await this.table.waitFor();
  }

  get table(): Locator {
    return this.page.getByTestId("workflow-table");
  }

  row(structureId: string): Locator {
    return this.page.getByTestId(`workflow-row-${structureId}`);
  }

  state(structureId: string): Locator {
    return this.page.getByTestId(`workflow-state-${structureId}`);
  }

  action(action: "submit" | "validate" | "return" | "close" | "reopen", structureId: string): Locator {
    return this.page.getByTestId(`action-${action}-${structureId}`);
  }

  /** Return or reopen: the action, then the reason, then confirm. */
  async withReason(action: "return" | "reopen", structureId: string, reason: string): Promise<void> {
    await this.action(action, structureId).click();
    await this.page.getByTestId("reason-input").fill(reason);
    await this.page.getByTestId("reason-confirm").click();
  }

  get done(): Locator {
    return this.page.getByTestId("workflow-done");
  }

  get failed(): Locator {
    return this.page.getByTestId("workflow-failed");
  }
}

export class AuditTrailPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async open(filter: Record<string, string> = {}): Promise<void> {
    const query = new URLSearchParams(filter).toString();
    await this.page.goto(`/registro${query ? `?${query}` : ""}`);
    await this.table.waitFor();
  }

  get table(): Locator {
    return this.page.getByTestId("audit-table");
  }

  get rows(): Locator {
    return this.page.getByTestId("audit-row");
  }
}

export class NotificationsPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  async open(): Promise<void> {
    await this.page.goto("/notifiche");
    await this.waitForHeading("Notifiche");
  }

  section(kind: "values-to-enter" | "submission-to-validate" | "values-returned"): Locator {
    return this.page.getByTestId(`notifications-${kind}`);
  }

  get bellCount(): Locator {
    return this.page.getByTestId("notification-count");
  }
}
