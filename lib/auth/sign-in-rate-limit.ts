import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

// Sign-in attempts are counted in PostgreSQL, so every app instance behind a load balancer
// shares the same counters (docs/decisions/005-staff-auth.md). The counters live in their own
// schema, outside the tables Prisma manages (prisma/migrations/20261122020000_rate_limits).

/** Failed attempts one account may have in the window before it is locked for BLOCK_SECONDS. */
export const ACCOUNT_ATTEMPTS = 5;
/** Attempts (of any account) one IP address may make in the window; successes are given back. */
export const IP_ATTEMPTS = 30;
export const WINDOW_SECONDS = 15 * 60;
export const BLOCK_SECONDS = 15 * 60;

const SCHEMA = "guichet_rate_limit";
const TABLE = "sign_in";

type Limiters = { pool: pg.Pool; account: RateLimiterPostgres; ip: RateLimiterPostgres };

const holder = globalThis as unknown as { guichetSignInLimiters?: Promise<Limiters> };

async function createLimiters(): Promise<Limiters> {
  const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 3, allowExitOnIdle: true });
  // An idle connection closed by the server must not crash the process; the next query reconnects.
  pool.on("error", (error) => console.warn(`Sign-in rate limiter connection lost: ${error.message}`));
  const common = {
    storeClient: pool,
    storeType: "pool",
    schemaName: SCHEMA,
    tableName: TABLE,
    tableCreated: true,
    duration: WINDOW_SECONDS,
    blockDuration: BLOCK_SECONDS,
  };
  return {
    pool,
    account: new RateLimiterPostgres({ ...common, keyPrefix: "account", points: ACCOUNT_ATTEMPTS }),
    ip: new RateLimiterPostgres({ ...common, keyPrefix: "ip", points: IP_ATTEMPTS }),
  };
}

function limiters(): Promise<Limiters> {
  holder.guichetSignInLimiters ??= createLimiters().catch((error: unknown) => {
    holder.guichetSignInLimiters = undefined;
    throw error;
  });
  return holder.guichetSignInLimiters;
}

/** Thrown when an account or an address has used up its attempts. */
export class SignInRateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("RateLimited");
    this.name = "SignInRateLimited";
  }
}

/**
 * Counts one sign-in attempt against the account and the address, before the password is
 * checked (so concurrent guesses cannot slip past a check-then-count race). Throws
 * SignInRateLimited when either is over its limit.
 */
export async function consumeSignInAttempt({ email, ip }: { email: string; ip: string }): Promise<void> {
  const { account, ip: byIp } = await limiters();
  const results = await Promise.allSettled([account.consume(email), byIp.consume(ip)]);
  const rejected = results.filter((result) => result.status === "rejected").map((result) => result.reason);
  if (rejected.length === 0) return;
  const limited = rejected.filter((reason): reason is RateLimiterRes => reason instanceof RateLimiterRes);
  if (limited.length !== rejected.length) throw rejected.find((reason) => !(reason instanceof RateLimiterRes));
  throw new SignInRateLimited(Math.ceil(Math.max(...limited.map((res) => res.msBeforeNext)) / 1000));
}

/** After a successful sign-in: the account starts afresh and the address gets its attempt back. */
export async function forgiveSignInAttempt({ email, ip }: { email: string; ip: string }): Promise<void> {
  const { account, ip: byIp } = await limiters();
  await Promise.all([account.delete(email), byIp.reward(ip, 1)]);
}

/** Closes the counters' connections (tests and scripts that end before the process does). */
export async function closeSignInLimiters(): Promise<void> {
  const pending = holder.guichetSignInLimiters;
  holder.guichetSignInLimiters = undefined;
  await (await pending?.catch(() => undefined))?.pool.end();
}
