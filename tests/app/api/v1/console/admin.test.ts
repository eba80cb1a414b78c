import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as revisionsRoute } from "@/app/api/v1/console/articles/[id]/revisions/route";
import { PATCH as patchRoute } from "@/app/api/v1/console/articles/[id]/route";
import { POST as createRoute } from "@/app/api/v1/console/articles/route";
import { POST as restoreRoute } from "@/app/api/v1/console/revisions/[id]/restore/route";
import { GET as getSettingsRoute, PATCH as patchSettingsRoute } from "@/app/api/v1/console/settings/route";
import { GET as auditRoute } from "@/app/api/v1/console/audit/route";
import { PATCH as patchCannedRoute } from "@/app/api/v1/console/canned-responses/[id]/route";
import { GET as listCannedRoute, POST as createCannedRoute } from "@/app/api/v1/console/canned-responses/route";
import { PATCH as meRoute } from "@/app/api/v1/console/me/route";
import { DELETE as revokeTokenRoute } from "@/app/api/v1/console/tokens/[id]/route";
import { GET as listTokensRoute, POST as createTokenRoute } from "@/app/api/v1/console/tokens/route";
import { PATCH as patchUserRoute } from "@/app/api/v1/console/users/[id]/route";
import { GET as listUsersRoute, POST as createUserRoute } from "@/app/api/v1/console/users/route";
import { createCategoryAction, moveCategoryAction, updateCategoryAction } from "@/app/console/categories/actions";
import { db } from "@/lib/db";
import { call, sessionOf, tokenOf, type Credentials } from "./callers";

// Server actions read the browser's cookies through next/headers: hand them the test caller's.
const pageCookie = vi.hoisted(() => ({ value: "" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ toString: () => pageCookie.value }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

let editor: Credentials & { userId: string };
let categoryId: string;

beforeAll(async () => {
  editor = await sessionOf("EDITOR");
  categoryId = (
    await db.category.create({
      data: { slug: "orders", translations: { create: { locale: "en", name: "Orders" } } },
      select: { id: true },
    })
  ).id;
});

describe("article revisions API", () => {
  it("lists each translation's revisions and restores one as a new revision", async () => {
    const created = await call(createRoute, {
      method: "POST",
      path: "/api/v1/console/articles",
      as: editor,
      body: {
        categoryId,
        translations: [
          { locale: "en", title: "Cancel an order", bodyMarkdown: "Within an hour." },
          { locale: "fr", title: "Annuler une commande", bodyMarkdown: "Dans l'heure." },
        ],
      },
    });
    expect(created.status).toBe(201);
    const id: string = created.body.article.id;
    const patched = await call(patchRoute, {
      method: "PATCH",
      path: `/api/v1/console/articles/${id}`,
      params: { id },
      as: editor,
      body: { translations: [{ locale: "en", bodyMarkdown: "Within two hours." }] },
    });
    expect(patched.status).toBe(200);

    const listed = await call(revisionsRoute, {
      method: "GET",
      path: `/api/v1/console/articles/${id}/revisions`,
      params: { id },
      as: editor,
    });
    expect(listed.status).toBe(200);
    const byLocale = Object.fromEntries(
      listed.body.translations.map((translation: { locale: string; revisions: unknown[] }) => [
        translation.locale,
        translation.revisions,
      ]),
    );
    expect(byLocale.en).toMatchObject([
      { version: 2, bodyMarkdown: "Within two hours.", author: { id: editor.userId } },
      { version: 1, bodyMarkdown: "Within an hour.", status: "DRAFT" },
    ]);
    expect(byLocale.fr).toHaveLength(1);

    // An API token works as well as the session, with its owner as the author.
    const tokenEditor = await tokenOf("EDITOR");
    const restored = await call(restoreRoute, {
      method: "POST",
      path: `/api/v1/console/revisions/${byLocale.en[1].id}/restore`,
      params: { id: byLocale.en[1].id },
      as: tokenEditor,
    });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ locale: "en", restoredVersion: 1, article: { id } });
    const latest = await db.articleRevision.findFirstOrThrow({
      where: { translation: { articleId: id, locale: "en" } },
      orderBy: { version: "desc" },
    });
    expect(latest).toMatchObject({ version: 3, bodyMarkdown: "Within an hour.", authorId: tokenEditor.userId });
  });

  it("answers 404 for an unknown article or revision", async () => {
    const listed = await call(revisionsRoute, {
      method: "GET",
      path: "/api/v1/console/articles/nope/revisions",
      params: { id: "nope" },
      as: editor,
    });
    expect(listed).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
    const restored = await call(restoreRoute, {
      method: "POST",
      path: "/api/v1/console/revisions/nope/restore",
      params: { id: "nope" },
      as: editor,
    });
    expect(restored).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
  });
});

describe("settings API", () => {
  it("lets an admin change settings and read them back, and names the bad field", async () => {
    const admin = await sessionOf("ADMIN");
    const bad = await call(patchSettingsRoute, {
      method: "PATCH",
      path: "/api/v1/console/settings",
      as: admin,
      body: { firstResponseTargetSeconds: 2 },
    });
    expect(bad).toMatchObject({
      status: 400,
      body: { error: { code: "INVALID_INPUT", message: "firstResponseTargetSeconds: must be at least 5 seconds" } },
    });
    const saved = await call(patchSettingsRoute, {
      method: "PATCH",
      path: "/api/v1/console/settings",
      as: admin,
      body: { firstResponseTargetSeconds: 90, autoAssign: false },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.settings).toMatchObject({ firstResponseTargetSeconds: 90, autoAssign: false });
    const read = await call(getSettingsRoute, { method: "GET", path: "/api/v1/console/settings", as: admin });
    expect(read.body.settings).toMatchObject({
      firstResponseTargetSeconds: 90,
      autoAssign: false,
      locales: ["en", "fr"],
    });
  });
});

describe("users API", () => {
  it("lets an admin create a user, refuses a taken email, and changes the role", async () => {
    const admin = await sessionOf("ADMIN");
    const body = { email: "New.Agent@Shop.example", password: "a-long-password", role: "AGENT", name: "Nina" };
    const created = await call(createUserRoute, { method: "POST", path: "/api/v1/console/users", as: admin, body });
    expect(created).toMatchObject({ status: 201, body: { user: { email: "new.agent@shop.example", role: "AGENT" } } });
    const again = await call(createUserRoute, { method: "POST", path: "/api/v1/console/users", as: admin, body });
    expect(again).toMatchObject({ status: 409, body: { error: { code: "CONFLICT" } } });

    const id: string = created.body.user.id;
    const patched = await call(patchUserRoute, {
      method: "PATCH",
      path: `/api/v1/console/users/${id}`,
      params: { id },
      as: admin,
      body: { role: "EDITOR", maxConcurrentChats: 30 },
    });
    expect(patched).toMatchObject({
      status: 400,
      body: { error: { message: "maxConcurrentChats: must be at most 20" } },
    });
    const fixed = await call(patchUserRoute, {
      method: "PATCH",
      path: `/api/v1/console/users/${id}`,
      params: { id },
      as: admin,
      body: { role: "EDITOR", disabled: true },
    });
    expect(fixed.body.user).toMatchObject({ role: "EDITOR", disabledAt: expect.any(String) });
    const listed = await call(listUsersRoute, { method: "GET", path: "/api/v1/console/users", as: admin });
    expect(listed.body.users.at(-1)).toMatchObject({ id, role: "EDITOR" });
    expect(JSON.stringify(listed.body)).not.toContain("passwordHash");
  });

  it("lets everyone change their own name", async () => {
    const agent = await sessionOf("AGENT");
    const renamed = await call(meRoute, {
      method: "PATCH",
      path: "/api/v1/console/me",
      as: agent,
      body: { name: "Alex" },
    });
    expect(renamed).toMatchObject({ status: 200, body: { user: { name: "Alex" } } });
  });
});

describe("personal API tokens", () => {
  it("shows a new token once, lists it without it, acts with the owner's role, and stops working once revoked", async () => {
    const agent = await sessionOf("AGENT");
    const created = await call(createTokenRoute, {
      method: "POST",
      path: "/api/v1/console/tokens",
      as: agent,
      body: { label: "inbox script" },
    });
    expect(created.status).toBe(201);
    const { id, token } = created.body.token as { id: string; token: string };
    expect(token).toMatch(/^gch_/);

    const listed = await call(listTokensRoute, { method: "GET", path: "/api/v1/console/tokens", as: agent });
    expect(listed.body.tokens).toEqual([
      { id, label: "inbox script", createdAt: expect.any(String), lastUsedAt: null, revokedAt: null },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    const asAgent = await call(getSettingsRoute, { method: "GET", path: "/api/v1/console/settings", as: bearer });
    expect(asAgent.status).toBe(403);
    const own = await call(listTokensRoute, { method: "GET", path: "/api/v1/console/tokens", as: bearer });
    expect(own.status).toBe(200);

    const revoked = await call(revokeTokenRoute, {
      method: "DELETE",
      path: `/api/v1/console/tokens/${id}`,
      params: { id },
      as: agent,
    });
    expect(revoked.status).toBe(204);
    const after = await call(listTokensRoute, { method: "GET", path: "/api/v1/console/tokens", as: bearer });
    expect(after.status).toBe(401);
  });
});

describe("audit log API", () => {
  it("pages through the log, newest first, naming the actor", async () => {
    const admin = await sessionOf("ADMIN");
    const first = await call(auditRoute, { method: "GET", path: "/api/v1/console/audit", as: admin });
    expect(first.status).toBe(200);
    expect(first.body.page).toBe(1);
    expect(first.body.entries.length).toBeGreaterThan(0);
    const times = first.body.entries.map((entry: { createdAt: string }) => entry.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(first.body.entries.some((entry: { action: string }) => entry.action === "settings.update")).toBe(true);

    const far = await call(auditRoute, { method: "GET", path: "/api/v1/console/audit?page=999", as: admin });
    expect(far.body).toEqual({ entries: [], page: 999, hasMore: false });
    const bad = await call(auditRoute, { method: "GET", path: "/api/v1/console/audit?page=0", as: admin });
    expect(bad.status).toBe(400);
  });
});

describe("canned responses API", () => {
  it("lets editors write them and agents read them per locale", async () => {
    const created = await call(createCannedRoute, {
      method: "POST",
      path: "/api/v1/console/canned-responses",
      as: editor,
      body: { locale: "fr", shortcut: "delai", title: "Délai", body: "Comptez 48 h." },
    });
    expect(created).toMatchObject({ status: 201, body: { cannedResponse: { shortcut: "delai" } } });
    const taken = await call(createCannedRoute, {
      method: "POST",
      path: "/api/v1/console/canned-responses",
      as: editor,
      body: { locale: "fr", shortcut: "delai", title: "Encore", body: "Encore." },
    });
    expect(taken).toMatchObject({ status: 409, body: { error: { code: "CONFLICT" } } });
    const id: string = created.body.cannedResponse.id;
    const patched = await call(patchCannedRoute, {
      method: "PATCH",
      path: `/api/v1/console/canned-responses/${id}`,
      params: { id },
      as: editor,
      body: { body: "Comptez 72 h." },
    });
    expect(patched.body.cannedResponse.body).toBe("Comptez 72 h.");

    const agent = await tokenOf("AGENT");
    const read = await call(listCannedRoute, {
      method: "GET",
      path: "/api/v1/console/canned-responses?locale=fr",
      as: agent,
    });
    expect(read.status).toBe(200);
    expect(read.body.cannedResponses).toEqual([expect.objectContaining({ shortcut: "delai", body: "Comptez 72 h." })]);
  });
});

describe("category actions", () => {
  async function order() {
    return (await db.category.findMany({ orderBy: { position: "asc" }, select: { slug: true } })).map((c) => c.slug);
  }

  it("refuses agents, and lets editors add, reorder and translate categories", async () => {
    pageCookie.value = (await sessionOf("AGENT")).cookie!;
    await expect(
      createCategoryAction({ slug: "returns", translations: [{ locale: "en", name: "Returns" }] }),
    ).resolves.toEqual({ ok: false, error: "Only editors and admins may change categories." });
    expect(await order()).not.toContain("returns");

    pageCookie.value = editor.cookie!;
    await expect(
      createCategoryAction({ slug: "returns", translations: [{ locale: "en", name: "Returns" }] }),
    ).resolves.toEqual({ ok: true });
    await expect(createCategoryAction({ slug: "Bad Slug", translations: [] })).resolves.toMatchObject({
      ok: false,
      error: expect.stringMatching(/^slug: must be lower-case/),
    });
    const before = await order();
    expect(before.at(-1)).toBe("returns");
    const returns = await db.category.findUniqueOrThrow({ where: { slug: "returns" }, select: { id: true } });

    await expect(moveCategoryAction(returns.id, "up")).resolves.toEqual({ ok: true });
    const after = await order();
    expect(after.at(-2)).toBe("returns");
    expect(after.at(-1)).toBe(before.at(-2));
    await moveCategoryAction(returns.id, "down");
    await moveCategoryAction(returns.id, "down");
    expect((await order()).at(-1)).toBe("returns");

    await expect(
      updateCategoryAction(returns.id, {
        slug: "returns-and-refunds",
        translations: [
          { locale: "en", name: "Returns and refunds" },
          { locale: "fr", name: "Retours", description: "Renvoyer un article" },
        ],
      }),
    ).resolves.toEqual({ ok: true });
    const saved = await db.category.findUniqueOrThrow({
      where: { id: returns.id },
      select: { slug: true, translations: { select: { locale: true, name: true }, orderBy: { locale: "asc" } } },
    });
    expect(saved).toEqual({
      slug: "returns-and-refunds",
      translations: [
        { locale: "en", name: "Returns and refunds" },
        { locale: "fr", name: "Retours" },
      ],
    });
    await expect(updateCategoryAction(returns.id, { slug: "orders" })).resolves.toEqual({
      ok: false,
      error: 'The category slug "orders" is already used. Choose another one.',
    });
  });

  it("re-queues the published articles of a renamed category for search", async () => {
    pageCookie.value = editor.cookie!;
    const created = await call(createRoute, {
      method: "POST",
      path: "/api/v1/console/articles",
      as: editor,
      body: {
        categoryId,
        translations: [{ locale: "en", title: "Change my address", bodyMarkdown: "Before it ships." }],
      },
    });
    const translationId: string = created.body.article.translations[0].id;
    await db.articleTranslation.update({ where: { id: translationId }, data: { status: "PUBLISHED" } });
    await db.searchSync.deleteMany();
    await expect(
      updateCategoryAction(categoryId, { translations: [{ locale: "en", name: "Your orders" }] }),
    ).resolves.toEqual({ ok: true });
    const outbox = await db.searchSync.findMany({ where: { translationId } });
    expect(outbox.map((row) => row.operation)).toEqual(["UPSERT"]);
  });
});
