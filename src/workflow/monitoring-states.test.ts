import { describe, expect, it } from "vitest";
import { canEditValues, canTransition, isDraftValue, TRANSITIONS } from "./monitoring-states";

describe("monitoring states", () => {
  it("open → draft → submitted → validated → closed, returned from submitted or validated, reopened from closed only", () => {
    expect(Object.fromEntries(Object.entries(TRANSITIONS).map(([t, r]) => [t, [r.from.join("|"), r.to]]))).toEqual({
      submit: ["open|draft|returned", "submitted"],
      validate: ["submitted", "validated"],
      return: ["submitted|validated", "returned"],
      close: ["validated", "closed"],
      reopen: ["closed", "draft"],
    });
    expect([canTransition("draft", "close"), canTransition("closed", "return"), canTransition("returned", "submit")]).toEqual([false, false, true]);
  });

  it("heads change values until submission and after a return; the office until the period is closed", () => {
    const states = ["open", "draft", "submitted", "returned", "validated", "closed"] as const;
    expect(states.map((s) => canEditValues(s, false))).toEqual([true, true, false, true, false, false]);
    expect(states.map((s) => canEditValues(s, true))).toEqual([true, true, true, true, true, false]);
  });

  it("a draft is a value typed in and not yet validated; imported values never are", () => {
    expect([isDraftValue("manual", "submitted"), isDraftValue("manual", "validated"), isDraftValue("imported", "open"), isDraftValue("computed", "draft")]).toEqual([true, false, false, true]);
  });
});
