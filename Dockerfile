# syntax=docker/dockerfile:1
# Guichet production image: Next's standalone server plus the bundled migration runner.
# The same commands run in the tests: `npm run build` (next build + scripts/finish-build.mjs +
# the esbuild bundle of scripts/migrate.ts) and `node dist/migrate.mjs` before `node server.js`.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/bin ./scripts/bin
# The embedded PostgreSQL and the bundled Meilisearch binary are for `npm start` only: the
# image talks to the compose services, so the project's optional dependencies are left out.
RUN npm pkg delete optionalDependencies && npm install --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm pkg delete optionalDependencies && npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
RUN groupadd --system --gid 1001 guichet && useradd --system --uid 1001 --gid guichet guichet
COPY --from=build --chown=guichet:guichet /app/.next/standalone ./
COPY --from=build --chown=guichet:guichet /app/dist/migrate.mjs ./dist/migrate.mjs
COPY --from=build --chown=guichet:guichet /app/prisma/migrations ./prisma/migrations
USER guichet
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Migrations first (under an advisory lock, so several replicas may start together), then the server.
CMD ["sh", "-c", "node dist/migrate.mjs && exec node server.js"]
