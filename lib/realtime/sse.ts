import "server-only";

/** Proxies close streams that stay silent; a comment line every 15 s keeps them open. */
export const HEARTBEAT_MS = 15_000;
/** How long EventSource waits before reconnecting. */
export const RETRY_MS = 2_000;

export type SseWriter = {
  send(event: string, data: unknown, id?: string): void;
  readonly closed: boolean;
};

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  // nginx buffers responses unless told not to.
  "X-Accel-Buffering": "no",
} as const;

/**
 * A Server-Sent Events response. `open` registers the stream's subscriptions and returns the
 * function that drops them; it runs once the stream exists, and the stream closes (and that
 * function runs) when the client goes away (`request.signal`).
 */
export function sseResponse(request: Request, open: (writer: SseWriter) => Promise<() => void>): Response {
  const encoder = new TextEncoder();
  let cleanup: (() => void) | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  let controllerRef: ReadableStreamDefaultController<Uint8Array> | undefined;

  const close = () => {
    if (closed) return;
    closed = true;
    if (heartbeat) clearInterval(heartbeat);
    request.signal.removeEventListener("abort", close);
    cleanup?.();
    try {
      controllerRef?.close();
    } catch {
      // Already closed by the runtime.
    }
  };

  const write = (chunk: string) => {
    if (closed) return;
    try {
      controllerRef!.enqueue(encoder.encode(chunk));
    } catch {
      close();
    }
  };

  const writer: SseWriter = {
    send(event, data, id) {
      write(`event: ${event}\n${id ? `id: ${id}\n` : ""}data: ${JSON.stringify(data)}\n\n`);
    },
    get closed() {
      return closed;
    },
  };

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controllerRef = controller;
      write(`retry: ${RETRY_MS}\n\n`);
      if (request.signal.aborted) return close();
      request.signal.addEventListener("abort", close);
      heartbeat = setInterval(() => write(": ping\n\n"), HEARTBEAT_MS);
      try {
        const drop = await open(writer);
        if (closed) drop();
        else cleanup = drop;
      } catch (error) {
        console.error("Event stream failed to open:", error);
        close();
      }
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, { headers: SSE_HEADERS });
}

/**
 * EventSource always sends `Accept: text/event-stream`; anything else asking here (a plain
 * fetch, a crawler) gets a 406 rather than a stream that never ends.
 */
export function acceptsEventStream(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("text/event-stream");
}

/** The id a reconnecting client last saw: `Last-Event-ID` header, else `?lastEventId=`. */
export function lastEventIdOf(request: Request): bigint | undefined {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
  if (!raw || !/^\d{1,19}$/.test(raw.trim())) return undefined;
  return BigInt(raw.trim());
}

export function notAnEventStream(): Response {
  return Response.json(
    { error: { code: "NOT_ACCEPTABLE", message: "This is an event stream: send `Accept: text/event-stream`." } },
    { status: 406 },
  );
}
