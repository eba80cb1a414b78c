import "server-only";
import pg from "pg";
import { env } from "@/lib/env";

/**
 * One PostgreSQL LISTEN connection per process, shared by every subscriber. After a lost
 * connection it reconnects and calls each handler with `null`, so subscribers can catch up on
 * what they may have missed (rows are the truth, notifications only wake readers).
 */
type Handler = (payload: string | null) => void;

type Listener = {
  client?: pg.Client;
  connecting?: Promise<pg.Client>;
  handlers: Map<string, Set<Handler>>;
  retryMs: number;
};

const holder = globalThis as unknown as { guichetListener?: Listener };

function listener(): Listener {
  holder.guichetListener ??= { handlers: new Map(), retryMs: 500 };
  return holder.guichetListener;
}

function quoteChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Invalid channel name: ${channel}`);
  return `"${channel}"`;
}

async function connect(state: Listener): Promise<pg.Client> {
  if (state.client) return state.client;
  state.connecting ??= (async () => {
    const client = new pg.Client({ connectionString: env().DATABASE_URL });
    client.on("notification", (message) => {
      for (const handler of state.handlers.get(message.channel) ?? []) handler(message.payload ?? "");
    });
    const reconnect = () => {
      if (state.client !== client) return;
      state.client = undefined;
      client.removeAllListeners("notification");
      client.end().catch(() => {});
      setTimeout(() => {
        connect(state)
          .then(() => {
            state.retryMs = 500;
            for (const handlers of state.handlers.values()) for (const handler of handlers) handler(null);
          })
          .catch(() => {
            state.retryMs = Math.min(state.retryMs * 2, 10_000);
            state.client = client;
            reconnect();
          });
      }, state.retryMs);
    };
    client.on("error", reconnect);
    client.on("end", reconnect);
    await client.connect();
    for (const channel of state.handlers.keys()) await client.query(`LISTEN ${quoteChannel(channel)}`);
    state.client = client;
    return client;
  })().finally(() => {
    state.connecting = undefined;
  });
  return state.connecting;
}

/** Calls `handler` on every NOTIFY on `channel`; returns the unsubscribe function. */
export async function subscribe(channel: string, handler: Handler): Promise<() => Promise<void>> {
  const state = listener();
  const quoted = quoteChannel(channel);
  const handlers = state.handlers.get(channel) ?? new Set<Handler>();
  const isNewChannel = handlers.size === 0;
  handlers.add(handler);
  state.handlers.set(channel, handlers);
  const client = await connect(state);
  if (isNewChannel) await client.query(`LISTEN ${quoted}`);
  return async () => {
    handlers.delete(handler);
    if (handlers.size === 0) {
      state.handlers.delete(channel);
      await state.client?.query(`UNLISTEN ${quoted}`).catch(() => {});
    }
  };
}

/** Closes the shared connection (tests, shutdown). */
export async function closeListener(): Promise<void> {
  const state = holder.guichetListener;
  holder.guichetListener = undefined;
  const client = state?.client;
  if (state) state.client = undefined;
  await client?.end().catch(() => {});
}
