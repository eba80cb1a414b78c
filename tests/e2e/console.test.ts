import { describe, expect, it } from "vitest";
import { sharedBrowser } from "../support/browser";
import { privateApp } from "../support/seeded-app";

const app = privateApp();
const session = sharedBrowser();

describe("staff console", () => {
  it("sends signed-out visitors to the sign-in page, in their language", async () => {
    const context = await session.browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto(`${app.url}/console`);
    expect(new URL(page.url()).pathname).toBe("/console/sign-in");
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe("/console");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Connexion à la console");
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await context.close();
  });

  it("lets the demo editor sign in and see the articles, drafts included", async () => {
    const context = await session.browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`${app.url}/console/sign-in`);
    await page.getByLabel("Email").fill("editor@brindille.example");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // (Next.js has its own, empty role="alert" element: the route announcer.)
    await expect(page.getByTestId("sign-in-error").textContent()).resolves.toBe(
      "That email and password do not match. Check them and try again.",
    );

    await page.getByLabel("Password").fill("guichet-editor");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${app.url}/console`);
    await expect(page.getByTestId("signed-in-as").textContent()).resolves.toBe("Signed in as Eva Editor (editor)");
    const table = page.getByTestId("console-articles");
    await expect(table.getByRole("row").count()).resolves.toBeGreaterThan(30);
    await expect(table.getByRole("rowheader", { name: "How do I return an item?" }).count()).resolves.toBe(1);

    // The browser's session cookie also works on the console API: write a draft through it.
    const { articles } = (await (await page.request.get(`${app.url}/api/v1/console/articles`)).json()) as {
      articles: { category: { id: string } }[];
    };
    const created = await page.request.post(`${app.url}/api/v1/console/articles`, {
      data: {
        categoryId: articles[0].category.id,
        translations: [{ locale: "en", title: "Gift wrapping options", bodyMarkdown: "We can wrap any order." }],
      },
    });
    expect(created.status()).toBe(201);

    await page.goto(`${app.url}/console?status=DRAFT`);
    const row = page.getByTestId("console-articles").getByRole("row").filter({ hasText: "Gift wrapping options" });
    await expect(row.locator('[data-locale="en"]').textContent()).resolves.toBe("Draft");
    await expect(row.locator('[data-locale="fr"]').textContent()).resolves.toBe("missing");
    await context.close();
  });

  it("answers 429 with a clear message once an account has had too many failed attempts", async () => {
    const context = await session.browser.newContext();
    const attempt = async () => {
      const { csrfToken } = (await (await context.request.get(`${app.url}/api/auth/csrf`)).json()) as {
        csrfToken: string;
      };
      return context.request.post(`${app.url}/api/auth/callback/credentials`, {
        form: { csrfToken, email: "intruder-target@brindille.example", password: "guess", json: "true" },
      });
    };
    const statuses: number[] = [];
    for (let index = 0; index < 5; index++) statuses.push((await attempt()).status());
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const limited = await attempt();
    expect(limited.status()).toBe(429);
    expect(limited.headers()["retry-after"]).toBe("900");
    await expect(limited.json()).resolves.toMatchObject({
      error: { code: "RATE_LIMITED", message: "Too many sign-in attempts. Wait 15 minutes, then try again." },
    });
    await context.close();
  });
});
