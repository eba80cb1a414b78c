import { beforeEach, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/conversations/route";
import { db } from "@/lib/db";
import { signIdentity } from "@/lib/widget/verify-identity";
import { shopperCall } from "../../app/api/v1/conversations/shopper";

const SECRET = "shop-secret-for-identity-tests-0123456789";

async function setSetting(key: string, value: unknown) {
  await db.setting.upsert({
    where: { key },
    create: { key, value: value as never },
    update: { value: value as never },
  });
}

function start(identity: Record<string, unknown>) {
  return shopperCall(createRoute, {
    path: "/api/v1/conversations",
    body: { message: "Where is my order?", locale: "en", email: "ada@shop.example", identity },
  });
}

async function visitorOf(conversationId: string) {
  const conversation = await db.conversation.findUniqueOrThrow({
    where: { id: conversationId },
    select: { visitor: { select: { externalId: true, externalIdVerified: true, email: true, name: true } } },
  });
  return conversation.visitor;
}

beforeEach(async () => {
  await setSetting("widget.identitySecret", SECRET);
  await setSetting("widget.enforceIdentity", false);
});

describe("a conversation started with the shop's identity", () => {
  it("stores a correctly signed customer as verified", async () => {
    const { status, body } = await start({
      id: "cust-42",
      email: "ada@shop.example",
      name: "Ada",
      signature: signIdentity("cust-42", SECRET),
    });
    expect(status).toBe(201);
    expect(await visitorOf(body.conversation.id)).toEqual({
      externalId: "cust-42",
      externalIdVerified: true,
      email: "ada@shop.example",
      name: "Ada",
    });
  });

  it("keeps an unsigned or badly signed claim, marked unverified, when enforcement is off", async () => {
    const { body } = await start({ id: "cust-43", signature: signIdentity("someone-else", SECRET) });
    expect(await visitorOf(body.conversation.id)).toMatchObject({ externalId: "cust-43", externalIdVerified: false });
  });

  it("refuses a forged or missing signature when enforcement is on: nobody posts as someone else", async () => {
    await setSetting("widget.enforceIdentity", true);
    const forged = await start({ id: "cust-44", signature: signIdentity("cust-44", "not-the-secret") });
    expect(forged.status).toBe(403);
    const unsigned = await start({ id: "cust-44" });
    expect(unsigned.status).toBe(400);
    expect(await db.visitor.count({ where: { externalId: "cust-44" } })).toBe(0);
  });
});
