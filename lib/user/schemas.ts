import { z } from "zod";
import { ZPassword, ZRole } from "@/lib/user/create-user";

export const MAX_CONCURRENT_CHATS = 20;

export const ZUserParams = z.object({ id: z.string().trim().min(1).max(64) });

const ZName = z.string().trim().min(1, { error: "must not be empty" }).max(100);

const ZCapacity = z
  .number()
  .int()
  .min(0, { error: "must be 0 or more" })
  .max(MAX_CONCURRENT_CHATS, { error: `must be at most ${MAX_CONCURRENT_CHATS}` });

/** An admin's change to a staff account: any of role, chat capacity, name, disabled. */
export const ZUpdateUser = z.object({
  role: ZRole.optional(),
  maxConcurrentChats: ZCapacity.optional(),
  name: ZName.optional(),
  disabled: z.boolean().optional(),
});

export type TUpdateUser = z.input<typeof ZUpdateUser>;

/** What everyone may change on their own account; a new password needs the current one. */
export const ZUpdateAccount = z
  .object({
    name: ZName.optional(),
    currentPassword: z.string().max(256).optional(),
    newPassword: ZPassword.optional(),
  })
  .refine((value) => !value.newPassword || value.currentPassword, {
    error: "the current password is needed to set a new one",
    path: ["currentPassword"],
  });

export type TUpdateAccount = z.input<typeof ZUpdateAccount>;
