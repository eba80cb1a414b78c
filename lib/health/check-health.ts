import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type ServiceState = "up" | "down";
export type Health = { status: "ok" | "degraded"; db: ServiceState; search: ServiceState };

const TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), TIMEOUT_MS)),
  ]);
}

async function probe(check: () => Promise<unknown>): Promise<ServiceState> {
  try {
    await withTimeout(check());
    return "up";
  } catch {
    return "down";
  }
}

/** Whether PostgreSQL and Meilisearch answer, each within two seconds. */
export async function checkHealth(): Promise<Health> {
  const [database, search] = await Promise.all([
    probe(() => db.$queryRaw`SELECT 1`),
    probe(async () => {
      const response = await fetch(new URL("/health", env().MEILI_URL), { signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`);
    }),
  ]);
  return { status: database === "up" && search === "up" ? "ok" : "degraded", db: database, search };
}
