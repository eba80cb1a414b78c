import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export type GeneratedSecrets = { NEXTAUTH_SECRET: string; MEILI_MASTER_KEY: string };

/**
 * Secrets for the zero-config runtime, created once and kept in the data folder so that a
 * second start reuses the same sessions and search index.
 */
export async function loadOrCreateSecrets(dataDir: string): Promise<GeneratedSecrets> {
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file)) {
    return JSON.parse(await readFile(file, "utf8")) as GeneratedSecrets;
  }
  const secrets: GeneratedSecrets = {
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    MEILI_MASTER_KEY: randomBytes(24).toString("base64url"),
  };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 });
  return secrets;
}
