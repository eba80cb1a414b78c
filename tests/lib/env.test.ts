import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv, ZEnv, ZLaunchEnv } from "@/lib/env";

const valid = {
  DATABASE_URL: "postgresql://guichet:secret@db:5432/guichet",
  MEILI_URL: "http://meilisearch:7700",
  MEILI_MASTER_KEY: "a-master-key-of-24-chars",
  NEXTAUTH_SECRET: "x".repeat(32),
};

function errorOf(source: Record<string, string | undefined>, schema: typeof ZEnv | typeof ZLaunchEnv = ZEnv): string {
  try {
    parseEnv(schema, source);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a configuration error");
}

describe("configuration", () => {
  it("fills in the documented defaults", () => {
    const env = parseEnv(ZEnv, valid);
    expect(env).toMatchObject({
      PORT: 3000,
      LOCALES: ["en", "fr"],
      DEFAULT_LOCALE: "en",
      APP_URL: "http://localhost:3000",
      MEILI_INDEX_PREFIX: "",
    });
    expect(env.SMTP_URL).toBeUndefined();
  });

  it("parses lists and numbers", () => {
    const env = parseEnv(ZEnv, {
      ...valid,
      LOCALES: " fr, en ,de ",
      DEFAULT_LOCALE: "fr",
      PORT: "8080",
      SMTP_URL: "smtp://mail:25",
    });
    expect(env).toMatchObject({
      LOCALES: ["fr", "en", "de"],
      DEFAULT_LOCALE: "fr",
      PORT: 8080,
      SMTP_URL: "smtp://mail:25",
    });
  });

  it.each([
    [{ DATABASE_URL: undefined }, "Invalid configuration: DATABASE_URL is required: a postgresql:// connection URL"],
    [
      { DATABASE_URL: "mysql://db/guichet" },
      "Invalid configuration: DATABASE_URL must be a postgresql:// connection URL",
    ],
    [{ MEILI_URL: "meilisearch:7700" }, "Invalid configuration: MEILI_URL must be an http:// or https:// URL"],
    [{ MEILI_MASTER_KEY: "short" }, "Invalid configuration: MEILI_MASTER_KEY must be at least 16 characters"],
    [
      { NEXTAUTH_SECRET: undefined },
      "Invalid configuration: NEXTAUTH_SECRET is required: a random secret of 32 characters or more",
    ],
    [{ PORT: "eighty" }, "Invalid configuration: PORT must be a port number between 1 and 65535"],
    [{ PORT: "70000" }, "Invalid configuration: PORT must be a port number between 1 and 65535"],
    [{ LOCALES: "english" }, "Invalid configuration: LOCALES must be a comma-separated list of locales such as en,fr"],
    [{ DEFAULT_LOCALE: "de" }, "Invalid configuration: DEFAULT_LOCALE must be one of LOCALES"],
    [{ SMTP_URL: "mail.example.com" }, "Invalid configuration: SMTP_URL must be an smtp:// or smtps:// URL"],
  ])("names the variable and what it should be: %o", (override, message) => {
    expect(errorOf({ ...valid, ...override })).toBe(message);
  });

  it("treats an empty variable as unset", () => {
    const env = parseEnv(ZEnv, { ...valid, PORT: "", SMTP_URL: "" });
    expect(env.PORT).toBe(3000);
    expect(env.SMTP_URL).toBeUndefined();
  });

  it("lets npm start run with nothing set", () => {
    expect(parseEnv(ZLaunchEnv, {})).toEqual({ PORT: 3000, GUICHET_DATA_DIR: ".data", SEED_DEMO: true });
    expect(errorOf({ SEED_DEMO: "no" }, ZLaunchEnv)).toBe("Invalid configuration: SEED_DEMO must be true or false");
  });
});
