-- Counters of rate-limiter-flexible, shared by every app instance (sign-in attempts per account
-- and per address). In a schema of their own: Prisma does not manage these tables.
CREATE SCHEMA IF NOT EXISTS guichet_rate_limit;

CREATE TABLE guichet_rate_limit.sign_in (
    "key" VARCHAR(255) PRIMARY KEY,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT
);
