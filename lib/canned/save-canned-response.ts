import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CannedResponseRow } from "@/lib/canned/queries";
import {
  ZCannedResponseInput,
  ZUpdateCannedResponse,
  type TCannedResponseInput,
  type TUpdateCannedResponse,
} from "@/lib/canned/schemas";

const select = { id: true, locale: true, shortcut: true, title: true, body: true, updatedAt: true } as const;

function conflictOnTakenShortcut(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    throw new AppError("CONFLICT", "That shortcut is already used in this language. Choose another one.");
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
    throw new AppError("NOT_FOUND", "No canned response with that id.");
  }
  throw error;
}

/** Creates a canned response; its shortcut is unique within its locale. */
export async function createCannedResponse(db: Db, input: TCannedResponseInput): Promise<CannedResponseRow> {
  const data = ZCannedResponseInput.parse(input);
  return db.cannedResponse.create({ data, select }).catch(conflictOnTakenShortcut);
}

/** Changes some fields of a canned response. */
export async function updateCannedResponse(
  db: Db,
  id: string,
  input: TUpdateCannedResponse,
): Promise<CannedResponseRow> {
  const data = ZUpdateCannedResponse.parse(input);
  return db.cannedResponse.update({ where: { id }, data, select }).catch(conflictOnTakenShortcut);
}

/** Deletes a canned response. */
export async function deleteCannedResponse(db: Db, id: string): Promise<void> {
  await db.cannedResponse.delete({ where: { id }, select: { id: true } }).catch(conflictOnTakenShortcut);
}
