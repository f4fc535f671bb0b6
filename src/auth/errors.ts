// Errors of rights and state; the server's error handler sends them as { error } with their status code.

/** No session (or an expired, revoked one): 401. */
export class UnauthorizedError extends Error {
  readonly statusCode = 401;
}

/** Signed in, but the role or the scope does not allow it: 403 (and logged in the audit trail). */
export class ForbiddenError extends Error {
  readonly statusCode = 403;
}

/** The item changed since the client read it, or its state forbids the change (closed period, approved plan): 409. */
export class ConflictError extends Error {
  readonly statusCode = 409;
}
