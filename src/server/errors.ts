// Every error leaves as JSON in Italian: 400 with the fields that are wrong, 404 for what does not exist, never a bare 500 for bad input.
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { z } from "zod";

z.config(z.locales.it());

export const ErrorBody = z.object({
  error: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export class NotFoundError extends Error {
  readonly statusCode = 404;
}

/** A request that is well-formed but breaks a rule of the plan (e.g. an indicator for an objective that does not exist). */
export class InvalidRequestError extends Error {
  readonly statusCode = 400;
  constructor(
    message: string,
    readonly fields: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => ({
        path: [error.validationContext, ...String(v.instancePath).split("/").filter(Boolean)].join("."),
        message: v.message ?? "valore non valido",
      }));
      return reply.code(400).send({ error: "Richiesta non valida", fields });
    }
    if (error instanceof InvalidRequestError) {
      return reply.code(400).send({ error: error.message, fields: error.fields });
    }
    if (error instanceof NotFoundError) return reply.code(404).send({ error: error.message });
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, "risposta non conforme allo schema");
      return reply.code(500).send({ error: "Errore interno: risposta non conforme" });
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply.code(error.statusCode).send({ error: error.message });
    }
    request.log.error({ err: error }, "errore interno");
    return reply.code(500).send({ error: "Errore interno del server" });
  });
}
