// Periods as users write them on the command line and in plans.
import type { DateWindow } from "./computation-plan";

/** "2022" → the year, "2022-06" → the month, "2022-01-01..2022-06-30" → that range. */
export function parsePeriod(text: string): DateWindow {
  const year = /^(\d{4})$/.exec(text);
  if (year) return { from: `${year[1]}-01-01`, to: `${year[1]}-12-31` };
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return { from: `${text}-01`, to: `${text}-${String(last).padStart(2, "0")}` };
  }
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (range && range[1]! <= range[2]!) return { from: range[1]!, to: range[2]! };
  throw new Error(`periodo non valido «${text}»: usare 2022, 2022-06 o 2022-01-01..2022-06-30`);
}
