import { describe, expect, it } from "vitest";
import { sharedBrowser } from "../support/browser";
import { privateApp } from "../support/seeded-app";

const app = privateApp();
const session = sharedBrowser();

describe("help center home", () => {
  it("shows the seeded categories in English", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${app.url}/en`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("How can we help?");
    const names = await page.getByTestId("categories").getByRole("heading", { level: 3 }).allTextContents();
    expect(names).toEqual([
      "Orders & tracking",
      "Shipping & delivery",
      "Returns & refunds",
      "Payment & checkout",
      "Account & login",
      "Products & sizing",
    ]);
    await expect(page.getByTestId("categories").getByText("6 articles").count()).resolves.toBe(6);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByTestId("popular-articles").getByRole("link").count()).toBe(6);
    // Help is one click away from every page.
    expect(await page.getByRole("banner").getByRole("link", { name: "Talk to a person" }).getAttribute("href")).toBe(
      "/en/contact",
    );
    await page.close();
  });

  it("shows them in French, and the language switcher goes back and forth", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${app.url}/en`);
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
    await page.waitForURL(`${app.url}/fr`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Comment pouvons-nous vous aider ?",
    );
    const names = await page.getByTestId("categories").getByRole("heading", { level: 3 }).allTextContents();
    expect(names).toEqual([
      "Commandes et suivi",
      "Livraison",
      "Retours et remboursements",
      "Paiement et validation de commande",
      "Compte et connexion",
      "Produits et tailles",
    ]);
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "English" }).click();
    await page.waitForURL(`${app.url}/en`);
    await page.close();
  });

  it("sends / to the shopper's language and unknown locales to a 404", async () => {
    const context = await session.browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto(app.url);
    expect(new URL(page.url()).pathname).toBe("/fr");
    const missing = await page.goto(`${app.url}/xx`);
    expect(missing?.status()).toBe(404);
    await context.close();
  });
});
