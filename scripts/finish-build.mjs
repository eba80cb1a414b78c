// Runs after `next build` (npm run build): makes .next/standalone a self-contained server, as
// the Docker image and `npm start` run it (node .next/standalone/server.js).
import { cp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";

await rm(".next/standalone/.next/static", { recursive: true, force: true });
await cp(".next/static", ".next/standalone/.next/static", { recursive: true });
if (existsSync("public")) await cp("public", ".next/standalone/public", { recursive: true });
