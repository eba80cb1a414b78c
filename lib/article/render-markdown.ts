import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";

// Pure JavaScript with no server-only import: the console's live preview runs this same
// function in the browser, so what an editor sees is exactly what shoppers get.
// See docs/decisions/003-markdown-rendering.md.

export type TocEntry = { id: string; text: string; depth: 2 | 3 };

export type RenderedMarkdown = { html: string; toc: TocEntry[] };

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Raw HTML is parsed (rehype-raw) rather than dropped, so that sanitising sees real elements
  // and keeps the harmless ones (<kbd>, <details>, <br>) editors reach for.
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: "" })
  .use(rehypeRaw)
  // GitHub's allow-list: no script, iframe, style or on* attribute; only http(s), mailto,
  // irc and xmpp URLs; ids and names coming from the author get a `user-content-` prefix so
  // they cannot clobber the page's own ids or globals. A pasted <style> goes with its text,
  // which would otherwise show up as a paragraph of CSS.
  .use(rehypeSanitize, { ...defaultSchema, strip: [...(defaultSchema.strip ?? []), "style"] })
  // After sanitising, so heading ids stay readable anchors (#start-your-return). They are
  // derived from the heading text by github-slugger: lowercase letters, digits and dashes.
  .use(rehypeSlug);

/** Markdown → sanitised HTML, with the h2/h3 outline for a table of contents. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const tree = processor.runSync(processor.parse(markdown));
  repointPrefixedAnchors(tree);
  return { html: toHtml(tree), toc: collectToc(tree) };
}

function collectToc(tree: Root): TocEntry[] {
  const toc: TocEntry[] = [];
  visit(tree, "element", (node) => {
    // The GFM footnotes section carries its own (visually hidden) heading.
    if (node.tagName === "section" && node.properties.dataFootnotes !== undefined) return SKIP;
    if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties.id === "string") {
      toc.push({ id: node.properties.id, text: toString(node), depth: node.tagName === "h2" ? 2 : 3 });
    }
  });
  return toc;
}

/**
 * Sanitising prefixes author ids (footnotes, <a name>) but not the `#fragment` links that
 * point at them; send those links to the prefixed id so footnotes keep working.
 */
function repointPrefixedAnchors(tree: Root): void {
  const ids = new Set<string>();
  const links: Element[] = [];
  visit(tree, "element", (node) => {
    for (const key of ["id", "name"] as const) {
      const value = node.properties[key];
      if (typeof value === "string") ids.add(value);
    }
    if (node.tagName === "a" && typeof node.properties.href === "string" && node.properties.href.startsWith("#")) {
      links.push(node);
    }
  });
  for (const link of links) {
    const target = (link.properties.href as string).slice(1);
    if (!ids.has(target) && ids.has(`user-content-${target}`)) link.properties.href = `#user-content-${target}`;
  }
}
