// npm run guichet -- <command> – what an admin does from a shell: staff accounts, API tokens,
// the search index, article imports. Same configuration as `npm start` (embedded services on
// .data/ unless DATABASE_URL / MEILI_URL are set). Results on stdout, everything else on stderr.
import { z } from "zod";
import { readImportSource, importArticles } from "@/lib/article/import-articles";
import { createApiToken, ZCreateApiToken } from "@/lib/auth/create-api-token";
import { STAFF } from "@/lib/auth/roles";
import { formatDuration, note, plural, print, startProgress } from "@/lib/cli/output";
import { createProgram, parseOptions, runCli } from "@/lib/cli/run-cli";
import { configuredLocales, openServices, stopServices } from "@/lib/cli/services";
import { createPrismaClient, db as appDb, type Db } from "@/lib/db";
import { reindexSearch } from "@/lib/search/reindex-search";
import { createUser, ZCreateUser } from "@/lib/user/create-user";
import { setPassword, ZSetPassword } from "@/lib/user/set-password";

const disconnects: (() => Promise<void>)[] = [];

async function cleanup(): Promise<void> {
  for (const disconnect of disconnects.splice(0)) await disconnect().catch(() => {});
  await stopServices(note);
}

async function withDatabase<T>(run: (db: Db) => Promise<T>): Promise<T> {
  const { databaseUrl } = await openServices({ log: note });
  const db = createPrismaClient(databaseUrl);
  disconnects.push(() => db.$disconnect());
  return run(db);
}

const program = createProgram("npm run guichet --").description(
  "Guichet's admin commands. Same configuration as `npm start`: the embedded services on .data/ unless " +
    "DATABASE_URL (and, for search:reindex, MEILI_URL and MEILI_MASTER_KEY) are set.",
);

program
  .command("user:create")
  .description("Create a staff account.")
  .requiredOption("--email <email>", "sign-in email")
  .requiredOption("--password <password>", "at least 8 characters")
  .requiredOption("--role <role>", STAFF.join(" | "))
  .option("--name <name>", "display name (default: the part of the email before the @)")
  .action(async (options: unknown, command) => {
    const input = parseOptions(command, ZCreateUser, options);
    const user = await withDatabase((db) => createUser(db, input));
    print(`Created ${user.role} ${user.email} (${user.name}).`);
  });

program
  .command("user:password")
  .description("Set a staff member's password.")
  .requiredOption("--email <email>", "their sign-in email")
  .requiredOption("--password <password>", "the new password, at least 8 characters")
  .action(async (options: unknown, command) => {
    const input = parseOptions(command, ZSetPassword, options);
    const user = await withDatabase((db) => setPassword(db, input));
    print(`Password updated for ${user.email}.`);
  });

program
  .command("token:create")
  .description("Create a personal API token. Prints the token alone on stdout; it is not shown again.")
  .requiredOption("--email <email>", "the staff member the token acts as")
  .option("--label <label>", "what the token is for", "Created from the CLI")
  .action(async (options: unknown, command) => {
    const input = parseOptions(command, ZCreateApiToken, options);
    const { token } = await withDatabase((db) => createApiToken(db, input));
    print(token);
    note(`API token "${input.label}" created for ${input.email}. Keep it now: only its hash is stored.`);
  });

program
  .command("search:reindex")
  .description("Rebuild the search index from the database; searches keep being answered meanwhile.")
  .action(async () => {
    await openServices({ search: true, log: note });
    disconnects.push(() => appDb.$disconnect());
    const progress = startProgress("Indexing");
    const started = Date.now();
    const { documents } = await reindexSearch({
      onProgress: ({ done, total }) => progress.update(done, total),
    }).finally(() => progress.stop());
    print(`Indexed ${plural(documents, "document")} in ${formatDuration(Date.now() - started)}.`);
  });

const ZImportOptions = z.object({
  locale: z.string().refine((locale) => configuredLocales().includes(locale), {
    error: () => `must be one of this help center's locales: ${configuredLocales().join(", ")}`,
  }),
  category: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be a category slug, such as shipping-delivery" }),
  publish: z.boolean().default(false),
});

program
  .command("import")
  .summary("Import articles from a questions JSON file or a folder of Markdown files.")
  .description(
    "Import articles into one category and locale, from a questions JSON file " +
      '({ "questions": [{ "question", "answer" }] }) or a folder of Markdown files with front matter ' +
      "(title, and optionally slug, excerpt, keywords). An article whose slug exists in that locale is updated, " +
      "not duplicated. New articles are drafts unless --publish.",
  )
  .argument("<path>", "a .json file, a .md file, or a folder of .md files")
  .requiredOption("--locale <locale>", "language of the articles, e.g. en")
  .requiredOption("--category <slug>", "slug of an existing category")
  .option("--publish", "publish the articles (new and updated)")
  .action(async (target: string, options: unknown, command) => {
    const { locale, category, publish } = parseOptions(command, ZImportOptions, options);
    const entries = await readImportSource(target);
    const progress = startProgress("Importing");
    const started = Date.now();
    const summary = await withDatabase((db) =>
      importArticles(db, {
        entries,
        locale,
        categorySlug: category,
        publish,
        onProgress: (done, total) => progress.update(done, total),
      }),
    ).finally(() => progress.stop());
    print(
      `Imported ${plural(entries.length, "article")} into ${category} (${locale}) in ${formatDuration(Date.now() - started)}: ` +
        `${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged; ` +
        `${summary.published} of ${entries.length} published.`,
    );
    if (summary.created + summary.updated > 0) {
      note("The search index picks the changes up while Guichet runs (or run search:reindex).");
    }
  });

process.exitCode = await runCli(program, process.argv, cleanup);
// Nothing is left to wait for; an idle pool or timer must not keep the command alive.
process.exit();
