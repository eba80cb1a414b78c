import type { Page } from "playwright-core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedBrowser } from "../support/browser";
import { privateApp } from "../support/seeded-app";

const app = privateApp();
const session = sharedBrowser();
let database: pg.Client;

beforeAll(async () => {
  database = new pg.Client({ connectionString: app.databaseUrl });
  await database.connect();
});

afterAll(async () => {
  await database?.end();
});

/** Suggestions arrive as the shopper types: wait for the settled ones, then read the first. */
async function firstSuggestion(page: Page, expected: string) {
  const first = page.getByRole("listbox").getByRole("option").first();
  await first.filter({ hasText: expected }).waitFor({ timeout: 15_000 });
  return first;
}

async function typeQuestion(page: Page, question: string) {
  const box = page.getByRole("combobox", { name: /Search the help center|Rechercher dans le centre d'aide/ });
  await box.click();
  await box.pressSequentially(question, { delay: 40 });
  return box;
}

describe("search as you type", () => {
  it("finds the right article for a misspelt question, opens it by keyboard, and takes a 'helpful' vote", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${app.url}/en`);
    const box = await typeQuestion(page, "how do i retrun an item");

    const first = await firstSuggestion(page, "How do I return an item?");
    expect(await box.getAttribute("aria-expanded")).toBe("true");

    await box.press("ArrowDown");
    expect(await first.getAttribute("aria-selected")).toBe("true");
    await box.press("Enter");
    await page.waitForURL(`${app.url}/en/articles/return-an-item`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("How do I return an item?");

    await page.getByRole("button", { name: "Yes" }).click();
    await page.getByRole("button", { name: "Send feedback" }).click();
    await page.getByText("Thanks for your feedback!").waitFor();

    const feedback = await database.query(
      `SELECT f.helpful FROM "ArticleFeedback" f JOIN "ArticleTranslation" t ON t.id = f."translationId" WHERE t.slug = 'return-an-item'`,
    );
    expect(feedback.rows).toEqual([{ helpful: true }]);
    // The keystrokes were one search, and it knows which result helped.
    const events = await database.query(
      `SELECT e.query, t.slug FROM "SearchEvent" e LEFT JOIN "ArticleTranslation" t ON t.id = e."clickedTranslationId" WHERE e.query LIKE 'how do i%'`,
    );
    expect(events.rows).toEqual([{ query: "how do i retrun an item", slug: "return-an-item" }]);
    await page.close();
  });

  it("answers in French, typos included", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${app.url}/fr`);
    await typeQuestion(page, "remboursemnt");
    const first = await firstSuggestion(page, "Quand serai-je remboursé ?");
    await first.click();
    await page.waitForURL(`${app.url}/fr/articles/quand-serai-je-rembourse`);
    await page.close();
  });

  it("offers a person at once when nothing matches, carrying the question", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${app.url}/en`);
    const box = await typeQuestion(page, "xylophone quantum");
    const offer = page.getByRole("search").getByRole("link", { name: "Talk to a person" }).first();
    await offer.waitFor();
    expect(await offer.getAttribute("href")).toBe("/en/contact?q=xylophone+quantum");

    await box.press("Enter");
    await page.waitForURL(`${app.url}/en/search?q=xylophone+quantum`);
    await expect(page.getByRole("heading", { level: 2 }).first().textContent()).resolves.toBe(
      "No article matches “xylophone quantum”.",
    );
    expect(await page.getByRole("main").getByRole("link", { name: "Talk to a person" }).getAttribute("href")).toBe(
      "/en/contact?q=xylophone+quantum",
    );
    await page.close();
  });

  it("serves a shareable results page", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${app.url}/en/search?q=refund`);
    const results = page.getByTestId("search-results").getByRole("listitem");
    expect(await results.count()).toBeGreaterThan(2);
    await expect(results.first().getByRole("link").textContent()).resolves.toBe("When will I get my refund?");
    await page.close();
  });
});
