import type { RenderedMarkdown } from "@/lib/article/render-markdown";

// Typography for rendered Markdown, scoped to this container (no typography plugin: a handful
// of rules covers what the sanitiser lets through).
const bodyStyles = [
  "text-slate-800 leading-relaxed",
  "[&_h1]:mt-8 [&_h1]:text-2xl [&_h1]:font-semibold",
  "[&_h2]:mt-8 [&_h2]:scroll-mt-4 [&_h2]:text-xl [&_h2]:font-semibold [&_h2]:text-brand-900",
  "[&_h3]:mt-6 [&_h3]:scroll-mt-4 [&_h3]:text-lg [&_h3]:font-semibold [&_h3]:text-brand-900",
  "[&_h4]:mt-4 [&_h4]:font-semibold",
  "[&_p]:mt-4 [&_blockquote]:mt-4 [&_blockquote]:border-l-4 [&_blockquote]:border-brand-100 [&_blockquote]:pl-4",
  "[&_ul]:mt-4 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:mt-4 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:mt-1",
  "[&_a]:text-brand-700 [&_a]:underline [&_a]:underline-offset-2 [&_a:hover]:text-brand-900",
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:text-[0.9em]",
  "[&_pre]:mt-4 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-3",
  "[&_kbd]:rounded [&_kbd]:border [&_kbd]:border-slate-300 [&_kbd]:px-1 [&_kbd]:text-[0.9em]",
  "[&_table]:mt-4 [&_table]:w-full [&_table]:border-collapse [&_th]:border [&_th]:border-slate-300 [&_th]:bg-slate-50",
  "[&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_td]:border [&_td]:border-slate-300 [&_td]:px-3 [&_td]:py-2",
  "[&_img]:mt-4 [&_img]:h-auto [&_img]:max-w-full [&_hr]:my-8 [&_hr]:border-slate-200",
  "[&_.footnotes]:mt-10 [&_.footnotes]:border-t [&_.footnotes]:border-slate-200 [&_.footnotes]:text-sm",
].join(" ");

/** Sanitised article HTML, as produced by renderMarkdown (never anything else). */
export function ArticleBody({ html }: Pick<RenderedMarkdown, "html">) {
  return <div className={bodyStyles} dangerouslySetInnerHTML={{ __html: html }} />;
}
