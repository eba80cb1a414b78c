import "server-only";
import { db } from "@/lib/db";

export type CannedResponseRow = {
  id: string;
  locale: string;
  shortcut: string;
  title: string;
  body: string;
  updatedAt: Date;
};

/** Canned responses, by locale then shortcut; only `locale`'s when given. */
export async function listCannedResponses({ locale }: { locale?: string } = {}): Promise<CannedResponseRow[]> {
  return db.cannedResponse.findMany({
    where: locale ? { locale } : {},
    select: { id: true, locale: true, shortcut: true, title: true, body: true, updatedAt: true },
    orderBy: [{ locale: "asc" }, { shortcut: "asc" }],
  });
}
