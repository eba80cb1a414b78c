// A small Server-Sent Events reader for tests and the benchmark: collects events from a
// response body and lets a test wait for the ones it expects.

export type SseEvent = { event: string; id?: string; data: unknown };

export class SseReader {
  readonly events: SseEvent[] = [];
  lastEventId: string | undefined;
  private waiters: { check: () => boolean; resolve: () => void }[] = [];
  private done: Promise<void>;

  constructor(
    body: ReadableStream<Uint8Array>,
    private readonly onEvent?: (event: SseEvent) => void,
  ) {
    this.done = this.pump(body).catch(() => {});
  }

  private async pump(body: ReadableStream<Uint8Array>) {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = "message";
        let id: string | undefined;
        const data: string[] = [];
        for (const line of block.split("\n")) {
          if (line.startsWith("event: ")) event = line.slice(7);
          else if (line.startsWith("id: ")) id = line.slice(4);
          else if (line.startsWith("data: ")) data.push(line.slice(6));
        }
        if (data.length === 0) continue;
        const parsed = { event, id, data: JSON.parse(data.join("\n")) };
        if (id) this.lastEventId = id;
        this.events.push(parsed);
        this.onEvent?.(parsed);
        this.waiters = this.waiters.filter((waiter) => {
          if (!waiter.check()) return true;
          waiter.resolve();
          return false;
        });
      }
    }
  }

  of(event: string): SseEvent[] {
    return this.events.filter((entry) => entry.event === event);
  }

  /** Resolves once `check` holds for the events received so far. */
  until(check: (events: SseEvent[]) => boolean, timeoutMs = 10_000): Promise<void> {
    if (check(this.events)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Timed out waiting for events; got ${JSON.stringify(this.events).slice(-800)}`)),
        timeoutMs,
      );
      this.waiters.push({
        check: () => check(this.events),
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  finished(): Promise<void> {
    return this.done;
  }
}
