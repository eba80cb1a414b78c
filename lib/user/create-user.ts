import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/hash-password";
import { STAFF } from "@/lib/auth/roles";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

export const PASSWORD_MIN_LENGTH = 8;

/** Emails are stored lower case, so that sign-in and look-ups do not depend on how they were typed. */
export const ZStaffEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "must be an email address, such as alex@shop.example" }));

export const ZPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: `must be at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(256, { error: "must be at most 256 characters" });

export const ZRole = z
  .string()
  .transform((value) => value.trim().toUpperCase())
  .pipe(z.enum(STAFF, { error: `must be one of ${STAFF.join(", ")}` }));

export const ZCreateUser = z.object({
  email: ZStaffEmail,
  password: ZPassword,
  role: ZRole,
  name: z.string().trim().min(1, { error: "must not be empty" }).max(100).optional(),
});

export type TCreateUser = z.input<typeof ZCreateUser>;

export type CreatedUser = { id: string; email: string; name: string; role: Role };

/** Creates a staff account; the name defaults to the part of the email before the @. */
export async function createUser(
  db: Db,
  input: TCreateUser,
  { actorId }: { actorId?: string } = {},
): Promise<CreatedUser> {
  const { email, password, role, name } = ZCreateUser.parse(input);
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name: name ?? email.split("@")[0], role, passwordHash },
        select: { id: true, email: true, name: true, role: true },
      });
      await recordAudit(tx, {
        actorId: actorId ?? null,
        action: "user.create",
        targetType: "User",
        targetId: user.id,
        data: { role },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `A user with the email ${email} already exists.`);
    }
    throw error;
  }
}
