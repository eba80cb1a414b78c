/** An error answer of the console API, with its status and its human-readable message. */
export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ConsoleApiError";
  }
}

/** Calls a console API route with the browser's session; error answers throw ConsoleApiError. */
export async function consoleFetch<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new ConsoleApiError(response.status, json?.error?.message ?? response.statusText);
  return json as T;
}
