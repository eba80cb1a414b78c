import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { loadWidgetSettings, type WidgetSettings } from "@/lib/widget/widget-settings";

export const ZIdentity = z.object({
  id: z.string({ error: "is required: the shop's customer id" }).trim().min(1).max(200),
  email: z.email({ error: "must be an email address" }).max(254).optional(),
  name: z.string().trim().min(1).max(100).optional(),
  signature: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, { error: "must be the hex HMAC-SHA256 of the id" })
    .optional(),
});

export type TIdentity = z.infer<typeof ZIdentity>;

/** What the shop computes on its server: hex HMAC-SHA256 of the customer id, keyed with the secret. */
export function signIdentity(id: string, secret: string): string {
  return createHmac("sha256", secret).update(id, "utf8").digest("hex");
}

/** True when `signature` is the HMAC of `id` under `secret`; compared in constant time. */
export function isValidSignature(id: string, signature: string | undefined, secret: string | null): boolean {
  if (!secret || !signature || !/^[0-9a-fA-F]{64}$/.test(signature)) return false;
  const expected = Buffer.from(signIdentity(id, secret), "hex");
  return timingSafeEqual(expected, Buffer.from(signature, "hex"));
}

export type VerifiedIdentity = { id: string; email?: string; name?: string; verified: boolean };

/**
 * Checks the identity a shop page claims for its shopper. Without enforcement an unsigned or
 * badly signed claim is kept, marked unverified; with enforcement it is refused (400 when the
 * signature is missing, 403 when it is wrong), so nobody can pose as another customer.
 */
export function checkIdentity(
  identity: TIdentity,
  settings: Pick<WidgetSettings, "identitySecret" | "enforceIdentity">,
): VerifiedIdentity {
  const verified = isValidSignature(identity.id, identity.signature, settings.identitySecret);
  if (!verified && settings.enforceIdentity) {
    if (!identity.signature) {
      throw new AppError("INVALID_INPUT", "This help center requires a signed identity: send `signature`.", {
        field: "signature",
      });
    }
    throw new AppError("FORBIDDEN", "The identity signature does not match this customer id.");
  }
  return { id: identity.id, email: identity.email, name: identity.name, verified };
}

/** checkIdentity with the settings of the Setting table; what conversation creation should call. */
export async function verifyIdentity(identity: TIdentity): Promise<VerifiedIdentity> {
  return checkIdentity(ZIdentity.parse(identity), await loadWidgetSettings());
}
