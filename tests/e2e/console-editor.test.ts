import type { BrowserContext, Dialog, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { sharedBrowser } from "../support/browser";
import { privateApp } from "../support/seeded-app";

const app = privateApp();
const session = sharedBrowser();

function uniqueWord(): string {
  // Letters only, so that search matches it as one word.
  return Array.from({ length: 9 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}

async function signIn(context: BrowserContext, email: string, password: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${app.url}/console/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${app.url}/console`);
  return page;
}

async function signInAsEditor(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.browser.newContext({ locale: "en-US" });
  return { context, page: await signIn(context, "editor@brindille.example", "guichet-editor") };
}

/** A shopper searching from the help home; the sync loop indexes within seconds, so search again until it has. */
async function findThroughHomeSearch(page: Page, locale: string, query: string, title: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await page.goto(`${app.url}/${locale}`);
    const box = page.getByRole("combobox", { name: /Search the help center|Rechercher dans le centre d'aide/ });
    await box.click();
    await box.pressSequentially(query, { delay: 30 });
    const option = page.getByRole("listbox").getByRole("option").filter({ hasText: title });
    try {
      await option.first().waitFor({ timeout: 3_000 });
      return option.first();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

/** Records every dialog; `accept` says which to accept (confirmations the test expects). */
function watchDialogs(page: Page, accept: (dialog: Dialog) => boolean = () => false) {
  const seen: { type: string; message: string }[] = [];
  page.on("dialog", (dialog) => {
    seen.push({ type: dialog.type(), message: dialog.message() });
    void (accept(dialog) ? dialog.accept() : dialog.dismiss());
  });
  return seen;
}

describe("article editor", () => {
  it("lets an editor write an article in English and French and publish it, and shoppers then find it", async () => {
    const { context, page } = await signInAsEditor();
    const word = uniqueWord();
    await page.goto(`${app.url}/console/articles/new`);
    await page.getByLabel("Category").selectOption({ index: 1 });

    const english = page.getByRole("region", { name: "English" });
    await expect(english.getByTestId("translation-status").textContent()).resolves.toBe("Missing translation");
    await english.getByLabel("Title").fill(`Gift wrapping ${word}`);
    await expect(english.getByLabel("Slug").inputValue()).resolves.toBe(`gift-wrapping-${word}`);
    await english.getByLabel("Keywords").fill("present, wrap");
    await english
      .getByLabel("Markdown")
      .fill(`## How it works\n\nWe wrap every **${word}** order in recycled paper.\n\n- Ribbon\n- Card`);
    await english.getByTestId("preview-en").getByRole("heading", { name: "How it works" }).waitFor();
    await expect(english.getByTestId("preview-en").locator("strong").textContent()).resolves.toBe(word);
    await expect(page.getByTestId("unsaved").textContent()).resolves.toBe("Unsaved changes");

    const french = page.getByRole("region", { name: "Français" });
    await french.getByLabel("Title").fill(`Emballage cadeau ${word}`);
    await expect(french.getByLabel("Slug").inputValue()).resolves.toBe(`emballage-cadeau-${word}`);
    await french.getByLabel("Markdown").fill(`Nous emballons chaque commande **${word}** dans du papier recyclé.`);
    await french.getByTestId("preview-fr").locator("strong").filter({ hasText: word }).waitFor();

    await page.getByRole("button", { name: "Publish all" }).click();
    await page.waitForURL(/\/console\/articles\/(?!new)[^/]+$/);
    await english.getByTestId("translation-status").filter({ hasText: "Published" }).waitFor();
    await expect(french.getByTestId("translation-status").textContent()).resolves.toBe("Published");
    // What was saved is what the editor shows after a reload.
    await page.reload();
    await expect(french.getByLabel("Title").inputValue()).resolves.toBe(`Emballage cadeau ${word}`);
    await expect(english.getByLabel("Keywords").inputValue()).resolves.toBe("present, wrap");
    await context.close();

    const shopper = await session.browser.newPage();
    const hit = await findThroughHomeSearch(shopper, "en", word, `Gift wrapping ${word}`);
    await hit.click();
    await shopper.waitForURL(`${app.url}/en/articles/gift-wrapping-${word}`);
    await expect(shopper.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Gift wrapping ${word}`);
    await findThroughHomeSearch(shopper, "fr", word, `Emballage cadeau ${word}`);
    await shopper.close();
  });

  it("neutralises scripts in article Markdown, in the preview and on the public page", async () => {
    const { context, page } = await signInAsEditor();
    const dialogs = watchDialogs(page);
    const word = uniqueWord();
    const markdown = [
      `Safe paragraph ${word}.`,
      "",
      `<img src="x" onerror="window.__xss='img';alert('img')">`,
      "",
      `<script>window.__xss='script';alert('script')</script>`,
      "",
      `[Markdown link](javascript:window.__xss='md-link';alert('md-link'))`,
      "",
      `<a href="javascript:window.__xss='html-link'">HTML link</a>`,
      "",
      `<svg onload="window.__xss='svg'"><circle r="5" /></svg>`,
      "",
      `<iframe src="javascript:window.parent.__xss='iframe'"></iframe>`,
      "",
      `<div style="background:url(javascript:alert('style'))" onmouseover="window.__xss='hover'">Hover me</div>`,
    ].join("\n");

    await page.goto(`${app.url}/console/articles/new`);
    await page.getByLabel("Category").selectOption({ index: 1 });
    const english = page.getByRole("region", { name: "English" });
    await english.getByLabel("Title").fill(`Hostile ${word}`);
    await english.getByLabel("Markdown").fill(markdown);
    const preview = english.getByTestId("preview-en");
    const previewText = preview.getByText(`Safe paragraph ${word}.`);
    await previewText.waitFor();
    await expectNeutralised(page, previewText.locator("xpath=.."), dialogs);

    await page.getByRole("button", { name: "Publish all" }).click();
    await english.getByTestId("translation-status").filter({ hasText: "Published" }).waitFor();
    await context.close();

    const shopper = await session.browser.newPage();
    const shopperDialogs = watchDialogs(shopper);
    await shopper.goto(`${app.url}/en/articles/hostile-${word}`);
    // The article body: the element rendered Markdown goes into, as in the preview.
    const publicText = shopper.locator("main").getByText(`Safe paragraph ${word}.`);
    await publicText.waitFor();
    await expectNeutralised(shopper, publicText.locator("xpath=.."), shopperDialogs);
    await shopper.close();
  });

  it("shows a taken slug's 409, guards unsaved changes, and restores an old version as a new one", async () => {
    const { context, page } = await signInAsEditor();
    let acceptConfirmations = false;
    const dialogs = watchDialogs(page, () => acceptConfirmations);
    const word = uniqueWord();
    await page.goto(`${app.url}/console/articles/new`);
    await page.getByLabel("Category").selectOption({ index: 1 });
    const english = page.getByRole("region", { name: "English" });
    await english.getByLabel("Title").fill(`Returns ${word}`);
    await english.getByLabel("Slug").fill("return-an-item");
    await english.getByLabel("Markdown").fill("First text.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(english.getByTestId("slug-error").textContent()).resolves.toMatch(
      /^The slug "return-an-item" is already used by another article in en\./,
    );
    await expect(page.getByTestId("editor-error").textContent()).resolves.toContain("already used");
    expect(page.url()).toBe(`${app.url}/console/articles/new`);

    await english.getByLabel("Slug").fill(`returns-${word}`);
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.waitForURL(/\/console\/articles\/(?!new)[^/]+$/);
    const editorUrl = page.url();
    await expect(english.getByTestId("translation-status").textContent()).resolves.toBe("Draft");
    await expect(
      page.getByRole("region", { name: "Français" }).getByTestId("translation-status").textContent(),
    ).resolves.toBe("Missing translation");

    await english.getByLabel("Markdown").fill("Second text.");
    await page.getByRole("link", { name: /All articles/ }).click();
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]).toEqual({
      type: "confirm",
      message: "You have unsaved changes. Leave without saving them?",
    });
    expect(page.url()).toBe(editorUrl);
    await expect(english.getByLabel("Markdown").inputValue()).resolves.toBe("Second text.");

    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByTestId("editor-notice").filter({ hasText: "Saved." }).waitFor();
    await english.getByText("History (2)").click();
    await english.getByRole("button", { name: /^Version 2/ }).click();
    const diff = english.getByTestId("revision-diff");
    await expect(diff.locator("del").allTextContents()).resolves.toEqual(["First text."]);
    await expect(diff.locator("ins").allTextContents()).resolves.toEqual(["Second text."]);
    await english.getByRole("button", { name: /^Version 1/ }).click();
    acceptConfirmations = true;
    await diff.getByRole("button", { name: "Restore version 1" }).click();
    await page.getByTestId("editor-notice").filter({ hasText: "Version 1 restored." }).waitFor();
    await expect(english.getByLabel("Markdown").inputValue()).resolves.toBe("First text.");
    await english.getByText("History (3)").waitFor();
    expect(dialogs.map((dialog) => dialog.message)).toEqual([
      "You have unsaved changes. Leave without saving them?",
      "Replace the current EN text with version 1? It is saved as a new version.",
    ]);

    await page.reload();
    await expect(english.getByLabel("Markdown").inputValue()).resolves.toBe("First text.");
    await context.close();
  });
});

/** No injected script ran, no dialog opened, and the dangerous markup is gone from `container`. */
async function expectNeutralised(
  page: Page,
  container: ReturnType<Page["locator"]>,
  dialogs: { message: string }[],
): Promise<void> {
  // Give an image's error event and a click on the links the chance to fire.
  await page.waitForLoadState("load");
  await container.getByText("Markdown link").click();
  await container.getByText("HTML link").click();
  await container.getByText("Hover me").hover();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await container.locator("script, iframe, [onerror], [onload], [onmouseover], [style]").count()).toBe(0);
  const hrefs = await container.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(hrefs.filter((href) => href?.toLowerCase().startsWith("javascript:"))).toEqual([]);
}
