import { spawn } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";

// What a production build is made from. A file here newer than the build means it is stale.
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "widget",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "package.json",
];

async function newestMtime(target: string): Promise<number> {
  if (!existsSync(target)) return 0;
  const info = await stat(target);
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(target, { withFileTypes: true });
  const times = await Promise.all(entries.map((entry) => newestMtime(path.join(target, entry.name))));
  return Math.max(info.mtimeMs, ...times);
}

/** The production server that `npm run build` leaves (the Docker image runs the same file). */
export function standaloneServer(root: string): string {
  return path.join(root, ".next", "standalone", "server.js");
}

/** True when there is no production build, or a source file changed after it was made. */
export async function isBuildStale(root: string): Promise<boolean> {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId) || !existsSync(standaloneServer(root))) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const newest = Math.max(...(await Promise.all(BUILD_INPUTS.map((input) => newestMtime(path.join(root, input))))));
  return newest > builtAt;
}

const LOCK_STALE_MS = 10 * 60_000;

/**
 * Builds when the build is stale, one builder at a time: test runs, benchmarks and `npm start`
 * started together share `.next/`, and two `next build`s writing it at once corrupt it.
 */
export async function ensureBuild(root: string, env: NodeJS.ProcessEnv, onBuild: () => void = () => {}): Promise<void> {
  if (!(await isBuildStale(root))) return;
  const lock = path.join(root, ".next-build.lock");
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      const age =
        Date.now() -
        (await stat(lock)
          .then((info) => info.mtimeMs)
          .catch(() => Date.now()));
      if (age > LOCK_STALE_MS) await rm(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    // Another builder may have finished while this one waited.
    if (await isBuildStale(root)) {
      onBuild();
      await buildApp(root, env);
    }
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** Runs `npm run build`, streaming its output, and rejects when it fails. */
export function buildApp(root: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "build"], {
      cwd: root,
      env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build exited with code ${code}`))));
  });
}
