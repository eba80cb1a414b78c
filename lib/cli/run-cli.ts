import { Command, CommanderError } from "commander";
import { z } from "zod";
import { ServicesBusyError } from "@/lib/cli/services";
import { note } from "@/lib/cli/output";
import { ConfigError } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { MigrationError } from "@/lib/migrate/run-migrations";

/** Exit codes: 1 when the command failed, 2 when it was called wrongly (after printing its usage). */
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A program whose parse errors throw (exit code 2, usage printed) instead of exiting. */
export function createProgram(name: string): Command {
  return new Command(name)
    .exitOverride()
    .showHelpAfterError()
    .configureHelp({ sortOptions: false, showGlobalOptions: false })
    .configureOutput({
      writeOut: (text) => process.stdout.write(text),
      writeErr: (text) => process.stderr.write(text),
    });
}

/** "newPassword" → "--new-password". */
function flagOf(key: PropertyKey | undefined): string {
  return key === undefined ? "" : `--${String(key).replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} `;
}

/**
 * Validates a command's options with `schema`. A bad value is a usage error: the command prints
 * which flag is wrong and why, then its usage, and exits with code 2.
 */
export function parseOptions<T extends z.ZodType>(command: Command, schema: T, options: unknown): z.output<T> {
  const parsed = schema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  command.error(`error: ${flagOf(issue.path[0])}${issue.message}`, {
    exitCode: EXIT_USAGE,
    code: "guichet.invalidOption",
  });
}

/** What to tell the admin about a failure: the message alone for the errors we expect. */
export function describeError(error: unknown): string {
  if (
    error instanceof AppError ||
    error instanceof ConfigError ||
    error instanceof MigrationError ||
    error instanceof ServicesBusyError
  ) {
    return error.message;
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2021" || error.code === "P2022")) {
    return "The database is missing Guichet's tables or columns: run `npm run db:migrate` (or start the app once), then try again.";
  }
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

/**
 * Runs the program on `argv` and returns the exit code: 0, 1 (the command failed; the reason is
 * on stderr) or 2 (bad arguments; the usage is on stderr). `cleanup` runs in every case, also on
 * Ctrl-C.
 */
export async function runCli(program: Command, argv: string[], cleanup: () => Promise<void>): Promise<number> {
  const interrupt = (signal: NodeJS.Signals) => {
    note(`\nInterrupted (${signal}); stopping…`);
    void cleanup().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" ? 0 : EXIT_USAGE;
    }
    note(`error: ${describeError(error)}`);
    return EXIT_FAILED;
  } finally {
    await cleanup();
  }
}
