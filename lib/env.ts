import { z } from "zod";

// The one place that reads process.env. Everything else asks `env()`.

const ZLocale = z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: "must be a locale such as en or fr-CA" });

const ZLocaleList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(
        z
          .string()
          .regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: "must be a comma-separated list of locales such as en,fr" }),
      )
      .min(1, { error: "must be a comma-separated list of locales such as en,fr" }),
  );

const ZPostgresUrl = z
  .string({ error: "is required: a postgresql:// connection URL" })
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value) && URL.canParse(value), {
    error: "must be a postgresql:// connection URL",
  });

const ZHttpUrl = z
  .string({ error: "is required: an http:// or https:// URL" })
  .refine((value) => /^https?:\/\//.test(value) && URL.canParse(value), {
    error: "must be an http:// or https:// URL",
  });

const ZPort = z.coerce
  .number({ error: "must be a port number between 1 and 65535" })
  .int({ error: "must be a port number between 1 and 65535" })
  .min(1, { error: "must be a port number between 1 and 65535" })
  .max(65535, { error: "must be a port number between 1 and 65535" });

export const ZEnv = z
  .object({
    NODE_ENV: z
      .enum(["development", "production", "test"], { error: "must be development, production or test" })
      .default("development"),
    DATABASE_URL: ZPostgresUrl,
    MEILI_URL: ZHttpUrl,
    MEILI_MASTER_KEY: z
      .string({ error: "is required: the Meilisearch master key (16 characters or more)" })
      .min(16, { error: "must be at least 16 characters" }),
    /** Prefix for Meilisearch index names, so several installs (or test files) can share one. */
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9_-]*$/, { error: "may only contain letters, digits, - and _" })
      .default(""),
    NEXTAUTH_SECRET: z
      .string({ error: "is required: a random secret of 32 characters or more" })
      .min(32, { error: "must be at least 32 characters" }),
    APP_URL: ZHttpUrl.default("http://localhost:3000"),
    PORT: ZPort.default(3000),
    LOCALES: ZLocaleList.default(["en", "fr"]),
    DEFAULT_LOCALE: ZLocale.default("en"),
    SMTP_URL: z
      .string()
      .refine((value) => /^smtps?:\/\//.test(value) && URL.canParse(value), {
        error: "must be an smtp:// or smtps:// URL",
      })
      .optional(),
  })
  .refine((value) => value.LOCALES.includes(value.DEFAULT_LOCALE), {
    error: "must be one of LOCALES",
    path: ["DEFAULT_LOCALE"],
    // Only meaningful once LOCALES itself is valid.
    when: (payload) => payload.issues.length === 0,
  });

export type Env = z.infer<typeof ZEnv>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

type Source = Record<string, string | undefined>;

/** Turns zod issues into one line per variable: `Invalid configuration: NAME must be ...`. */
export function describeConfigIssues(error: z.ZodError): string {
  const lines = new Map<string, string>();
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? "configuration");
    if (!lines.has(name)) lines.set(name, `Invalid configuration: ${name} ${issue.message}`);
  }
  return [...lines.values()].join("\n");
}

export function parseEnv<T extends z.ZodType>(schema: T, source: Source): z.infer<T> {
  // An empty variable means "not set": `FOO=` in a .env file should not be a value.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) throw new ConfigError(describeConfigIssues(result.error));
  return result.data;
}

let cached: Env | undefined;

/** The validated configuration of the running app; throws ConfigError naming the bad variable. */
export function env(): Env {
  cached ??= parseEnv(ZEnv, process.env);
  return cached;
}

/** For the scripts that only need the database (migrate, seed). */
export const ZDatabaseEnv = z.object({ DATABASE_URL: ZPostgresUrl });

export function databaseEnv(): z.infer<typeof ZDatabaseEnv> {
  return parseEnv(ZDatabaseEnv, process.env);
}

/** Configuration of `npm start`, where the services may be left to the launcher. */
export const ZLaunchEnv = z.object({
  DATABASE_URL: ZPostgresUrl.optional(),
  MEILI_URL: ZHttpUrl.optional(),
  MEILI_MASTER_KEY: z.string().min(16, { error: "must be at least 16 characters" }).optional(),
  NEXTAUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  APP_URL: ZHttpUrl.optional(),
  PORT: ZPort.default(3000),
  /** Where the embedded services keep their data and the generated secrets. */
  GUICHET_DATA_DIR: z.string().default(".data"),
  /** A Meilisearch binary to use instead of the bundled one (non-Linux-x64 machines). */
  MEILI_BIN: z.string().optional(),
  /** Load the demo help center into an empty database. Turn off for a real install. */
  SEED_DEMO: z
    .enum(["true", "false"], { error: "must be true or false" })
    .default("true")
    .transform((value) => value === "true"),
});

export type LaunchEnv = z.infer<typeof ZLaunchEnv>;

export function launchEnv(): LaunchEnv {
  return parseEnv(ZLaunchEnv, process.env);
}

/** Raw variables handed on to child processes (the Next server, the build). */
export function inheritedEnv(): NodeJS.ProcessEnv {
  return { ...process.env };
}
