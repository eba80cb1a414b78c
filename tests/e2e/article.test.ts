import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { sharedBrowser } from "../support/browser";
import { privateApp } from "../support/seeded-app";

const app = privateApp();
const session = sharedBrowser();

/** The JSON-LD blocks of a page's HTML, parsed. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) =>
    JSON.parse(match[1]),
  );
}

/** `<link rel="alternate" hreflang=…>` of a page's HTML, as { locale: href }. */
function hreflangs(html: string): Record<string, string> {
  const links = [...html.matchAll(/<link[^>]*rel="alternate"[^>]*>/gi)].map((match) => match[0]);
  return Object.fromEntries(
    links.flatMap((link) => {
      const locale = link.match(/hreflang="([^"]+)"/i)?.[1];
      const href = link.match(/href="([^"]+)"/i)?.[1];
      return locale && href ? [[locale, href]] : [];
    }),
  );
}

/**
 * Waits until the article page is interactive: its language links then point to the
 * article's translation (set once React runs), so clicks are no longer lost.
 */
async function waitUntilInteractive(page: Page) {
  await page.waitForFunction(() => document.querySelector('header a[hreflang="fr"]')?.getAttribute("href") !== "/fr");
}

function languageLink(page: Page, navName: string, language: string) {
  return page.getByRole("navigation", { name: navName }).getByRole("link", { name: language });
}

describe("article pages", () => {
  it("lead from a home page topic to an article with its contents, related articles and a way to a person", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${app.url}/en`);
    await page.getByTestId("categories").getByRole("link", { name: "Returns & refunds" }).click();
    await page.waitForURL(`${app.url}/en/categories/returns-refunds`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Returns & refunds");
    // Metadata is streamed after a client-side navigation.
    await expect.poll(() => page.title(), { timeout: 10_000 }).toBe("Returns & refunds · Help center");
    const list = page.getByTestId("category-articles");
    expect(await list.getByRole("heading", { level: 2 }).count()).toBe(6);
    // Each article comes with its excerpt.
    await expect(list.getByText(/print the label and drop the parcel/).count()).resolves.toBe(1);

    await list.getByRole("link", { name: "How do I return an item?" }).click();
    await page.waitForURL(`${app.url}/en/articles/return-an-item`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("How do I return an item?");
    const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
    expect(await breadcrumb.getByRole("link").allTextContents()).toEqual(["Home", "Returns & refunds"]);

    const toc = page.getByRole("navigation", { name: "On this page" });
    expect(await toc.getByRole("link").allTextContents()).toEqual([
      "Start your return",
      "Pack and send",
      "How much does it cost?",
      "After your return",
    ]);
    await toc.getByRole("link", { name: "Pack and send" }).click();
    await page.waitForURL(`${app.url}/en/articles/return-an-item#pack-and-send`);
    await expect(page.getByRole("heading", { name: "Pack and send" }).isVisible()).resolves.toBe(true);

    const related = page.getByRole("region", { name: "Related articles" });
    expect(await related.getByRole("link").count()).toBe(4);
    await expect(related.getByRole("link", { name: "How do I return an item?" }).count()).resolves.toBe(0);

    const person = page.getByRole("main").getByRole("link", { name: "Talk to a person" });
    await expect(person.isVisible()).resolves.toBe(true);
    await expect(person.getAttribute("href")).resolves.toBe("/en/contact?article=return-an-item");

    await related.getByRole("link").first().click();
    await page.waitForURL(`${app.url}/en/articles/return-window-and-conditions`);
    await page.close();
  });

  it("hides the table of contents on a short article", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${app.url}/en/articles/track-my-order`);
    await expect(page.getByRole("heading", { level: 1 }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("navigation", { name: "On this page" }).count()).resolves.toBe(0);
    await page.close();
  });

  it("takes a vote and a comment from the keyboard and says thank you", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${app.url}/en/articles/when-will-i-get-my-refund`);
    await waitUntilInteractive(page);
    const feedback = page.getByRole("region", { name: "Was this helpful?" });
    const yes = feedback.getByRole("button", { name: "Yes" });
    await yes.focus();
    await page.keyboard.press("Space");
    await expect(yes.getAttribute("aria-pressed")).resolves.toBe("true");

    const comment = feedback.getByLabel("Tell us more (optional)");
    await comment.focus();
    await page.keyboard.type("Clear, thanks.");
    const saved = page.waitForResponse((response) => response.url().endsWith("/feedback"));
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect((await saved).status()).toBe(201);

    const thanks = feedback.getByRole("status");
    await thanks.waitFor();
    await expect(thanks.textContent()).resolves.toBe("Thanks for your feedback!");
    await expect(thanks.evaluate((node) => node === document.activeElement)).resolves.toBe(true);
    await expect(feedback.getByRole("button").count()).resolves.toBe(0);
    await page.close();
  });

  it("says so when the feedback cannot be sent, and lets the shopper try again", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${app.url}/en/articles/payment-declined`);
    await waitUntilInteractive(page);
    let failures = 1;
    await page.route("**/feedback", (route) =>
      failures-- > 0 ? route.fulfill({ status: 503, body: "{}" }) : route.continue(),
    );
    const feedback = page.getByRole("region", { name: "Was this helpful?" });
    await feedback.getByRole("button", { name: "No" }).click();
    await feedback.getByRole("button", { name: "Send feedback" }).click();
    await expect(feedback.getByRole("alert").textContent()).resolves.toBe(
      "We couldn't send your feedback. Please try again.",
    );
    await feedback.getByRole("button", { name: "Send feedback" }).click();
    await expect(feedback.getByRole("status").textContent()).resolves.toBe("Thanks for your feedback!");
    await page.close();
  });

  it("switches language to the article's own translation", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${app.url}/en/articles/return-an-item`);
    const french = languageLink(page, "Language", "Français");
    await expect.poll(() => french.getAttribute("href"), { timeout: 10_000 }).toBe("/fr/articles/retourner-un-article");
    await french.click();
    await page.waitForURL(`${app.url}/fr/articles/retourner-un-article`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Comment retourner un article ?");
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    const english = languageLink(page, "Langue", "English");
    await expect.poll(() => english.getAttribute("href"), { timeout: 10_000 }).toBe("/en/articles/return-an-item");

    // Pages without translations of their own keep sending to each language's home.
    await page.goto(`${app.url}/fr`);
    await expect.poll(() => english.getAttribute("href"), { timeout: 10_000 }).toBe("/en");
    await page.close();
  });

  it("answers 404 for unknown articles and categories", async () => {
    const page = await session.browser.newPage();
    expect((await page.goto(`${app.url}/en/articles/no-such-article`))?.status()).toBe(404);
    expect((await page.goto(`${app.url}/fr/articles/return-an-item`))?.status()).toBe(404);
    expect((await page.goto(`${app.url}/en/categories/no-such-category`))?.status()).toBe(404);
    await page.close();
  });
});

describe("what search engines see", () => {
  it("an article page carries Article JSON-LD, a canonical URL and hreflang alternates", async () => {
    const page = await session.browser.newPage();
    const response = await page.request.get(`${app.url}/en/articles/return-an-item`);
    const html = await response.text();
    expect(jsonLd(html)).toContainEqual(
      expect.objectContaining({
        "@context": "https://schema.org",
        "@type": "Article",
        headline: "How do I return an item?",
        inLanguage: "en",
        url: `${app.url}/en/articles/return-an-item`,
      }),
    );
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="${app.url}/en/articles/return-an-item"`));
    expect(hreflangs(html)).toEqual({
      en: `${app.url}/en/articles/return-an-item`,
      fr: `${app.url}/fr/articles/retourner-un-article`,
    });
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
    await page.close();
  });

  it("a category page is an FAQPage of its articles", async () => {
    const page = await session.browser.newPage();
    const html = await (await page.request.get(`${app.url}/fr/categories/returns-refunds`)).text();
    const faq = jsonLd(html).find((data) => data["@type"] === "FAQPage") as {
      mainEntity: { "@type": string; name: string; acceptedAnswer: { "@type": string; text: string } }[];
    };
    expect(faq.mainEntity).toHaveLength(6);
    expect(faq.mainEntity[0]).toMatchObject({
      "@type": "Question",
      name: "Comment retourner un article ?",
      acceptedAnswer: { "@type": "Answer", text: expect.stringMatching(/.{20,}/) },
    });
    expect(hreflangs(html)).toEqual({
      en: `${app.url}/en/categories/returns-refunds`,
      fr: `${app.url}/fr/categories/returns-refunds`,
    });
    await page.close();
  });

  it("sitemap.xml lists articles with their translations, and robots.txt points to it", async () => {
    const page = await session.browser.newPage();
    const sitemap = await page.request.get(`${app.url}/sitemap.xml`);
    expect(sitemap.status()).toBe(200);
    const xml = await sitemap.text();
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(urls).toContain(`${app.url}/en/articles/return-an-item`);
    expect(urls).toContain(`${app.url}/fr/articles/retourner-un-article`);
    expect(urls).toContain(`${app.url}/fr/categories/returns-refunds`);
    expect(urls).toContain(`${app.url}/fr`);
    expect(urls).toHaveLength(2 + 12 + 72);
    expect(xml).toContain(
      `<xhtml:link rel="alternate" hreflang="fr" href="${app.url}/fr/articles/retourner-un-article"`,
    );

    const robots = await (await page.request.get(`${app.url}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${app.url}/sitemap.xml`);
    expect(robots).toMatch(/Disallow: \/console/);
    await page.close();
  });
});
