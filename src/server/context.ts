import type { DatabaseHandle } from "../db/connect";

/** What routes need from the running application; passed in, never imported as a global. */
export interface AppContext {
  database: DatabaseHandle;
}
