import "server-only";
import type { DbTransaction } from "@/lib/article/create-article";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  actorId: string | null;
  /** `<subject>.<verb>`, e.g. `article.publish`. */
  action: string;
  targetType: string;
  targetId: string;
  data?: Prisma.InputJsonValue;
};

/** Records a staff action in the audit log, inside the transaction that performs it. */
export async function recordAudit(tx: DbTransaction, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: entry });
}
