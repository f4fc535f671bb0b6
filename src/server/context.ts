import type { DatabaseHandle } from "../db/connect";
import type { SecuritySettings } from "../auth/settings";
import type { Mailer } from "../notifications/mailer";
import type { ServiceDataSettings } from "./analytics.service";

/** What routes need from the running application; passed in, never imported as a global. */
export interface AppContext {
  database: DatabaseHandle;
  /** sessions, cookies, sign-in attempts, OpenID Connect, reminders; defaults in src/auth/settings.ts. */
  security?: Partial<SecuritySettings>;
  /** sends e-mail when SMTP is configured; absent: notifications stay inside the application. */
  mailer?: Mailer | null;
  /** today's ISO date (printed on reports); tests pass a fixed one. */
  today?: () => string;
  /** the analytics warehouse (service data); absent: an empty one in memory. */
  serviceData?: ServiceDataSettings;
}
