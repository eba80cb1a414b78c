import "server-only";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Moves a category one place up or down in the order shoppers see. Positions are renumbered
 * 0, 1, 2… on the way, so gaps and ties left by imports or seeds do not block a move.
 */
export async function moveCategory(db: Db, categoryId: string, direction: "up" | "down"): Promise<void> {
  await db.$transaction(async (tx) => {
    const ordered = await tx.category.findMany({
      orderBy: [{ position: "asc" }, { slug: "asc" }],
      select: { id: true },
    });
    const index = ordered.findIndex((category) => category.id === categoryId);
    if (index < 0) throw new AppError("NOT_FOUND", "No category with that id.");
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= ordered.length) return;
    [ordered[index], ordered[target]] = [ordered[target], ordered[index]];
    for (const [position, category] of ordered.entries()) {
      await tx.category.update({ where: { id: category.id }, data: { position }, select: { id: true } });
    }
  });
}
