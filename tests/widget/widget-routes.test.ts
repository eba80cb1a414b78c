import { createHmac } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as identify } from "@/app/api/v1/widget/identify/route";
import { GET as config } from "@/app/api/v1/widget/config/route";
import { GET as suggestions } from "@/app/api/v1/widget/suggestions/route";
import { GET as panel } from "@/app/widget/route";
import { db } from "@/lib/db";
import { seedDemo } from "@/lib/seed/seed-demo";

const shop = "https://shop.example";
const secret = "widget-test-secret";

async function call(
  handler: (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
) {
  const response = await handler(
    new NextRequest(new URL(url, "http://localhost:3000"), {
      method: init.method ?? "GET",
      headers: init.headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
    { params: Promise.resolve({}) },
  );
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

beforeAll(async () => {
  await seedDemo(db);
  await db.setting.createMany({
    data: [
      { key: "widget.allowedOrigins", value: [shop, "not an origin"] },
      { key: "widget.identitySecret", value: secret },
    ],
  });
});

describe("GET /api/v1/widget/config", () => {
  it("answers an allowed origin with CORS for that origin only", async () => {
    const { status, headers, text } = await call(config, "/api/v1/widget/config", { headers: { origin: shop } });
    expect(status).toBe(200);
    expect(headers.get("access-control-allow-origin")).toBe(shop);
    expect(headers.get("vary")).toContain("Origin");
    expect(JSON.parse(text)).toMatchObject({ locales: ["en", "fr"], color: expect.stringMatching(/^#/) });
  });

  it("refuses any other origin without a CORS header, naming it", async () => {
    const { status, headers, text } = await call(config, "/api/v1/widget/config", {
      headers: { origin: "https://evil.example" },
    });
    expect(status).toBe(403);
    expect(headers.get("access-control-allow-origin")).toBeNull();
    expect(JSON.parse(text).error.message).toContain("https://evil.example is not an allowed origin");
  });

  it("allows the app's own origin, and a same-origin request without Origin", async () => {
    const own = await call(config, "/api/v1/widget/config", { headers: { origin: "http://localhost:3000" } });
    expect(own.status).toBe(200);
    expect((await call(config, "/api/v1/widget/config")).status).toBe(200);
  });
});

describe("GET /widget", () => {
  it("serves the panel document, frameable by allowed origins only", async () => {
    const { status, headers, text } = await call(panel, `/widget?locale=fr&origin=${encodeURIComponent(shop)}`);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("text/html");
    const csp = headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/frame-ancestors 'self' http:\/\/localhost:3000 https:\/\/shop\.example(;|$)/);
    expect(csp).toContain("script-src 'self'");
    expect(text).toContain('lang="fr"');
    expect(text).toContain(`data-origin="${shop}"`);
    expect(text).toContain('<script src="/widget/panel.js"');
  });

  it("refuses to be framed for an origin that is not allowed", async () => {
    const { status } = await call(panel, `/widget?origin=${encodeURIComponent("https://evil.example")}`);
    expect(status).toBe(403);
  });
});

describe("GET /api/v1/widget/suggestions", () => {
  it("suggests payment and delivery articles on a checkout page", async () => {
    const { status, text } = await call(suggestions, "/api/v1/widget/suggestions?locale=en&pageType=checkout");
    expect(status).toBe(200);
    const slugs: string[] = JSON.parse(text).articles.map((article: { slug: string }) => article.slug);
    expect(slugs).toHaveLength(5);
    expect(slugs).toContain("accepted-payment-methods");
    expect(slugs).toContain("delivery-times-and-costs");
    expect(slugs).not.toContain("reset-my-password");
  });

  it("falls back to popular articles without a known context, in the asked language", async () => {
    const { text } = await call(suggestions, "/api/v1/widget/suggestions?locale=fr");
    const articles = JSON.parse(text).articles;
    expect(articles.length).toBeGreaterThan(0);
    const french = await db.articleTranslation.count({
      where: { id: { in: articles.map((a: { id: string }) => a.id) }, locale: "fr" },
    });
    expect(french).toBe(articles.length);
  });

  it("rejects a locale the help center does not serve", async () => {
    expect((await call(suggestions, "/api/v1/widget/suggestions?locale=de")).status).toBe(400);
  });
});

describe("POST /api/v1/widget/identify", () => {
  const signature = createHmac("sha256", secret).update("customer-42").digest("hex");

  it("says whether the identity is verified", async () => {
    const good = await call(identify, "/api/v1/widget/identify", {
      method: "POST",
      body: { id: "customer-42", email: "ada@example.com", signature },
    });
    expect(good.status).toBe(200);
    expect(JSON.parse(good.text)).toMatchObject({ verified: true, identity: { id: "customer-42" } });
    const bad = await call(identify, "/api/v1/widget/identify", {
      method: "POST",
      body: { id: "customer-43", signature },
    });
    expect(JSON.parse(bad.text)).toMatchObject({ verified: false });
  });

  it("rejects missing or bad signatures when enforcement is on", async () => {
    await db.setting.create({ data: { key: "widget.enforceIdentity", value: true } });
    try {
      const missing = await call(identify, "/api/v1/widget/identify", { method: "POST", body: { id: "customer-42" } });
      expect(missing.status).toBe(400);
      const bad = await call(identify, "/api/v1/widget/identify", {
        method: "POST",
        body: { id: "customer-43", signature },
      });
      expect(bad.status).toBe(403);
      const good = await call(identify, "/api/v1/widget/identify", {
        method: "POST",
        body: { id: "customer-42", signature },
      });
      expect(good.status).toBe(200);
    } finally {
      await db.setting.delete({ where: { key: "widget.enforceIdentity" } });
    }
  });
});
