import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";

/** Groups of words a shopper uses interchangeably, per locale. Editable in settings (`search.synonyms`). */
export type SynonymGroups = Record<string, string[][]>;

export const SYNONYMS_SETTING = "search.synonyms";

export const defaultSynonyms: SynonymGroups = {
  en: [
    ["refund", "money back", "reimbursement", "reimburse"],
    ["password", "login", "log in", "sign in", "signin"],
    ["parcel", "package", "delivery"],
    ["shipping", "delivery", "postage"],
    ["cancel", "cancellation"],
    ["voucher", "promo code", "discount code", "coupon"],
    ["size", "fit", "sizing"],
  ],
  fr: [
    ["colis", "paquet", "commande"],
    ["remboursement", "rembourser", "rembourse"],
    ["mot de passe", "connexion", "identifiant", "se connecter"],
    ["livraison", "expedition", "envoi"],
    ["annuler", "annulation"],
    ["code promo", "bon de reduction", "coupon"],
    ["taille", "pointure", "guide des tailles"],
  ],
};

export const ZSynonymGroups = z.record(
  z.string(),
  z.array(z.array(z.string().trim().min(1).max(60)).min(2).max(20)).max(500),
);

export async function loadSynonyms(): Promise<SynonymGroups> {
  const setting = await db.setting.findUnique({ where: { key: SYNONYMS_SETTING }, select: { value: true } });
  const parsed = ZSynonymGroups.safeParse(setting?.value);
  return parsed.success ? parsed.data : defaultSynonyms;
}

/** Meilisearch's shape: every word of a group lists the others (all locales share one index). */
export function toMeiliSynonyms(groups: SynonymGroups): Record<string, string[]> {
  const synonyms: Record<string, Set<string>> = {};
  for (const group of Object.values(groups).flat()) {
    const words = group.map((word) => word.toLowerCase());
    for (const word of words) {
      synonyms[word] ??= new Set();
      for (const other of words) if (other !== word) synonyms[word].add(other);
    }
  }
  return Object.fromEntries(Object.entries(synonyms).map(([word, others]) => [word, [...others].sort()]));
}
