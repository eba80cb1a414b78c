import type { TocEntry } from "@/lib/article/render-markdown";

/** Links to the article's h2/h3 sections. */
export function TableOfContents({ heading, entries }: { heading: string; entries: TocEntry[] }) {
  return (
    <nav aria-labelledby="article-toc-heading" className="rounded-lg border border-slate-200 p-4 text-sm">
      <h2 id="article-toc-heading" className="font-semibold text-brand-900">
        {heading}
      </h2>
      <ol className="mt-2 space-y-1">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? "pl-4" : undefined}>
            <a href={`#${entry.id}`} className="text-slate-700 underline-offset-2 hover:text-brand-700 hover:underline">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
