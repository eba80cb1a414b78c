import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedBrowser } from "../support/browser";
import { privateApp } from "../support/seeded-app";

const app = privateApp();
const session = sharedBrowser();

const demo = {
  ADMIN: { email: "admin@brindille.example", password: "guichet-admin" },
  EDITOR: { email: "editor@brindille.example", password: "guichet-editor" },
  AGENT: { email: "camille@brindille.example", password: "guichet-agent" },
} as const;

type Role = keyof typeof demo;

// The console pages of issue 4 and who may use them: every role × page is checked below,
// signed out too. A page a role may not use shows the "forbidden" notice and none of its data.
const pages: { path: string; allowed: readonly Role[]; marker: string }[] = [
  { path: "/console", allowed: ["ADMIN", "EDITOR", "AGENT"], marker: "Articles" },
  { path: "/console/articles/new", allowed: ["ADMIN", "EDITOR"], marker: "New article" },
  { path: "/console/categories", allowed: ["ADMIN", "EDITOR"], marker: "Categories" },
  { path: "/console/canned-responses", allowed: ["ADMIN", "EDITOR", "AGENT"], marker: "Canned responses" },
  { path: "/console/settings", allowed: ["ADMIN"], marker: "Settings" },
  { path: "/console/users", allowed: ["ADMIN"], marker: "Users" },
  { path: "/console/audit", allowed: ["ADMIN"], marker: "Audit log" },
  { path: "/console/tokens", allowed: ["ADMIN", "EDITOR", "AGENT"], marker: "API tokens" },
  { path: "/console/account", allowed: ["ADMIN", "EDITOR", "AGENT"], marker: "My account" },
];

const FORBIDDEN = "Your role does not give access to this page. Ask an admin if you need it.";

const contexts = new Map<Role, BrowserContext>();

async function signIn(role: Role): Promise<BrowserContext> {
  const context = await session.browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto(`${app.url}/console/sign-in`);
  await page.getByLabel("Email").fill(demo[role].email);
  await page.getByLabel("Password").fill(demo[role].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${app.url}/console`);
  await page.close();
  return context;
}

beforeAll(async () => {
  for (const role of Object.keys(demo) as Role[]) contexts.set(role, await signIn(role));
});

afterAll(async () => {
  for (const context of contexts.values()) await context.close();
});

async function open(role: Role, path: string): Promise<Page> {
  const page = await contexts.get(role)!.newPage();
  await page.goto(`${app.url}${path}`);
  return page;
}

describe("console pages role matrix", () => {
  it.each(pages.flatMap((entry) => (Object.keys(demo) as Role[]).map((role) => [entry.path, role, entry] as const)))(
    "%s as %s",
    async (_path, role, { path, allowed, marker }) => {
      const page = await open(role, path);
      await expect(page.getByRole("heading", { level: 1 }).first().textContent()).resolves.toBe(marker);
      const forbidden = await page.getByText(FORBIDDEN).count();
      expect(forbidden).toBe(allowed.includes(role) ? 0 : 1);
      await page.close();
    },
  );

  it.each(pages.map((entry) => [entry.path] as const))("%s signed out → sign-in page", async (path) => {
    const page = await session.browser.newPage();
    await page.goto(`${app.url}${path}`);
    expect(new URL(page.url()).pathname).toBe("/console/sign-in");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(path);
    await page.close();
  });
});

describe("admin pages", () => {
  it("lets the admin change settings, which stay changed", async () => {
    const page = await open("ADMIN", "/console/settings");
    await expect(page.getByLabel("First-response target (seconds)").inputValue()).resolves.toBe("76");
    await page.getByLabel("First-response target (seconds)").fill("90");
    await page.getByLabel("Allowed widget origins").fill("https://shop.example\nhttps://shop.example/checkout");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByTestId("settings-error").textContent()).resolves.toContain(
      "must be an origin such as https://shop.example (no path)",
    );
    await page.getByLabel("Allowed widget origins").fill("https://shop.example");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByTestId("settings-notice").waitFor();

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Generate a new secret" }).click();
    const secret = await page.getByTestId("new-secret").textContent();
    await page.reload();
    await expect(page.getByLabel("First-response target (seconds)").inputValue()).resolves.toBe("90");
    await expect(page.getByLabel("Allowed widget origins").inputValue()).resolves.toBe("https://shop.example");
    await expect(page.getByTestId("secret-state").textContent()).resolves.toBe(
      `A secret is set (ending …${secret!.slice(-4)}).`,
    );
    await expect(page.getByTestId("new-secret").count()).resolves.toBe(0);

    const audit = await open("ADMIN", "/console/audit");
    const log = audit.getByTestId("audit-log");
    await expect(log.getByText("settings.identity_secret.rotate").count()).resolves.toBe(1);
    await expect(log.getByText("settings.update").count()).resolves.toBeGreaterThan(0);
    await audit.close();
    await page.close();
  });

  it("lets the admin add a user, who can sign in, and disable them", async () => {
    const page = await open("ADMIN", "/console/users");
    const form = page.getByRole("form", { name: "Add a user" });
    await form.getByLabel("Email").fill("new.agent@brindille.example");
    await form.getByLabel("Name").fill("Noé Nouveau");
    await form.getByLabel("First password").fill("a-long-password");
    await form.getByRole("button", { name: "Add a user" }).click();
    await page
      .getByTestId("users-notice")
      .filter({ hasText: "new.agent@brindille.example can now sign in." })
      .waitFor();
    const row = page.locator('tr[data-email="new.agent@brindille.example"]');
    await row.waitFor();
    await row.getByRole("button", { name: "Disable" }).click();
    await row.getByRole("button", { name: "Enable" }).waitFor();
    await expect(row.textContent()).resolves.toContain("Disabled");
    await page.close();
  });

  it("gives everyone personal API tokens, shown once and revocable", async () => {
    const page = await open("AGENT", "/console/tokens");
    await page.getByLabel("Label").fill("my script");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").textContent())!;
    expect(token).toMatch(/^gch_/);
    const api = await page.request.get(`${app.url}/api/v1/console/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await expect(api.json()).resolves.toMatchObject({ user: { email: demo.AGENT.email, role: "AGENT" } });

    const list = page.getByTestId("token-list");
    await list.getByText("my script").waitFor();
    page.once("dialog", (dialog) => void dialog.accept());
    await list.getByRole("button", { name: "Revoke" }).first().click();
    await list.getByText("Revoked").waitFor();
    const refused = await page.request.get(`${app.url}/api/v1/console/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.status()).toBe(401);
    await page.close();
  });

  it("lets an editor write a canned response that agents then read, and translate a category", async () => {
    const page = await open("EDITOR", "/console/canned-responses");
    const form = page.getByRole("form", { name: "Add a canned response" });
    await form.getByLabel("Language").selectOption("fr");
    await form.getByLabel("Shortcut").fill("adieu");
    await form.getByLabel("Title").fill("Au revoir");
    await form.getByLabel("Text").fill("Merci et bonne journée !");
    await form.getByRole("button", { name: "Add a canned response" }).click();
    const french = page.getByRole("region", { name: "Français" });
    await french.locator('[data-shortcut="adieu"]').waitFor();

    const agentPage = await open("AGENT", "/console/canned-responses");
    const item = agentPage.getByRole("region", { name: "Français" }).locator('[data-shortcut="adieu"]');
    await expect(item.textContent()).resolves.toContain("Merci et bonne journée !");
    await expect(item.getByRole("button").count()).resolves.toBe(0);
    await agentPage.close();

    await page.goto(`${app.url}/console/categories`);
    const first = page.getByTestId("category-list").getByRole("listitem").first();
    const slug = await first.getAttribute("data-slug");
    await first.locator("summary").click();
    await first.getByLabel("Description (Français)").fill("Tout sur vos commandes");
    await first.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    await first.getByRole("button", { name: /^Move down/ }).click();
    await page
      .getByTestId("category-list")
      .getByRole("listitem")
      .nth(1)
      .and(page.locator(`[data-slug="${slug}"]`))
      .waitFor();
    await page.close();
  });
});
