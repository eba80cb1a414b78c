import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// Abuse limits of the public chat API, counted in PostgreSQL (table guichet_rate_limit.chat,
// prisma/migrations/20261122030000_chat) so that every app instance shares the counters.

export const CHAT_LIMITS = {
  conversationsPerVisitor: { points: 5, duration: 60 * 60 },
  conversationsPerIp: { points: 20, duration: 60 * 60 },
  messagesPerVisitor: { points: 30, duration: 60 },
  messagesPerIp: { points: 120, duration: 60 },
} as const;

type Limiters = { pool: pg.Pool } & Record<keyof typeof CHAT_LIMITS, RateLimiterPostgres>;

const holder = globalThis as unknown as { guichetChatLimiters?: Promise<Limiters> };

async function createLimiters(): Promise<Limiters> {
  const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 4, allowExitOnIdle: true });
  pool.on("error", (error) => console.warn(`Chat rate limiter connection lost: ${error.message}`));
  const make = (keyPrefix: keyof typeof CHAT_LIMITS) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      schemaName: "guichet_rate_limit",
      tableName: "chat",
      tableCreated: true,
      keyPrefix,
      ...CHAT_LIMITS[keyPrefix],
    });
  return {
    pool,
    conversationsPerVisitor: make("conversationsPerVisitor"),
    conversationsPerIp: make("conversationsPerIp"),
    messagesPerVisitor: make("messagesPerVisitor"),
    messagesPerIp: make("messagesPerIp"),
  };
}

function limiters(): Promise<Limiters> {
  holder.guichetChatLimiters ??= createLimiters().catch((error: unknown) => {
    holder.guichetChatLimiters = undefined;
    throw error;
  });
  return holder.guichetChatLimiters;
}

async function consume(checks: [keyof typeof CHAT_LIMITS, string | undefined][], what: string): Promise<void> {
  const all = await limiters();
  const results = await Promise.allSettled(
    checks.filter(([, key]) => key).map(([name, key]) => all[name].consume(key!)),
  );
  const rejected = results.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
  if (rejected.length === 0) return;
  const unexpected = rejected.find((reason) => !(reason instanceof RateLimiterRes));
  if (unexpected) throw unexpected;
  const retryAfterSeconds = Math.ceil(Math.max(...rejected.map((res: RateLimiterRes) => res.msBeforeNext)) / 1000);
  throw new AppError("RATE_LIMITED", `Too many ${what}. Please wait ${retryAfterSeconds} seconds and try again.`, {
    retryAfterSeconds,
  });
}

/** Counts a conversation start against the address and (a returning) visitor; RATE_LIMITED when over. */
export function consumeConversationStart({ ip, visitorId }: { ip: string; visitorId?: string }): Promise<void> {
  return consume(
    [
      ["conversationsPerIp", ip],
      ["conversationsPerVisitor", visitorId],
    ],
    "conversations started",
  );
}

/** Counts a shopper message against the address and the visitor; RATE_LIMITED when over. */
export function consumeVisitorMessage({ ip, visitorId }: { ip: string; visitorId: string }): Promise<void> {
  return consume(
    [
      ["messagesPerIp", ip],
      ["messagesPerVisitor", visitorId],
    ],
    "messages",
  );
}

export async function closeChatLimiters(): Promise<void> {
  const pending = holder.guichetChatLimiters;
  holder.guichetChatLimiters = undefined;
  await (await pending?.catch(() => undefined))?.pool.end();
}
