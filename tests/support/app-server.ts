import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import getPort from "get-port";
import { stopChild, waitForHttp } from "@/lib/runtime/child-process";
import { standaloneServer } from "@/lib/runtime/ensure-build";

export type AppServer = { url: string; process: ChildProcess; stop: () => Promise<void> };

/** Starts the standalone production server of the current build with the given services, and waits until it answers. */
export async function startAppServer({
  databaseUrl,
  meiliUrl,
  meiliKey,
  indexPrefix,
}: {
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string;
  indexPrefix: string;
}): Promise<AppServer> {
  const port = await getPort();
  const url = `http://127.0.0.1:${port}`;
  const root = process.cwd();
  const child = spawn(process.execPath, [standaloneServer(root)], {
    cwd: root,
    env: {
      ...process.env,
      HOSTNAME: "127.0.0.1",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      MEILI_URL: meiliUrl,
      MEILI_MASTER_KEY: meiliKey,
      MEILI_INDEX_PREFIX: indexPrefix,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: url,
      APP_URL: url,
      PORT: String(port),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  try {
    await waitForHttp(`${url}/api/health`, { timeoutMs: 60_000, isAlive: () => child.exitCode === null });
  } catch (error) {
    await stopChild(child);
    throw new Error(`The app server did not start: ${(error as Error).message}\n${output}`);
  }
  return { url, process: child, stop: () => stopChild(child) };
}
