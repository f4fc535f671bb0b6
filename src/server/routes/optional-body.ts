// Fastify hands a POST without payload to the validator as null: for actions whose body is all optional
// ("submit", "reopen" with a reason…), no payload means an empty object.
import { z } from "zod";

export function emptyBodyAsObject<T extends z.ZodObject>(schema: T) {
  return z.preprocess((value) => value ?? {}, schema);
}
