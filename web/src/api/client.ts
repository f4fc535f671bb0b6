// The one place that talks HTTP to the Traguardo API. Errors keep the server's Italian message and the fields
// it names ({error, fields:[{path, message}]} or, for imports, {error, errors:[{location, message}]}).

export interface FieldProblem {
  /** "body.value", or the location in an imported file ("riga 12"). */
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

interface ErrorBody {
  error?: string;
  fields?: { path: string; message: string }[];
  errors?: { location: string | null; message: string }[];
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // a proxy or the server may answer with HTML or nothing: keep the status
  }
  const problems: FieldProblem[] = [
    ...(body.fields ?? []),
    ...(body.errors ?? []).map((e) => ({ path: e.location ?? "", message: e.message })),
  ];
  return new ApiError(body.error ?? `HTTP ${response.status} ${response.statusText}`, response.status, problems);
}

// The session cookie is httpOnly and sent by the browser; writes also carry the CSRF token the session gave
// (header x-csrf-token, src/auth/plugin.ts). A 401 means the session is gone: the app shows the sign-in page.
let csrfToken: string | null = null;
const sessionLostListeners = new Set<() => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request answers 401 (session expired or revoked). */
export function onSessionLost(listener: () => void): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

async function request(path: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("accept", "application/json");
  if (init.method && init.method !== "GET" && csrfToken) headers.set("x-csrf-token", csrfToken);
  const response = await fetch(path, { ...init, headers, credentials: "same-origin" });
  if (response.status === 401 && !path.startsWith("/api/auth/")) for (const listener of sessionLostListeners) listener();
  return response;
}

export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await request(path, { signal });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

export async function apiSend<T>(method: "POST" | "PUT" | "DELETE", path: string, body?: unknown): Promise<T> {
  const response = await request(path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export async function apiUpload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append("file", file, file.name);
  const response = await request(path, { method: "POST", body: form });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}
