import type { BrowserContext, Page } from "playwright-core";
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

async function setAutoAssign(on: boolean) {
  await database.query(
    `INSERT INTO "Setting" (key, value, "updatedAt") VALUES ('chat.autoAssign', $1::jsonb, now())
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`,
    [JSON.stringify(on)],
  );
}

/** An agent signed in through the sign-in page, on the inbox, online. */
async function agentOnInbox(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto(`${app.url}/console/sign-in?callbackUrl=/console/inbox`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("guichet-agent");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${app.url}/console/inbox`);
  const online = page.getByRole("group", { name: "Your status" }).getByRole("button", { name: "Online" });
  await online.click();
  await page.locator('button[aria-pressed="true"]', { hasText: "Online" }).waitFor();
  return { context, page };
}

async function escalateFailedSearch(page: Page, question: string) {
  await page.goto(`${app.url}/en`);
  const box = page.getByRole("combobox", { name: "Search the help center" });
  await box.click();
  await box.pressSequentially(question, { delay: 30 });
  const offer = page.getByRole("search").getByRole("link", { name: "Talk to a person" }).first();
  await offer.waitFor({ timeout: 15_000 });
  await offer.click();
  await page.waitForURL(/\/en\/contact\?q=/);
}

function messageLog(page: Page) {
  return page.getByRole("log");
}

describe("a shopper escalates to a person, live", () => {
  it("goes from a failed search to a claimed, answered, resolved and rated conversation without a reload", async () => {
    // The queue, then a claim: with auto-assignment the conversation would skip the queue.
    await setAutoAssign(false);
    const agent = await agentOnInbox("camille@brindille.example");
    const shopperContext = await session.browser.newContext({ locale: "en-US" });
    const shopper = await shopperContext.newPage();
    try {
      await escalateFailedSearch(shopper, "xylophone quantum");
      const question = shopper.getByLabel("Your question");
      expect(await question.inputValue()).toBe("xylophone quantum");
      await shopper.getByTestId("availability").filter({ hasText: "available now" }).waitFor();
      await question.fill("xylophone quantum: my payment fails at checkout");
      await shopper.getByLabel("Paying or placing an order").check();
      await shopper.getByRole("button", { name: "Start the conversation" }).click();

      const status = shopper.getByTestId("conversation-status");
      await status.filter({ hasText: "in line" }).waitFor();
      await messageLog(shopper).getByText("my payment fails at checkout").waitFor();

      // The agent's inbox shows it without a reload, with its wait ticking.
      const queued = agent.page
        .getByTestId("inbox-queue")
        .getByRole("button", { name: /my payment fails at checkout/ });
      await queued.waitFor({ timeout: 15_000 });
      await expect(queued.getByTestId("waiting").textContent()).resolves.toMatch(/^waiting \d+:\d\d$/);
      await queued.click();
      const context = agent.page.getByTestId("shopper-context");
      await context.getByText("xylophone quantum", { exact: true }).waitFor();
      await agent.page.getByRole("button", { name: "Claim" }).click();
      await agent.page
        .getByTestId("inbox-mine")
        .getByRole("button", { name: /my payment fails/ })
        .waitFor();
      await status.filter({ hasText: "Camille Martin is answering you." }).waitFor();

      // A canned response: /hello and a space expand to its text.
      const reply = agent.page.getByLabel("Your message");
      await reply.fill("/hello ");
      expect(await reply.inputValue()).toMatch(/^Hi! I'm here to help\./);
      await reply.press("Enter");
      await messageLog(shopper).getByText("Hi! I'm here to help.", { exact: false }).waitFor({ timeout: 15_000 });

      // An article link, found from the composer, reaches the shopper as a working address.
      await agent.page.getByLabel("Insert a link to an article").fill("refund");
      await agent.page
        .getByRole("list", { name: "Articles" })
        .getByRole("button", { name: "When will I get my refund?" })
        .click();
      expect(await reply.inputValue()).toBe(
        `When will I get my refund?: ${app.url}/en/articles/when-will-i-get-my-refund`,
      );
      await reply.press("Enter");
      await messageLog(shopper)
        .getByText(`${app.url}/en/articles/when-will-i-get-my-refund`, { exact: false })
        .waitFor({ timeout: 15_000 });

      const composer = shopper.getByLabel("Your message");
      await composer.fill("It is order BR-123456");
      await composer.press("Enter");
      await messageLog(agent.page).getByText("It is order BR-123456").waitFor({ timeout: 15_000 });
      await shopper.locator('[data-state="sent"]', { hasText: "It is order BR-123456" }).waitFor();

      // A reload keeps the conversation: same messages, same agent.
      await shopper.reload();
      await messageLog(shopper).getByText("It is order BR-123456").waitFor();
      await messageLog(shopper).getByText("Hi! I'm here to help.", { exact: false }).waitFor();
      await status.filter({ hasText: "Camille Martin is answering you." }).waitFor();
      await expect(messageLog(shopper).getByText("It is order BR-123456").count()).resolves.toBe(1);

      await agent.page.getByRole("button", { name: "Resolve" }).click();
      await status.filter({ hasText: "This conversation is resolved." }).waitFor({ timeout: 15_000 });
      await shopper.getByLabel("5 out of 5").check();
      await shopper.getByLabel("Anything to add? (optional)").fill("Quick and kind");
      await shopper.getByRole("button", { name: "Send my rating" }).click();
      await shopper.getByText("Thank you for your rating!").waitFor();

      const { rows } = await database.query(
        `SELECT status, topic, "searchQuery", "csatScore", "csatComment", "firstResponseAt" IS NOT NULL AS answered
         FROM "Conversation" WHERE "searchQuery" = 'xylophone quantum'`,
      );
      expect(rows).toEqual([
        {
          status: "RESOLVED",
          topic: "CHECKOUT",
          searchQuery: "xylophone quantum",
          csatScore: 5,
          csatComment: "Quick and kind",
          answered: true,
        },
      ]);
    } finally {
      await shopperContext.close();
      await agent.context.close();
      await setAutoAssign(true);
    }
  });

  it("assigns a new conversation to the online agent at once and keeps it across a reload, in French", async () => {
    const agent = await agentOnInbox("camille@brindille.example");
    const shopperContext = await session.browser.newContext({ locale: "fr-FR" });
    const shopper = await shopperContext.newPage();
    try {
      await shopper.goto(`${app.url}/fr/contact?article=quand-serai-je-rembourse`);
      const question = shopper.getByLabel("Votre question");
      expect(await question.inputValue()).toBe("Quand serai-je remboursé ?");
      await question.fill("Mon remboursement n'est pas arrivé");
      await shopper.getByRole("button", { name: "Démarrer la conversation" }).click();
      await agent.page
        .getByTestId("inbox-mine")
        .getByRole("button", { name: /Mon remboursement/ })
        .waitFor({ timeout: 15_000 });
      await shopper.getByTestId("conversation-status").filter({ hasText: "vous répond" }).waitFor({ timeout: 15_000 });

      await shopper.reload();
      await messageLog(shopper).getByText("Mon remboursement n'est pas arrivé").waitFor();
      await shopper.getByTestId("conversation-status").filter({ hasText: "vous répond" }).waitFor();
      await agent.page
        .getByTestId("inbox-mine")
        .getByRole("button", { name: /Mon remboursement/ })
        .click();
      await agent.page.getByRole("button", { name: "Resolve" }).click();
      await shopper.getByTestId("csat-form").waitFor({ timeout: 15_000 });
    } finally {
      await shopperContext.close();
      await agent.context.close();
    }
  });
});
