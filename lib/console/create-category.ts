import "server-only";
import { ZCreateCategory, type TCreateCategory } from "@/lib/article/console-schemas";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type CreatedCategory = {
  id: string;
  slug: string;
  position: number;
  translations: { locale: string; name: string; description: string | null }[];
};

/** Creates a category with its translations; without a position it goes last. */
export async function createCategory(db: Db, input: TCreateCategory): Promise<CreatedCategory> {
  const { slug, position, translations } = ZCreateCategory.parse(input);
  return db.$transaction(async (tx) => {
    const taken = await tx.category.findUnique({ where: { slug }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", `The category slug "${slug}" is already used. Choose another one.`);
    const last = await tx.category.aggregate({ _max: { position: true } });
    return tx.category.create({
      data: {
        slug,
        position: position ?? (last._max.position ?? -1) + 1,
        translations: {
          create: translations.map(({ locale, name, description }) => ({
            locale,
            name,
            description: description ?? null,
          })),
        },
      },
      select: {
        id: true,
        slug: true,
        position: true,
        translations: { select: { locale: true, name: true, description: true }, orderBy: { locale: "asc" } },
      },
    });
  });
}
