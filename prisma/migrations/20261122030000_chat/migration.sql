-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "articlesViewed" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Counters of rate-limiter-flexible for the chat (conversations and messages per visitor and
-- per address), shared by every app instance. Not managed by Prisma, like sign_in.
CREATE TABLE guichet_rate_limit.chat (
    "key" VARCHAR(255) PRIMARY KEY,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT
);
