import { beforeAll, describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { createApiToken } from "@/lib/auth/create-api-token";
import { resolveStaffOrThrow } from "@/lib/auth/require-staff";
import { db } from "@/lib/db";
import { createUser } from "@/lib/user/create-user";
import { listApiTokens } from "@/lib/user/queries";
import { revokeApiToken } from "@/lib/user/revoke-api-token";
import { updateAccount } from "@/lib/user/update-account";
import { updateUser } from "@/lib/user/update-user";

let admin: { id: string; email: string; name: string; role: "ADMIN" };

beforeAll(async () => {
  const created = await createUser(db, { email: "root@shop.example", password: "a-long-password", role: "ADMIN" });
  admin = { ...created, role: "ADMIN" };
});

function newAgent(local: string) {
  return createUser(db, { email: `${local}@shop.example`, password: "agent-password", role: "AGENT" });
}

describe("updateUser", () => {
  it("changes role and capacity, audit-logging what changed", async () => {
    const agent = await newAgent("ana");
    const updated = await updateUser(db, agent.id, { role: "editor", maxConcurrentChats: 5 }, { actorId: admin.id });
    expect(updated).toMatchObject({ role: "EDITOR", maxConcurrentChats: 5, disabledAt: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: agent.id, action: "user.role" } });
    expect(audit.data).toEqual({ role: { from: "AGENT", to: "EDITOR" }, maxConcurrentChats: { from: 3, to: 5 } });
  });

  it("disables an account: its API tokens and sign-in stop working at once; enabling brings them back", async () => {
    const agent = await newAgent("bob");
    const { token } = await createApiToken(db, { email: agent.email, label: "script" });
    const headers = new Headers({ authorization: `Bearer ${token}` });
    await expect(resolveStaffOrThrow(headers)).resolves.toMatchObject({ id: agent.id });

    await updateUser(db, agent.id, { disabled: true }, { actorId: admin.id });
    await expect(resolveStaffOrThrow(headers)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(
      authorizeCredentials({ email: agent.email, password: "agent-password" }, { ip: "203.0.113.7" }),
    ).rejects.toThrow();

    await updateUser(db, agent.id, { disabled: false }, { actorId: admin.id });
    await expect(resolveStaffOrThrow(headers)).resolves.toMatchObject({ id: agent.id });
    const actions = await db.auditLog.findMany({ where: { targetId: agent.id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((entry) => entry.action)).toEqual(["user.create", "user.disable", "user.enable"]);
  });

  it("will not let admins disable or demote themselves", async () => {
    await expect(updateUser(db, admin.id, { disabled: true }, { actorId: admin.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(updateUser(db, admin.id, { role: "AGENT" }, { actorId: admin.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(updateUser(db, "nobody", { name: "X" }, { actorId: admin.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("updateAccount", () => {
  it("changes one's name, and the password only with the current one", async () => {
    const agent = await newAgent("cleo");
    await expect(updateAccount(db, agent.id, { name: "Cléo" })).resolves.toMatchObject({ name: "Cléo" });
    await expect(
      updateAccount(db, agent.id, { currentPassword: "wrong-password", newPassword: "a-new-password" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateAccount(db, agent.id, { newPassword: "a-new-password" })).rejects.toThrow(
      /current password is needed/,
    );
    await updateAccount(db, agent.id, { currentPassword: "agent-password", newPassword: "a-new-password" });
    await expect(
      authorizeCredentials({ email: agent.email, password: "a-new-password" }, { ip: "203.0.113.8" }),
    ).resolves.toMatchObject({ id: agent.id });
  });
});

describe("revokeApiToken", () => {
  it("revokes one's own token; someone else's is not found, except for an admin", async () => {
    const owner = await newAgent("dan");
    const other = await newAgent("eve");
    const ownerStaff = { ...owner, role: "AGENT" as const };
    const otherStaff = { ...other, role: "AGENT" as const };
    const first = await createApiToken(db, { email: owner.email, label: "first" });
    const second = await createApiToken(db, { email: owner.email, label: "second" });

    await expect(revokeApiToken(db, first.id, otherStaff)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeApiToken(db, first.id, ownerStaff);
    await revokeApiToken(db, first.id, ownerStaff);
    await revokeApiToken(db, second.id, admin);

    const tokens = await listApiTokens(owner.id);
    expect(tokens.map((token) => [token.label, token.revokedAt !== null])).toEqual([
      ["second", true],
      ["first", true],
    ]);
    expect(JSON.stringify(tokens)).not.toContain("tokenHash");
    await expect(resolveStaffOrThrow(new Headers({ authorization: `Bearer ${first.token}` }))).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(db.auditLog.count({ where: { action: "api_token.revoke" } })).resolves.toBe(2);
  });
});
