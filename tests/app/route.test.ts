import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/route";

function visit(acceptLanguage?: string) {
  return GET(
    new NextRequest("http://0.0.0.0:3000/", { headers: acceptLanguage ? { "accept-language": acceptLanguage } : {} }),
  );
}

describe("GET /", () => {
  it("sends the shopper to their language, on whatever host they used", () => {
    const response = visit("fr-CH, fr;q=0.9, en;q=0.8");
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("/fr");
    expect(response.headers.get("vary")).toBe("Accept-Language");
  });

  it("falls back to the default locale", () => {
    expect(visit("ja").headers.get("location")).toBe("/en");
    expect(visit().headers.get("location")).toBe("/en");
  });
});
