"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { TCreateCategory } from "@/lib/article/console-schemas";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { CONTENT_EDITORS } from "@/lib/auth/roles";
import { createCategory } from "@/lib/console/create-category";
import { moveCategory } from "@/lib/console/move-category";
import { updateCategory, type TUpdateCategory } from "@/lib/console/update-category";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type ActionResult = { ok: true } | { ok: false; error: string };

/** The role check of every category action, then the change; errors come back as a sentence for the form. */
async function asEditor(change: () => Promise<unknown>): Promise<ActionResult> {
  const { allowed } = await requireStaffPage(CONTENT_EDITORS, "/console/categories");
  if (!allowed) return { ok: false, error: "Only editors and admins may change categories." };
  try {
    await change();
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.message };
    if (error instanceof z.ZodError) {
      return { ok: false, error: error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") };
    }
    throw error;
  }
  revalidatePath("/console/categories");
  return { ok: true };
}

export async function createCategoryAction(input: TCreateCategory): Promise<ActionResult> {
  return asEditor(() => createCategory(db, input));
}

export async function updateCategoryAction(categoryId: string, input: TUpdateCategory): Promise<ActionResult> {
  return asEditor(() => updateCategory(db, String(categoryId), input));
}

export async function moveCategoryAction(categoryId: string, direction: "up" | "down"): Promise<ActionResult> {
  return asEditor(() => moveCategory(db, String(categoryId), direction === "up" ? "up" : "down"));
}
