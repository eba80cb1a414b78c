import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import getPort from "get-port";
import type { BrowserContext, Frame, Page } from "playwright-core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedBrowser } from "../support/browser";
import { privateApp } from "../support/seeded-app";

// A shop on another origin embeds the one-line snippet; the widget must work there, and only
// there. The shop is served by a small static server: http://localhost:<port> is allowed,
// http://127.0.0.1:<port> (the same server, another origin) is not.

const app = privateApp();
const session = sharedBrowser();
const secret = "e2e-widget-identity-secret";
let database: pg.Client;
let shopServer: Server;
let shopOrigin: string;
let otherOrigin: string;

/** The shop's page: the queue stub, then whatever calls the page makes, then the snippet. */
function shopPage(calls: string): string {
  return `<!doctype html><html lang="en"><head><title>Brindille shop</title>
<style>button, div, iframe { all: unset; color: red !important; font-size: 40px !important; }</style></head>
<body><h1>Checkout</h1>
<script>window.Guichet||(Guichet={q:[]},"open close setContext identify on".split(" ").forEach(function(m){Guichet[m]=function(){Guichet.q.push([m,arguments])}}));
window.widgetEvents=[];["conversation:started","message:received","identity"].forEach(function(n){Guichet.on(n,function(d){widgetEvents.push({name:n,data:d})})});
${calls}</script>
<script src="${app.url}/widget.js" data-locale="en" async></script></body></html>`;
}

async function setSetting(key: string, value: unknown) {
  await database.query(
    `INSERT INTO "Setting" (key, value, "updatedAt") VALUES ($1, $2::jsonb, now())
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`,
    [key, JSON.stringify(value)],
  );
}

const pages = new Map<string, string>();

beforeAll(async () => {
  database = new pg.Client({ connectionString: app.databaseUrl });
  await database.connect();
  const port = await getPort();
  shopOrigin = `http://localhost:${port}`;
  otherOrigin = `http://127.0.0.1:${port}`;
  shopServer = createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? "/", shopOrigin).pathname);
    response.writeHead(html ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    response.end(html ?? "not found");
  });
  await new Promise<void>((resolve) => shopServer.listen(port, "127.0.0.1", resolve));
  await setSetting("widget.allowedOrigins", [shopOrigin]);
  await setSetting("widget.identitySecret", secret);
});

afterAll(async () => {
  await new Promise((resolve) => shopServer?.close(resolve));
  await database?.end();
});

/** The launcher's host: the button itself sits in a closed shadow root, out of the page's reach. */
function launcher(page: Page) {
  return page.locator('div[style*="2147483000"]');
}

async function openPanel(page: Page): Promise<Frame> {
  const box = await launcher(page).boundingBox();
  if (!box) throw new Error("No launcher");
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return panelFrame(page);
}

async function panelFrame(page: Page): Promise<Frame> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const frame = page.frames().find((candidate) => candidate.url().startsWith(`${app.url}/widget?`));
    if (frame) {
      await frame.locator("main").waitFor();
      return frame;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("The panel did not load");
}

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function shopper(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.browser.newContext({ locale: "en-US" });
  return { context, page: await context.newPage() };
}

describe("the widget on a shop's page", () => {
  it("shows a launcher the shop's CSS cannot touch, and loads the panel only when opened", async () => {
    pages.set("/plain", shopPage(""));
    const { context, page } = await shopper();
    try {
      await page.goto(`${shopOrigin}/plain`);
      await launcher(page).waitFor({ timeout: 15_000 });
      const box = await launcher(page).boundingBox();
      expect(box && Math.round(box.width)).toBe(56);
      expect(page.frames()).toHaveLength(1);
      const panel = await openPanel(page);
      await panel.getByRole("combobox", { name: "Search the help center" }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("suggests payment and delivery articles on a checkout page, and answers a search", async () => {
    pages.set("/checkout", shopPage(`Guichet.setContext({ pageType: "checkout", cartValue: 89.9 });`));
    const { context, page } = await shopper();
    try {
      await page.goto(`${shopOrigin}/checkout`);
      await launcher(page).waitFor({ timeout: 15_000 });
      const panel = await openPanel(page);
      const suggested = panel.locator("section").filter({ hasText: "Suggested for this page" });
      await suggested.getByRole("button", { name: /Which payment methods do you accept\?/ }).waitFor();
      await suggested.getByRole("button", { name: /How long does delivery take/ }).waitFor();
      await expect(suggested.getByRole("button").count()).resolves.toBe(5);

      const box = panel.getByRole("combobox", { name: "Search the help center" });
      await box.pressSequentially("how do i retrun an item", { delay: 30 });
      const first = panel.getByRole("listbox").getByRole("option").first();
      await first.filter({ hasText: "How do I return an item?" }).waitFor({ timeout: 15_000 });
      await box.press("ArrowDown");
      expect(await first.getAttribute("aria-selected")).toBe("true");
      await box.press("Enter");
      await panel.getByRole("heading", { name: "How do I return an item?" }).waitFor();
      await panel.getByRole("button", { name: "Talk to a person" }).waitFor();

      const events = await eventually(
        () =>
          database.query(
            `SELECT e.query, t.slug FROM "SearchEvent" e LEFT JOIN "ArticleTranslation" t ON t.id = e."clickedTranslationId"
             WHERE e.query = 'how do i retrun an item'`,
          ),
        (result) => result.rows[0]?.slug === "return-an-item",
      );
      expect(events.rows).toEqual([{ query: "how do i retrun an item", slug: "return-an-item" }]);
    } finally {
      await context.close();
    }
  });

  it("refuses a page of an origin that is not allowed, saying so in the console", async () => {
    pages.set("/elsewhere", shopPage(""));
    const { context, page } = await shopper();
    try {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      await page.goto(`${otherOrigin}/elsewhere`);
      const refusal = await eventually(
        async () => errors.find((text) => text.startsWith("Guichet:")),
        (text) => !!text,
      );
      expect(refusal).toContain(`${otherOrigin} is not an allowed origin`);
      await page.evaluate(() => (window as unknown as { Guichet: { open(): void } }).Guichet.open());
      await new Promise((resolve) => setTimeout(resolve, 500));
      await expect(launcher(page).count()).resolves.toBe(0);
      expect(page.frames()).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  it("shows a correctly signed identity as verified, and rejects a bad one under enforcement", async () => {
    const signature = createHmac("sha256", secret).update("customer-42").digest("hex");
    pages.set(
      "/signed",
      shopPage(
        `Guichet.identify({ id: "customer-42", email: "ada@example.com", name: "Ada", signature: "${signature}" });`,
      ),
    );
    pages.set(
      "/forged",
      shopPage(
        `Guichet.identify({ id: "customer-7", email: "eve@example.com", name: "Eve", signature: "${signature}" });`,
      ),
    );
    const { context, page } = await shopper();
    try {
      await page.goto(`${shopOrigin}/signed`);
      await launcher(page).waitFor({ timeout: 15_000 });
      let panel = await openPanel(page);
      await panel.getByTestId("identity").filter({ hasText: "Signed in as Ada · verified" }).waitFor();

      await setSetting("widget.enforceIdentity", true);
      await page.goto(`${shopOrigin}/forged`);
      await launcher(page).waitFor({ timeout: 15_000 });
      panel = await openPanel(page);
      await panel.getByTestId("identity").filter({ hasText: "could not be verified" }).waitFor();
      const events = await page.evaluate(() => (window as unknown as { widgetEvents: unknown[] }).widgetEvents);
      expect(events).toContainEqual({ name: "identity", data: { verified: false, error: expect.any(String) } });
    } finally {
      await setSetting("widget.enforceIdentity", false);
      await context.close();
    }
  });
});

describe("escalation from the widget", () => {
  it("reaches an agent with the shop's context, and the agent's reply appears in the widget, across pages", async () => {
    const agentContext = await session.browser.newContext({ locale: "en-US" });
    const agent = await agentContext.newPage();
    await agent.goto(`${app.url}/console/sign-in?callbackUrl=/console/inbox`);
    await agent.getByLabel("Email").fill("sam@brindille.example");
    await agent.getByLabel("Password").fill("guichet-agent");
    await agent.getByRole("button", { name: "Sign in" }).click();
    await agent.waitForURL(`${app.url}/console/inbox`);
    const presence = await agent.request.put(`${app.url}/api/v1/console/presence`, {
      data: { availability: "ONLINE" },
    });
    expect(presence.status()).toBe(200);

    pages.set(
      "/checkout-2",
      shopPage(`Guichet.setContext({ pageType: "checkout", orderId: "BR-777", cartValue: 42 });`),
    );
    pages.set("/thanks", shopPage(""));
    const { context, page } = await shopper();
    try {
      await page.goto(`${shopOrigin}/checkout-2`);
      await launcher(page).waitFor({ timeout: 15_000 });
      const panel = await openPanel(page);
      const box = panel.getByRole("combobox", { name: "Search the help center" });
      await box.pressSequentially("zanzibar voucher", { delay: 30 });
      await panel.getByText("No article matches").waitFor({ timeout: 15_000 });
      await panel.getByRole("button", { name: "Talk to a person" }).click();
      const question = panel.getByLabel("Your question");
      expect(await question.inputValue()).toBe("zanzibar voucher");
      await question.fill("zanzibar voucher: my voucher is refused at checkout");
      await panel.getByText("Someone is available now.").waitFor();
      await panel.getByRole("button", { name: "Start the conversation" }).click();
      await panel.getByRole("log").getByText("my voucher is refused at checkout").waitFor({ timeout: 15_000 });

      const { rows } = await database.query(
        `SELECT id, topic, "searchQuery", "pageUrl", context FROM "Conversation" WHERE "searchQuery" = 'zanzibar voucher'`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        topic: "CHECKOUT",
        pageUrl: `${shopOrigin}/checkout-2`,
        context: expect.objectContaining({ pageType: "checkout", orderId: "BR-777", cartValue: 42 }),
      });
      const id = rows[0].id as string;
      const started = await page.evaluate(() => (window as unknown as { widgetEvents: unknown[] }).widgetEvents);
      expect(started).toContainEqual({ name: "conversation:started", data: expect.objectContaining({ id }) });

      // The agent, in a second browser, sees it arrive in the inbox (auto-assigned), opens it with
      // the shop's context and answers from the composer.
      const mine = agent.getByTestId("inbox-mine").getByRole("button", { name: /my voucher is refused/ });
      await mine.waitFor({ timeout: 15_000 });
      await mine.click();
      await agent.getByTestId("shopper-context").getByText(`${shopOrigin}/checkout-2`).waitFor();
      const reply = agent.getByLabel("Your message");
      await reply.fill("Hello from Sam: let me check that voucher.");
      await reply.press("Enter");
      await panel.getByRole("log").getByText("let me check that voucher").waitFor({ timeout: 15_000 });
      await eventually(
        () => page.evaluate(() => (window as unknown as { widgetEvents: { name: string }[] }).widgetEvents),
        (events) => events.some((event) => event.name === "message:received"),
      );

      // Another page of the shop: the conversation is still there.
      await page.goto(`${shopOrigin}/thanks`);
      await launcher(page).waitFor({ timeout: 15_000 });
      const again = await openPanel(page);
      await again.getByRole("log").getByText("let me check that voucher").waitFor({ timeout: 15_000 });
      await again.getByRole("log").getByText("my voucher is refused at checkout").waitFor();
    } finally {
      await context.close();
      await agent.request.put(`${app.url}/api/v1/console/presence`, { data: { availability: "OFFLINE" } });
      await agentContext.close();
    }
  });
});
