import http from "node:http";
import https from "node:https";
import { MeilisearchApiError } from "meilisearch";

// Node's built-in fetch, the Meilisearch client's default, measured 3.5× slower than node:http
// with keep-alive under 10 concurrent searches on this hardware (p50 9.7 ms vs 2.7 ms; see bench/README.md, Findings):
// searches are the hot path, so the client talks to Meilisearch through pooled keep-alive sockets.
const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

function bodyOf(body: RequestInit["body"]): string | Uint8Array | undefined {
  if (body === null || body === undefined) return undefined;
  if (typeof body === "string" || body instanceof Uint8Array) return body;
  throw new TypeError("The Meilisearch transport sends string or byte bodies only");
}

/** A `fetch`-shaped transport for the Meilisearch client: returns the parsed body, throws its API errors. */
export function keepAliveTransport(input: RequestInfo | URL, init: RequestInit = {}): Promise<unknown> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const body = bodyOf(init.body);
  const headers = Object.fromEntries(new Headers(init.headers).entries());
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  const transport = url.protocol === "https:" ? https : http;
  const signal = init.signal ?? undefined;
  return new Promise((resolve, reject) => {
    // One abort listener per request, removed when it settles: the client reuses one signal
    // across the polls of waitTask, and node:http's `signal` option would keep a listener per
    // request on it for as long as the keep-alive socket lives.
    const settle = (finish: () => void) => {
      signal?.removeEventListener("abort", abort);
      finish();
    };
    const request = transport.request(
      url,
      { method: init.method ?? "GET", headers, agent: agents[url.protocol as keyof typeof agents] },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", (error) => settle(() => reject(error)));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          settle(() => {
            try {
              const parsed: unknown = text === "" ? undefined : JSON.parse(text);
              const status = response.statusCode ?? 500;
              if (status >= 400) {
                reject(
                  new MeilisearchApiError(
                    new Response(null, { status, statusText: response.statusMessage }),
                    parsed as never,
                  ),
                );
              } else {
                resolve(parsed);
              }
            } catch (error) {
              reject(error);
            }
          });
        });
      },
    );
    function abort() {
      request.destroy(signal?.reason instanceof Error ? signal.reason : new Error("The request was aborted"));
    }
    if (signal?.aborted) abort();
    else signal?.addEventListener("abort", abort, { once: true });
    request.on("error", (error) => settle(() => reject(error)));
    request.end(body);
  });
}
