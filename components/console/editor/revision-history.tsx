"use client";

import { useState } from "react";
import { diffRevisions, type RevisionContent } from "@/lib/article/diff-revisions";
import type { Translate } from "@/lib/i18n/translate";

export type HistoryRevision = RevisionContent & {
  id: string;
  version: number;
  status: string;
  createdAt: string;
  author: { id: string; name: string } | null;
};

const NOTHING: RevisionContent = { title: "", slug: "", excerpt: "", keywords: [], bodyMarkdown: "" };

/** A translation's versions, newest first; one opened shows what it changed, and can be restored. */
export function RevisionHistory({
  revisions,
  uiLocale,
  t,
  busy,
  onRestore,
}: {
  revisions: HistoryRevision[];
  uiLocale: string;
  t: Translate;
  busy: boolean;
  onRestore: (revision: HistoryRevision) => void;
}) {
  const [openId, setOpenId] = useState<string>();
  if (revisions.length === 0) return <p className="text-sm text-slate-500">{t("console.editor.noHistory")}</p>;
  const date = new Intl.DateTimeFormat(uiLocale, { dateStyle: "medium", timeStyle: "short" });
  const index = revisions.findIndex((revision) => revision.id === openId);
  const open = index >= 0 ? revisions[index] : undefined;
  const diff = open ? diffRevisions(revisions[index + 1] ?? NOTHING, open) : [];
  return (
    <div className="space-y-3">
      <ol className="max-h-56 space-y-1 overflow-y-auto text-sm">
        {revisions.map((revision) => (
          <li key={revision.id}>
            <button
              type="button"
              aria-pressed={revision.id === openId}
              onClick={() => setOpenId(revision.id === openId ? undefined : revision.id)}
              className="w-full rounded px-2 py-1 text-left hover:bg-slate-100 aria-pressed:bg-brand-50"
            >
              <span className="font-medium">{t("console.editor.version", { version: revision.version })}</span>{" "}
              <span className="text-slate-500">
                ·{" "}
                {t("console.editor.versionBy", {
                  date: date.format(new Date(revision.createdAt)),
                  author: revision.author?.name ?? t("console.editor.someone"),
                })}{" "}
                · {t(`console.status.${revision.status as "DRAFT" | "PUBLISHED" | "ARCHIVED"}`)}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {open ? (
        <div data-testid="revision-diff" className="rounded-md border border-slate-200 bg-white p-3 text-sm">
          <h4 className="font-semibold text-slate-800">{t("console.editor.changes", { version: open.version })}</h4>
          {diff.length === 0 ? (
            <p className="mt-2 text-slate-500">{t("console.editor.noChanges")}</p>
          ) : (
            diff.map(({ field, parts }) => (
              <div key={field} className="mt-2">
                <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
                  {t(`console.editor.field.${field}`)}
                </p>
                <pre className="mt-1 font-mono text-xs break-words whitespace-pre-wrap">
                  {parts.map((part, partIndex) =>
                    part.added ? (
                      <ins key={partIndex} className="bg-green-100 text-green-900 no-underline">
                        {part.value}
                      </ins>
                    ) : part.removed ? (
                      <del key={partIndex} className="bg-red-100 text-red-900">
                        {part.value}
                      </del>
                    ) : (
                      <span key={partIndex}>{part.value}</span>
                    ),
                  )}
                </pre>
              </div>
            ))
          )}
          {index > 0 ? (
            <button
              type="button"
              disabled={busy}
              onClick={() => onRestore(open)}
              className="mt-3 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600 disabled:opacity-60"
            >
              {t("console.editor.restore", { version: open.version })}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
