import { diffLines, diffWords } from "diff";

// Pure, with no server-only import: the editor's history panel computes diffs in the browser.

export type RevisionContent = {
  title: string;
  slug: string;
  excerpt: string;
  keywords: string[];
  bodyMarkdown: string;
};

export type DiffPart = { value: string; added: boolean; removed: boolean };

export type FieldDiff = { field: keyof RevisionContent; parts: DiffPart[] };

const FIELDS = ["title", "slug", "excerpt", "keywords", "bodyMarkdown"] as const;

function text(content: RevisionContent, field: keyof RevisionContent): string {
  const value = content[field];
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * What changed from `before` to `after`, field by field; unchanged fields are left out. The
 * body is compared line by line (Markdown is written in lines), the short fields word by word.
 */
export function diffRevisions(before: RevisionContent, after: RevisionContent): FieldDiff[] {
  return FIELDS.flatMap((field) => {
    const old = text(before, field);
    const current = text(after, field);
    if (old === current) return [];
    const changes = field === "bodyMarkdown" ? diffLines(old, current) : diffWords(old, current);
    const parts = changes.map(({ value, added, removed }) => ({ value, added: !!added, removed: !!removed }));
    return [{ field, parts }];
  });
}
