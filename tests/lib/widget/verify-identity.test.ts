import { createHmac } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkIdentity, isValidSignature, signIdentity, verifyIdentity } from "@/lib/widget/verify-identity";
import { ENFORCE_IDENTITY_KEY } from "@/lib/widget/widget-settings";

const secret = "s3cret-of-the-shop";
const good = createHmac("sha256", secret).update("customer-42").digest("hex");

async function setSetting(key: string, value: unknown) {
  await db.setting.upsert({
    where: { key },
    create: { key, value: value as never },
    update: { value: value as never },
  });
}

describe("isValidSignature", () => {
  it("accepts the hex HMAC-SHA256 of the id, in either case, and nothing else", () => {
    expect(signIdentity("customer-42", secret)).toBe(good);
    expect(isValidSignature("customer-42", good, secret)).toBe(true);
    expect(isValidSignature("customer-42", good.toUpperCase(), secret)).toBe(true);
    expect(isValidSignature("customer-43", good, secret)).toBe(false);
    expect(isValidSignature("customer-42", good, "another-secret")).toBe(false);
    expect(isValidSignature("customer-42", good.slice(0, 63), secret)).toBe(false);
    expect(isValidSignature("customer-42", "zz" + good.slice(2), secret)).toBe(false);
    expect(isValidSignature("customer-42", undefined, secret)).toBe(false);
    expect(isValidSignature("customer-42", good, null)).toBe(false);
  });
});

describe("checkIdentity", () => {
  const open = { identitySecret: secret, enforceIdentity: false };
  const enforced = { identitySecret: secret, enforceIdentity: true };

  it("marks a good signature verified and keeps an unsigned claim as unverified", () => {
    expect(checkIdentity({ id: "customer-42", email: "ada@example.com", signature: good }, open)).toEqual({
      id: "customer-42",
      email: "ada@example.com",
      name: undefined,
      verified: true,
    });
    expect(checkIdentity({ id: "customer-42" }, open).verified).toBe(false);
    expect(checkIdentity({ id: "customer-7", signature: good }, open).verified).toBe(false);
  });

  it("with enforcement, refuses a missing signature (400) and a wrong one (403)", () => {
    const missing = (() => {
      try {
        checkIdentity({ id: "customer-42" }, enforced);
      } catch (error) {
        return error;
      }
    })();
    expect(missing).toBeInstanceOf(AppError);
    expect((missing as AppError).status).toBe(400);
    expect(() => checkIdentity({ id: "customer-7", signature: good }, enforced)).toThrow(
      expect.objectContaining({ code: "FORBIDDEN" }),
    );
    expect(checkIdentity({ id: "customer-42", signature: good }, enforced).verified).toBe(true);
  });

  it("with enforcement and no secret made yet, refuses everyone rather than trusting claims", () => {
    expect(() =>
      checkIdentity({ id: "customer-42", signature: good }, { identitySecret: null, enforceIdentity: true }),
    ).toThrow(AppError);
  });
});

describe("verifyIdentity", () => {
  beforeEach(async () => {
    await db.setting.deleteMany({ where: { key: { in: ["widget.identitySecret", ENFORCE_IDENTITY_KEY] } } });
  });

  it("reads the secret and the enforcement flag from the settings", async () => {
    await expect(verifyIdentity({ id: "customer-42", signature: good })).resolves.toMatchObject({ verified: false });
    await setSetting("widget.identitySecret", secret);
    await expect(verifyIdentity({ id: "customer-42", signature: good })).resolves.toMatchObject({ verified: true });
    await setSetting(ENFORCE_IDENTITY_KEY, true);
    await expect(verifyIdentity({ id: "customer-42" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(verifyIdentity({ id: "customer-1", signature: good })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
