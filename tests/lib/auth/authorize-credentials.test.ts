import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/auth-options";
import { authorizeCredentials, clientIp } from "@/lib/auth/authorize-credentials";
import { ACCOUNT_ATTEMPTS, closeSignInLimiters, IP_ATTEMPTS } from "@/lib/auth/sign-in-rate-limit";
import { db } from "@/lib/db";
import { createUser } from "@/lib/user/create-user";

const password = "correct horse battery";
let editorEmail: string;

function uniqueIp(): string {
  return `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
}

async function newUser(role: "ADMIN" | "EDITOR" | "AGENT" = "EDITOR") {
  return createUser(db, { email: `${randomUUID().slice(0, 8)}@shop.example`, password, role });
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "signed in",
    (error: Error) => error.message,
  );
}

beforeAll(async () => {
  editorEmail = (await newUser("EDITOR")).email;
});

afterAll(closeSignInLimiters);

describe("authorizeCredentials", () => {
  it("signs a staff member in with the right password, whatever the email's case", async () => {
    const staff = await authorizeCredentials({ email: editorEmail.toUpperCase(), password }, { ip: uniqueIp() });
    expect(staff).toMatchObject({ email: editorEmail, role: "EDITOR" });
    expect(staff).not.toHaveProperty("passwordHash");
  });

  it("refuses a wrong password and an unknown email with the same error", async () => {
    await expect(
      refusal(authorizeCredentials({ email: editorEmail, password: "nope-nope" }, { ip: uniqueIp() })),
    ).resolves.toBe("CredentialsSignin");
    await expect(
      refusal(authorizeCredentials({ email: "nobody@shop.example", password }, { ip: uniqueIp() })),
    ).resolves.toBe("CredentialsSignin");
    await expect(refusal(authorizeCredentials({ email: editorEmail }, { ip: uniqueIp() }))).resolves.toBe(
      "CredentialsSignin",
    );
  });

  it("refuses a disabled account even with the right password", async () => {
    const user = await newUser("ADMIN");
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await expect(refusal(authorizeCredentials({ email: user.email, password }, { ip: uniqueIp() }))).resolves.toBe(
      "AccountDisabled",
    );
  });

  it(`locks an account after ${ACCOUNT_ATTEMPTS} failed attempts, from any address, even with the right password`, async () => {
    const user = await newUser();
    for (let attempt = 0; attempt < ACCOUNT_ATTEMPTS; attempt++) {
      await expect(
        refusal(authorizeCredentials({ email: user.email, password: `wrong-${attempt}` }, { ip: uniqueIp() })),
      ).resolves.toBe("CredentialsSignin");
    }
    await expect(refusal(authorizeCredentials({ email: user.email, password }, { ip: uniqueIp() }))).resolves.toBe(
      "RateLimited",
    );
    // Other accounts are not affected.
    await expect(authorizeCredentials({ email: editorEmail, password }, { ip: uniqueIp() })).resolves.toMatchObject({
      email: editorEmail,
    });
  });

  it("forgives earlier failures after a successful sign-in", async () => {
    const user = await newUser();
    const ip = uniqueIp();
    for (let round = 0; round < 2; round++) {
      for (let attempt = 0; attempt < ACCOUNT_ATTEMPTS - 1; attempt++) {
        await refusal(authorizeCredentials({ email: user.email, password: "wrong-password" }, { ip }));
      }
      await expect(authorizeCredentials({ email: user.email, password }, { ip })).resolves.toMatchObject({
        id: user.id,
      });
    }
  });

  it(`limits one address to ${IP_ATTEMPTS} attempts across accounts`, async () => {
    const ip = uniqueIp();
    for (let attempt = 0; attempt < IP_ATTEMPTS; attempt++) {
      await refusal(
        authorizeCredentials({ email: `guess-${attempt}@shop.example`, password: "wrong-password" }, { ip }),
      );
    }
    await expect(refusal(authorizeCredentials({ email: editorEmail, password }, { ip }))).resolves.toBe("RateLimited");
    await expect(authorizeCredentials({ email: editorEmail, password }, { ip: uniqueIp() })).resolves.toMatchObject({
      email: editorEmail,
    });
  });

  it("takes the client address from the proxy's X-Forwarded-For", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.8" }))).toBe("203.0.113.8");
    expect(clientIp({})).toBe("unknown");
  });
});

describe("next-auth session callback", () => {
  const jwt = authOptions().callbacks!.jwt!;

  it("keeps the session of an active user and ends the session of a disabled one", async () => {
    const user = await newUser("AGENT");
    const token = { sub: user.id, name: user.name, email: user.email };
    await expect(jwt({ token } as never)).resolves.toMatchObject({ sub: user.id });
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    await expect(jwt({ token } as never)).rejects.toThrow("AccountDisabled");
  });
});
