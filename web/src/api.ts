// The explorer's only way to the data: the public /api/v1 endpoints, the
// same any dashboard calls. Errors come back as ApiError with the server's
// own words (RFC 9457 problem details).

export type Params = Record<string, string | number | undefined | null>;

/** ApiError is a failed request, described for a person. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly requestId: string,
  ) {
    super(message);
  }
}

/** apiURL builds the URL of an endpoint, leaving out empty parameters. */
export function apiURL(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  }
  const qs = q.toString();
  return "/api/v1" + path + (qs ? "?" + qs : "");
}

/** get fetches an endpoint's JSON. */
export async function get<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiURL(path, params), { headers: { Accept: "application/json" }, signal });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new ApiError("The server does not answer. Is `diplograph serve` still running?", 0, "");
  }
  const requestId = res.headers.get("X-Request-ID") ?? "";
  if (!res.ok) {
    let message = `The server answered ${res.status} ${res.statusText}.`;
    try {
      const p = (await res.json()) as { title?: string; detail?: string; field?: string };
      message = [p.title, p.detail].filter(Boolean).join(": ") + (p.field ? ` (parameter ${p.field})` : "");
    } catch {
      // Not a problem document: keep the status line.
    }
    throw new ApiError(message, res.status, requestId);
  }
  return (await res.json()) as T;
}

/** isAbort tells a request cancelled on purpose (superseded) from a failure. */
export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === "AbortError";
}

/** describe gives the words to show for any error. */
export function describe(err: unknown): { message: string; requestId: string } {
  if (err instanceof ApiError) return { message: err.message, requestId: err.requestId };
  return { message: err instanceof Error ? err.message : String(err), requestId: "" };
}
