import "server-only";
import { z } from "zod";
import { hashPassword, verifyPassword } from "@/lib/auth/hash-password";
import { consumeSignInAttempt, forgiveSignInAttempt, SignInRateLimited } from "@/lib/auth/sign-in-rate-limit";
import type { Staff } from "@/lib/auth/staff";
import { db } from "@/lib/db";

/**
 * Why a sign-in was refused. next-auth passes the thrown message to the sign-in page as
 * `?error=`, where each code has its own sentence (console.signIn.error.*).
 */
export const SIGN_IN_ERRORS = ["CredentialsSignin", "AccountDisabled", "RateLimited"] as const;
export type SignInErrorCode = (typeof SIGN_IN_ERRORS)[number];

export class SignInError extends Error {
  constructor(readonly code: SignInErrorCode) {
    super(code);
    this.name = "SignInError";
  }
}

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320),
  password: z.string().min(1).max(256),
});

let dummyHash: Promise<string> | undefined;

/** Verifying against a throwaway hash when the email is unknown keeps both cases equally slow. */
function unknownUserHash(): Promise<string> {
  dummyHash ??= hashPassword("guichet-unknown-user-placeholder");
  return dummyHash;
}

/** The client address for per-IP limits: the first X-Forwarded-For hop (set by the reverse proxy). */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers): string {
  const read = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return read("x-forwarded-for")?.split(",")[0]?.trim() || read("x-real-ip")?.trim() || "unknown";
}

/**
 * Checks an email and password for next-auth's Credentials provider. Every attempt counts
 * against the account and the address first; a disabled account is refused even with the
 * right password. Throws SignInError; returns the staff member on success.
 */
export async function authorizeCredentials(credentials: unknown, { ip }: { ip: string }): Promise<Staff> {
  const parsed = ZCredentials.safeParse(credentials);
  if (!parsed.success) throw new SignInError("CredentialsSignin");
  const { email, password } = parsed.data;

  try {
    await consumeSignInAttempt({ email, ip });
  } catch (error) {
    if (error instanceof SignInRateLimited) throw new SignInError("RateLimited");
    throw error;
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? (await unknownUserHash()), password);
  if (!user || !valid) throw new SignInError("CredentialsSignin");
  if (user.disabledAt) throw new SignInError("AccountDisabled");

  await forgiveSignInAttempt({ email, ip });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
