import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI checks for a schema-engine binary before it reads anything else. These machines cannot
// download it, so point at a stub that explains itself (see scripts/bin/no-schema-engine).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/bin/no-schema-engine");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // `prisma generate` needs no database; commands that do read DATABASE_URL.
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/guichet",
  },
});
