import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/** A Prisma client for `connectionString`, with secret columns left out unless selected. */
export function createPrismaClient(connectionString: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString }),
    omit: {
      user: { passwordHash: true },
      apiToken: { tokenHash: true },
      visitor: { tokenHash: true },
    },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;

const globalForDb = globalThis as unknown as { guichetDb?: Db };

function client(): Db {
  // Created on first use, not at import: `next build` imports route modules without a database.
  globalForDb.guichetDb ??= createPrismaClient(env().DATABASE_URL);
  return globalForDb.guichetDb;
}

/** The app's one Prisma client. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
