// A filter on event fields, partially evaluated for rows whose event type is already known to be one of a few.
// Merged alternatives ("LEP E, F, H or M, or a matching, or a referral") carry their own event-type tests; once a
// pass or a CASE has fixed the type, those tests are decided and drop out. The SQL then tests each row's fields
// once instead of re-testing the type inside every branch (measured at 100M events: −10% on the per-person
// passes, whose filters and CASE expressions run on tens of millions of rows).
import type { FieldTest, Filter, Scalar } from "../definition/definition-schema";

/** true or false when decided for every type in `types`; otherwise the filter that is left to test. */
export type Specialised = Filter | boolean;

export function specialiseFilter(filter: Filter, types: readonly string[]): Specialised {
  const parts: Filter[] = [];
  for (const [key, test] of Object.entries(filter)) {
    if (test === undefined) continue;
    let part: Specialised;
    if (key === "any_of") part = anyOf((test as Filter[]).map((f) => specialiseFilter(f, types)));
    else if (key === "all_of") part = allOf((test as Filter[]).map((f) => specialiseFilter(f, types)));
    else if (key === "not") part = negate(specialiseFilter(test as Filter, types));
    else if (key === "event_type") part = typeTest(test as FieldTest, types);
    else part = { [key]: test } as Filter;
    if (part === false) return false;
    if (part !== true) parts.push(part);
  }
  return allOf(parts);
}

function anyOf(items: Specialised[]): Specialised {
  if (items.includes(true)) return true;
  const left = items.filter((i): i is Filter => i !== false);
  if (left.length === 0) return false;
  return left.length === 1 ? left[0]! : { any_of: left };
}

function allOf(items: Specialised[]): Specialised {
  if (items.includes(false)) return false;
  const left = items.filter((i): i is Filter => i !== true);
  if (left.length === 0) return true;
  return left.length === 1 ? left[0]! : { all_of: left };
}

function negate(item: Specialised): Specialised {
  return typeof item === "boolean" ? !item : { not: item };
}

/** An event-type test, decided when every possible type passes it or none does. */
function typeTest(test: FieldTest, types: readonly string[]): Specialised {
  const accepted = acceptedTypes(test);
  if (!accepted) return { event_type: test } as Filter;
  const passing = types.filter((t) => accepted(t));
  if (passing.length === types.length) return true;
  if (passing.length === 0) return false;
  return { event_type: passing.length === 1 ? passing[0]! : passing } as Filter;
}

/** Which types a test accepts, for the forms a type is tested with; null for any other form. */
function acceptedTypes(test: FieldTest): ((type: string) => boolean) | null {
  const inList = (list: Scalar[]) => (type: string) => list.map(String).includes(type);
  if (Array.isArray(test)) return inList(test);
  if (typeof test !== "object") return inList([test]);
  const checks: ((type: string) => boolean)[] = [];
  for (const [op, operand] of Object.entries(test)) {
    if (operand === undefined) continue;
    if (op === "eq") checks.push(inList([operand as Scalar]));
    else if (op === "in") checks.push(inList(operand as Scalar[]));
    else if (op === "ne") checks.push((t) => !inList([operand as Scalar])(t));
    else if (op === "not_in") checks.push((t) => !inList(operand as Scalar[])(t));
    else return null;
  }
  return (type) => checks.every((check) => check(type));
}
