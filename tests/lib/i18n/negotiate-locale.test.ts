import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

describe("negotiateLocale", () => {
  const available = ["en", "fr"];

  it("picks the shopper's preferred language among those offered", () => {
    expect(negotiateLocale("fr-FR,fr;q=0.9,en;q=0.8", available, "en")).toBe("fr");
    expect(negotiateLocale("de-DE,de;q=0.9,en;q=0.5,fr;q=0.7", available, "en")).toBe("fr");
  });

  it("matches a regional tag to its language", () => {
    expect(negotiateLocale("fr-CA", available, "en")).toBe("fr");
    expect(negotiateLocale("en-GB", available, "fr")).toBe("en");
  });

  it("falls back when nothing matches, the header is missing or malformed", () => {
    expect(negotiateLocale("ja,de;q=0.8", available, "en")).toBe("en");
    expect(negotiateLocale(null, available, "fr")).toBe("fr");
    expect(negotiateLocale(";;,q=", available, "en")).toBe("en");
  });

  it("ignores languages the shopper refused with q=0", () => {
    expect(negotiateLocale("fr;q=0, en;q=0.1", available, "fr")).toBe("en");
  });
});
