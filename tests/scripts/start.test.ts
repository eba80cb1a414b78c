import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import getPort from "get-port";
import { afterAll, describe, expect, it } from "vitest";

// `npm start` with no configuration, as a newcomer runs it.

const dataDir = await mkdtemp(path.join(os.tmpdir(), "guichet-start-"));
await chmod(dataDir, 0o755);
const marker = `GUICHET_DATA_DIR=${dataDir}`;

function baseEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: "C.UTF-8",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

type Run = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Run {
  // Its own process group, like a terminal's foreground job, so the test can "press Ctrl-C".
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForOutput(started: Run, pattern: RegExp, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(started.output())) {
    if (started.child.exitCode !== null) throw new Error(`exited early:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every process on the machine started by this launcher (they all inherit its environment). */
async function processesOfThisLauncher(): Promise<string[]> {
  const found: string[] = [];
  for (const pid of (await readdir("/proc")).filter((entry) => /^\d+$/.test(entry))) {
    const environ = await readFile(`/proc/${pid}/environ`, "utf8").catch(() => "");
    if (environ.split("\0").includes(marker)) {
      found.push(`${pid} ${(await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "")).replace(/\0/g, " ")}`);
    }
  }
  return found;
}

async function isListening(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(1_000) })
    .then(() => true)
    .catch(() => false);
}

afterAll(async () => {
  for (const line of await processesOfThisLauncher()) process.kill(Number(line.split(" ")[0]), "SIGKILL");
  await rm(dataDir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("stops at once with one line naming a bad setting", async () => {
    const started = run("npm", ["start", "--silent"], { ...baseEnv(), GUICHET_DATA_DIR: dataDir, PORT: "eighty" });
    expect(await started.exited).toBe(1);
    expect(started.output().trim()).toBe("Invalid configuration: PORT must be a port number between 1 and 65535");
    expect(await processesOfThisLauncher()).toEqual([]);
  });

  it("serves the seeded help center with no configuration, then stops cleanly on SIGTERM", async () => {
    const port = await getPort();
    const started = run("npm", ["start"], { ...baseEnv(), GUICHET_DATA_DIR: dataDir, PORT: String(port) });
    const t0 = Date.now();
    await waitForOutput(started, /Guichet is ready/);
    console.log(`first start (initdb, migrate, seed): ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    expect(started.output()).toContain("Loaded the demo help center: 6 categories, 72 articles.");
    expect(started.output()).toMatch(/ADMIN\s+admin@brindille\.example\s+guichet-admin/);
    expect(started.output()).toContain(`http://localhost:${port}/`);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", db: "up", search: "up" });
    expect(await (await fetch(`http://127.0.0.1:${port}/fr`)).text()).toContain("Retours et remboursements");
    // PostgreSQL, Meilisearch and the web server are running.
    expect((await processesOfThisLauncher()).length).toBeGreaterThanOrEqual(4);

    process.kill(started.child.pid!, "SIGTERM");
    expect(await started.exited).toBe(0);
    expect(await processesOfThisLauncher()).toEqual([]);
    expect(await isListening(port)).toBe(false);
  });

  it("reuses its data on the next start and leaves nothing behind after Ctrl-C", async () => {
    const port = await getPort();
    const started = run("npm", ["start"], { ...baseEnv(), GUICHET_DATA_DIR: dataDir, PORT: String(port) });
    const t0 = Date.now();
    await waitForOutput(started, /Guichet is ready/);
    console.log(`second start (data reused): ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    expect(started.output()).not.toContain("Loaded the demo help center");
    expect(started.output()).not.toContain("Initialising PostgreSQL");
    expect(await (await fetch(`http://127.0.0.1:${port}/en`)).text()).toContain("Orders &amp; tracking");

    // A terminal's Ctrl-C signals the whole foreground process group.
    process.kill(-started.child.pid!, "SIGINT");
    await started.exited;
    expect(started.output()).toContain("Stopped.");
    expect(await processesOfThisLauncher()).toEqual([]);
    expect(await isListening(port)).toBe(false);
  });
});
