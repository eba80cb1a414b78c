import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/hash-password";
import { db } from "@/lib/db";
import { articlesIndexUid } from "@/lib/search/client";
import { searchArticles } from "@/lib/search/search-articles";
import { drainAll } from "../support/search-index";

// The CLI as an admin runs it: `npm run --silent guichet -- …` in a shell, against this test
// file's database and Meilisearch index (inherited through the environment).

const tmp = await mkdtemp(path.join(existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "guichet-cli-"));
await chmod(tmp, 0o755);

type Run = { code: number | null; stdout: string; stderr: string };

function guichet(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "guichet", "--", ...args], {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function passwordHashOf(email: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } });
  return user.passwordHash;
}

async function slugsFound(q: string, locale = "en"): Promise<string[]> {
  return (await searchArticles({ q, locale, limit: 20 })).hits.map((hit) => hit.slug);
}

beforeAll(async () => {
  await db.category.create({
    data: {
      slug: "gift-cards",
      translations: {
        create: [
          { locale: "en", name: "Gift cards" },
          { locale: "fr", name: "Cartes cadeaux" },
        ],
      },
    },
  });
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("user:create and user:password", () => {
  it("creates a staff account whose password then verifies, and resets that password", async () => {
    const created = await guichet([
      "user:create",
      "--email",
      "Noor@Shop.example",
      "--password",
      "first-secret-1",
      "--role",
      "editor",
      "--name",
      "Noor Haddad",
    ]);
    expect(created).toMatchObject({ code: 0, stdout: "Created EDITOR noor@shop.example (Noor Haddad).\n" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "noor@shop.example" } });
    expect(user).toMatchObject({ name: "Noor Haddad", role: "EDITOR" });
    expect(await verifyPassword(await passwordHashOf("noor@shop.example"), "first-secret-1")).toBe(true);

    const reset = await guichet(["user:password", "--email", "noor@shop.example", "--password", "second-secret-2"]);
    expect(reset).toMatchObject({ code: 0, stdout: "Password updated for noor@shop.example.\n" });
    const hash = await passwordHashOf("noor@shop.example");
    expect(await verifyPassword(hash, "second-secret-2")).toBe(true);
    expect(await verifyPassword(hash, "first-secret-1")).toBe(false);
  }, 60_000);

  it("refuses a second account with the same email, exit code 1 and a clear message", async () => {
    const first = await guichet([
      "user:create",
      "--email",
      "sam@shop.example",
      "--password",
      "sam-secret-1",
      "--role",
      "AGENT",
    ]);
    expect(first.code).toBe(0);
    const again = await guichet([
      "user:create",
      "--email",
      "SAM@shop.example",
      "--password",
      "other-secret",
      "--role",
      "ADMIN",
    ]);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe("");
    expect(again.stderr).toContain("A user with the email sam@shop.example already exists.");
    const user = await db.user.findUniqueOrThrow({ where: { email: "sam@shop.example" } });
    expect(user.role).toBe("AGENT");
  }, 60_000);

  it.each([
    [["--role", "OWNER"], "--role must be one of ADMIN, EDITOR, AGENT"],
    [["--role", "AGENT", "--password", "short"], "--password must be at least 8 characters"],
    [["--role", "AGENT", "--email", "not-an-email"], "--email must be an email address"],
  ])(
    "rejects bad arguments with the command's usage and exit code 2 (%j)",
    async (override, message) => {
      const args = ["--email", "bad-args@shop.example", "--password", "long-enough-1", "--role", "AGENT"];
      for (let index = 0; index < override.length; index += 2)
        args[args.indexOf(override[index]) + 1] = override[index + 1];
      const run = await guichet(["user:create", ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain("Usage: npm run guichet -- user:create [options]");
      expect(await db.user.count({ where: { email: { in: ["bad-args@shop.example", "not-an-email"] } } })).toBe(0);
    },
    30_000,
  );

  it("tells the admin when the account does not exist", async () => {
    const run = await guichet(["user:password", "--email", "nobody@shop.example", "--password", "whatever-1"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("No user has the email nobody@shop.example.");
  }, 30_000);
});

describe("token:create", () => {
  it("prints the token alone on stdout and stores only its SHA-256 hash", async () => {
    await guichet(["user:create", "--email", "robot@shop.example", "--password", "robot-secret", "--role", "ADMIN"]);
    const run = await guichet(["token:create", "--email", "robot@shop.example", "--label", "Zapier"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^gch_[A-Za-z0-9_-]{43}\n$/);
    const token = run.stdout.trim();
    const stored = await db.apiToken.findMany({
      where: { user: { email: "robot@shop.example" } },
      select: { label: true, tokenHash: true },
    });
    expect(stored).toEqual([{ label: "Zapier", tokenHash: createHash("sha256").update(token).digest("hex") }]);
    const everything = JSON.stringify(
      await db.apiToken.findMany({ select: { tokenHash: true, label: true, id: true } }),
    );
    expect(everything).not.toContain(token);

    const second = await guichet(["token:create", "--email", "robot@shop.example"]);
    expect(second.stdout.trim()).not.toBe(token);
  }, 60_000);

  it("fails with exit code 1 for an unknown email", async () => {
    const run = await guichet(["token:create", "--email", "ghost@shop.example"]);
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(run.stderr).toContain("No user has the email ghost@shop.example.");
  }, 30_000);
});

describe("import", () => {
  const questions = {
    questions: [
      {
        question: "Can I pay with a platypus voucher?",
        answer: "Yes, platypus vouchers work at checkout. Enter the code in the payment step.",
      },
      {
        question: "Do gift cards expire?",
        answer: "Gift cards stay valid for two years from purchase. The date is printed on the back.",
      },
      { question: "Can I top up a gift card?", answer: "No. Buy a new card instead; balances cannot be merged." },
    ],
  };

  async function translationsOfGiftCards() {
    return db.articleTranslation.findMany({
      where: { article: { category: { slug: "gift-cards" } }, locale: "en" },
      select: {
        id: true,
        slug: true,
        title: true,
        excerpt: true,
        status: true,
        _count: { select: { revisions: true } },
      },
      orderBy: { slug: "asc" },
    });
  }

  it("imports a questions file as drafts, publishes on --publish without duplicating, then search finds them", async () => {
    const file = path.join(tmp, "faq.json");
    await writeFile(file, JSON.stringify(questions));

    const first = await guichet(["import", file, "--locale", "en", "--category", "gift-cards"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^Imported 3 articles into gift-cards \(en\) in .*: 3 created, 0 updated, 0 unchanged; 0 of 3 published\.\n$/,
    );
    expect(first.stderr).toContain("3/3");
    const drafts = await translationsOfGiftCards();
    expect(drafts).toEqual([
      expect.objectContaining({
        slug: "can-i-pay-with-a-platypus-voucher",
        excerpt: "Yes, platypus vouchers work at checkout.",
        status: "DRAFT",
        _count: { revisions: 1 },
      }),
      expect.objectContaining({ slug: "can-i-top-up-a-gift-card", excerpt: "No.", status: "DRAFT" }),
      expect.objectContaining({
        slug: "do-gift-cards-expire",
        title: "Do gift cards expire?",
        excerpt: "Gift cards stay valid for two years from purchase.",
        status: "DRAFT",
      }),
    ]);
    await drainAll();
    expect(await slugsFound("platypus")).toEqual([]);

    const published = await guichet(["import", file, "--locale", "en", "--category", "gift-cards", "--publish"]);
    expect(published.code).toBe(0);
    expect(published.stdout).toContain("0 created, 3 updated, 0 unchanged; 3 of 3 published.");
    const after = await translationsOfGiftCards();
    expect(after.map((translation) => translation.id)).toEqual(drafts.map((translation) => translation.id));
    expect(after.map((translation) => [translation.status, translation._count.revisions])).toEqual([
      ["PUBLISHED", 2],
      ["PUBLISHED", 2],
      ["PUBLISHED", 2],
    ]);
    await drainAll();
    expect(await slugsFound("platypus voucher")).toEqual(["can-i-pay-with-a-platypus-voucher"]);

    const again = await guichet(["import", file, "--locale", "en", "--category", "gift-cards", "--publish"]);
    expect(again.stdout).toContain("0 created, 0 updated, 3 unchanged; 3 of 3 published.");
    expect((await translationsOfGiftCards()).map((translation) => translation._count.revisions)).toEqual([2, 2, 2]);
  }, 90_000);

  it("imports a folder of Markdown files with front matter", async () => {
    const folder = path.join(tmp, "articles-fr");
    await mkdir(folder);
    await writeFile(
      path.join(folder, "01-emballage.md"),
      [
        "---",
        "title: Puis-je faire emballer ma commande en cadeau ?",
        "slug: emballage-cadeau",
        "keywords: [paquet cadeau, emballage]",
        "---",
        "",
        "Oui : cochez **Emballage cadeau** au moment du paiement. Le papier est recyclé.",
      ].join("\n"),
    );
    await writeFile(
      path.join(folder, "02-message.md"),
      [
        "---",
        "title: Ajouter un message personnalisé à un cadeau",
        "excerpt: Un mot doux imprimé sur une carte, glissée dans le colis.",
        "keywords: carte, message",
        "---",
        "Écrivez votre message (200 caractères au plus) dans le champ prévu au panier.",
      ].join("\n"),
    );
    await writeFile(path.join(folder, "notes.txt"), "not an article");

    const run = await guichet(["import", folder, "--locale", "fr", "--category", "gift-cards", "--publish"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 created");
    const translations = await db.articleTranslation.findMany({
      where: { locale: "fr" },
      select: { slug: true, excerpt: true, keywords: true, bodyMarkdown: true, status: true },
      orderBy: { slug: "asc" },
    });
    expect(translations).toEqual([
      {
        slug: "ajouter-un-message-personnalise-a-un-cadeau",
        excerpt: "Un mot doux imprimé sur une carte, glissée dans le colis.",
        keywords: ["carte", "message"],
        bodyMarkdown: "Écrivez votre message (200 caractères au plus) dans le champ prévu au panier.",
        status: "PUBLISHED",
      },
      {
        slug: "emballage-cadeau",
        excerpt: "Oui : cochez Emballage cadeau au moment du paiement.",
        keywords: ["paquet cadeau", "emballage"],
        bodyMarkdown: "Oui : cochez **Emballage cadeau** au moment du paiement. Le papier est recyclé.",
        status: "PUBLISHED",
      },
    ]);
    await drainAll();
    expect(await slugsFound("emballage", "fr")).toContain("emballage-cadeau");
  }, 60_000);

  it("imports nothing from a folder with a bad file, and says which file", async () => {
    const folder = path.join(tmp, "broken");
    await mkdir(folder);
    await writeFile(path.join(folder, "a.md"), "---\ntitle: Wrapping paper colours\n---\nRed, green and gold.");
    await writeFile(path.join(folder, "b.md"), "---\nslug: no-title\n---\nThis one forgot its title.");
    const run = await guichet(["import", folder, "--locale", "en", "--category", "gift-cards"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("b.md: front matter title");
    expect(await db.articleTranslation.count({ where: { slug: "wrapping-paper-colours" } })).toBe(0);
  }, 30_000);

  it("names the categories when the category does not exist, and refuses a locale the help center lacks", async () => {
    const file = path.join(tmp, "faq.json");
    await writeFile(file, JSON.stringify(questions));
    const unknown = await guichet(["import", file, "--locale", "en", "--category", "gift-card"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No category has the slug "gift-card". Categories: gift-cards.');

    const locale = await guichet(["import", file, "--locale", "de", "--category", "gift-cards"]);
    expect(locale.code).toBe(2);
    expect(locale.stderr).toContain("--locale must be one of this help center's locales: en, fr");
  }, 30_000);
});

describe("search:reindex", () => {
  it("rebuilds an index whose documents were lost, showing progress", async () => {
    const file = path.join(tmp, "reindex.json");
    await writeFile(
      file,
      JSON.stringify({
        questions: Array.from({ length: 12 }, (_, n) => ({
          question: `Where is narwhal parcel number ${n}?`,
          answer: `Narwhal parcel ${n} ships from our northern warehouse.`,
        })),
      }),
    );
    expect((await guichet(["import", file, "--locale", "en", "--category", "gift-cards", "--publish"])).code).toBe(0);
    await drainAll();
    expect(await slugsFound("narwhal")).toHaveLength(12);

    const meili = new Meilisearch({ host: process.env.MEILI_URL!, apiKey: process.env.MEILI_MASTER_KEY! });
    await meili.index(articlesIndexUid()).deleteAllDocuments().waitTask();
    expect(await slugsFound("narwhal")).toEqual([]);

    const run = await guichet(["search:reindex"]);
    expect(run.code).toBe(0);
    const published = await db.articleTranslation.count({ where: { status: "PUBLISHED" } });
    expect(run.stdout).toMatch(new RegExp(`^Indexed ${published} documents in [\\d.]+ m?s\\.\\n$`));
    expect(run.stderr).toContain(`${published}/${published}`);
    expect(await slugsFound("narwhal")).toHaveLength(12);
    expect(await slugsFound("platypus")).toEqual(["can-i-pay-with-a-platypus-voucher"]);
  }, 60_000);
});

describe("with no DATABASE_URL, like npm start", () => {
  const dataDir = path.join(tmp, "data");
  const embedded = {
    GUICHET_DATA_DIR: dataDir,
    DATABASE_URL: undefined,
    MEILI_URL: undefined,
    MEILI_MASTER_KEY: undefined,
    NEXTAUTH_SECRET: undefined,
  };

  it("runs on the embedded PostgreSQL of the data folder and stops it afterwards", async () => {
    const created = await guichet(
      ["user:create", "--email", "first@shop.example", "--password", "first-admin", "--role", "ADMIN"],
      embedded,
    );
    expect(created.code).toBe(0);
    expect(created.stderr).toContain("Starting embedded PostgreSQL");
    expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
    // The next command starts it again on the same data: the account is there.
    const duplicate = await guichet(
      ["user:create", "--email", "first@shop.example", "--password", "first-admin", "--role", "ADMIN"],
      embedded,
    );
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain("already exists");
    expect(await db.user.count({ where: { email: "first@shop.example" } })).toBe(0);
  }, 90_000);

  it("reindexes with the bundled Meilisearch and the key kept in the data folder", async () => {
    const run = await guichet(["search:reindex"], embedded);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Indexed 0 documents in/);
    expect(run.stderr).toContain("Starting Meilisearch");
    const secrets = JSON.parse(await readFile(path.join(dataDir, "secrets.json"), "utf8")) as Record<string, string>;
    expect(secrets.MEILI_MASTER_KEY).toMatch(/.{16,}/);
  }, 90_000);

  it("refuses to run while the app holds the data folder, and says what to do", async () => {
    // A live process in postmaster.pid is how PostgreSQL itself tells that the folder is in use.
    const lockFile = path.join(dataDir, "postgres", "postmaster.pid");
    await writeFile(lockFile, `${process.pid}\n${path.join(dataDir, "postgres")}\n1700000000\n54329\n`);
    try {
      const run = await guichet(["token:create", "--email", "first@shop.example"], embedded);
      expect(run).toMatchObject({ code: 1, stdout: "" });
      expect(run.stderr).toContain("Stop the app");
      expect(run.stderr).toContain("DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:54329/guichet");
      expect(run.stderr).not.toContain("Starting embedded PostgreSQL");
    } finally {
      await rm(lockFile);
    }
  }, 30_000);
});
