import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authorizeCredentials, clientIp } from "@/lib/auth/authorize-credentials";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-token";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export const SIGN_IN_PATH = "/console/sign-in";

/**
 * next-auth's configuration: email + password, JWT sessions. Built on demand because it needs
 * the configuration, which `next build` does not have.
 */
export function authOptions(): AuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: (credentials, request) => authorizeCredentials(credentials, { ip: clientIp(request.headers ?? {}) }),
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) return { sub: user.id, name: user.name, email: user.email };
        // A disabled or deleted account loses its session: throwing here makes next-auth clear the cookie.
        const current = token.sub
          ? await db.user.findUnique({
              where: { id: token.sub },
              select: { name: true, email: true, disabledAt: true },
            })
          : null;
        if (!current || current.disabledAt) throw new Error("AccountDisabled");
        return { ...token, name: current.name, email: current.email };
      },
      session({ session, token }) {
        return { ...session, user: { ...session.user, name: token.name, email: token.email } };
      },
    },
  };
}
