import "server-only";
import { decode, encode } from "next-auth/jwt";
import { env } from "@/lib/env";

// next-auth keeps the session in a signed, encrypted JWT cookie. The console's guard reads it
// itself (rather than through getServerSession) so that route handlers, pages and tests all
// resolve the caller the same way, from a Cookie header.

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

const COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header?.split(";") ?? []) {
    const index = part.indexOf("=");
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    const value = part.slice(index + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      cookies.set(name, value);
    }
  }
  return cookies;
}

/** The raw session token in a Cookie header, reassembling next-auth's chunks (`name.0`, `name.1`…). */
function sessionTokenFrom(header: string | null): string | undefined {
  const cookies = parseCookies(header);
  for (const name of COOKIE_NAMES) {
    if (cookies.has(name)) return cookies.get(name);
    const chunks = [...cookies.entries()]
      .filter(([key]) => key.startsWith(`${name}.`))
      .sort(([a], [b]) => Number(a.slice(name.length + 1)) - Number(b.slice(name.length + 1)));
    if (chunks.length) return chunks.map(([, value]) => value).join("");
  }
  return undefined;
}

/** The user id of a valid session cookie, or undefined (no cookie, tampered, expired). */
export async function sessionUserId(cookieHeader: string | null): Promise<string | undefined> {
  const token = sessionTokenFrom(cookieHeader);
  if (!token) return undefined;
  const decoded = await decode({ token, secret: env().NEXTAUTH_SECRET }).catch(() => null);
  return typeof decoded?.sub === "string" ? decoded.sub : undefined;
}

/** A Cookie header value holding a session for `userId`, as next-auth would set it (for tests and scripts). */
export async function sessionCookieFor(userId: string): Promise<string> {
  const token = await encode({
    token: { sub: userId },
    secret: env().NEXTAUTH_SECRET,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return `next-auth.session-token=${token}`;
}
