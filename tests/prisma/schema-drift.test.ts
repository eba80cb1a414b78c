import pg from "pg";
import { describe, expect, it } from "vitest";
import { findSchemaDrift } from "../support/schema-drift";

// The hand-written SQL in prisma/migrations must build exactly what schema.prisma describes.
describe("prisma/migrations vs prisma/schema.prisma", () => {
  it("the migrated database has every table, column, type, nullability, default, index, unique, foreign key and enum of the schema, and nothing else", async () => {
    expect(await findSchemaDrift(process.env.DATABASE_URL!)).toEqual([]);
  });

  it("reports each kind of drift when the database and the schema disagree", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`
      ALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL;
      ALTER TABLE "Visitor" ADD COLUMN "nickname" TEXT;
      ALTER TABLE "Conversation" ALTER COLUMN "priority" TYPE BIGINT;
      DROP INDEX "Message_conversationId_id_idx";
      DROP INDEX "Conversation_status_priority_queuedAt_idx";
      CREATE INDEX "Conversation_status_priority_queuedAt_idx" ON "Conversation"("status", "priority", "queuedAt");
      ALTER TABLE "ApiToken" DROP CONSTRAINT "ApiToken_userId_fkey";
      ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
      ALTER TYPE "Topic" ADD VALUE 'SHIPPING';
      CREATE TABLE "Stray" ("id" INT);
    `);
    await client.end();

    const drift = await findSchemaDrift(process.env.DATABASE_URL!);
    const expectations = [
      /missing column: User\.name text NOT NULL/,
      /unexpected column: Visitor\.nickname text NULL/,
      /missing column: Conversation\.priority integer NOT NULL DEFAULT/,
      /missing index: Message_conversationId_id_idx/,
      /missing index: Conversation_status_priority_queuedAt_idx ON Conversation\(status, priority DESC, queuedAt\)/,
      /missing foreign key: ApiToken_userId_fkey: .* ON DELETE CASCADE/,
      /unexpected enum: Topic\(.*SHIPPING\)/,
      /unexpected table: Stray/,
    ];
    for (const expectation of expectations)
      expect(
        drift.some((line) => expectation.test(line)),
        `${expectation}\n${drift.join("\n")}`,
      ).toBe(true);
  });
});
