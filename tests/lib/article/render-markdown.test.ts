import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/article/render-markdown";

/** Every tag the output contains, lowercased. */
function tags(html: string): string[] {
  return [...html.matchAll(/<([a-z][a-z0-9-]*)/gi)].map((match) => match[1].toLowerCase());
}

/** Every attribute name the output contains, lowercased. */
function attributes(html: string): string[] {
  return [...html.matchAll(/<[a-z][^>]*>/gi)].flatMap((tag) =>
    [...tag[0].matchAll(/\s([a-z][a-z0-9-:]*)(?==|\s|>|\/)/gi)].map((match) => match[1].toLowerCase()),
  );
}

describe("renderMarkdown", () => {
  it("renders GitHub-flavoured Markdown", () => {
    const { html } = renderMarkdown(
      "Refunds take **5 business days**.\n\n- one\n- two\n\n| Zone | Price |\n|---|---|\n| EU | €9.90 |\n\nSee https://brindille.example",
    );
    expect(html).toContain("<strong>5 business days</strong>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<td>€9.90</td>");
    expect(html).toContain('<a href="https://brindille.example">https://brindille.example</a>');
  });

  it.each([
    ["a script element", "<script>alert(1)</script>"],
    ["a script inside SVG", "<svg><script>alert(1)</script></svg>"],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
    ["an object and an embed", '<object data="x.swf"></object><embed src="x.swf">'],
    [
      "a meta refresh and a base",
      '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/">',
    ],
    ["a form", '<form action="https://evil.example"><button>Go</button></form>'],
  ])("removes %s", (_name, markdown) => {
    const { html } = renderMarkdown(`Before\n\n${markdown}\n\nAfter`);
    for (const tag of ["script", "iframe", "object", "embed", "meta", "base", "form", "svg"])
      expect(tags(html)).not.toContain(tag);
    expect(html).not.toContain("alert(1)");
    expect(html).toContain("<p>Before</p>");
    expect(html).toContain("<p>After</p>");
  });

  it("removes event handler and style attributes but keeps the element", () => {
    const { html } = renderMarkdown(
      '<img src="https://brindille.example/a.png" alt="Label" onerror="alert(1)" style="position:fixed">\n\n' +
        '<p onclick="steal()" onmouseover="steal()" style="color:red">Styled</p>\n\n' +
        "<div><style>body { display: none }</style>Text</div>",
    );
    expect(html).toContain('<img src="https://brindille.example/a.png" alt="Label">');
    expect(html).toContain("<p>Styled</p>");
    expect(attributes(html).filter((name) => name.startsWith("on") || name === "style")).toEqual([]);
    expect(tags(html)).not.toContain("style");
    expect(html).not.toContain("display: none");
  });

  it.each([
    ["a Markdown link", "[Click](javascript:alert(1))"],
    ["a Markdown link in mixed case", "[Click](JaVaScRiPt:alert(1))"],
    ["an HTML link", '<a href="javascript:alert(1)">Click</a>'],
    ["an HTML link with an encoded tab", '<a href="jav&#x09;ascript:alert(1)">Click</a>'],
    ["a data: link", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Click</a>'],
    ["an image", "![Click](javascript:alert(1))"],
  ])("drops the javascript:/data: URL of %s", (_name, markdown) => {
    const { html } = renderMarkdown(markdown);
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).not.toMatch(/href=|src=/);
  });

  it("keeps safe links and the harmless HTML editors use", () => {
    const { html } = renderMarkdown(
      "[Returns](/en/articles/return-an-item) · [Mail us](mailto:help@brindille.example)\n\nPress <kbd>Ctrl</kbd> + <kbd>F</kbd>",
    );
    expect(html).toContain('<a href="/en/articles/return-an-item">Returns</a>');
    expect(html).toContain('<a href="mailto:help@brindille.example">Mail us</a>');
    expect(html).toContain("<kbd>Ctrl</kbd>");
  });

  it("prefixes author ids so they cannot clobber the page's, and keeps footnotes linked", () => {
    const { html } = renderMarkdown('<a id="main" name="config">x</a>\n\nA note[^1].\n\n[^1]: The note.');
    expect(html).toContain('id="user-content-main"');
    expect(html).toContain('name="user-content-config"');
    expect(html).not.toMatch(/id="main"/);
    const footnoteLink = html.match(/<sup><a href="#([^"]+)"/)?.[1];
    expect(footnoteLink).toBeDefined();
    expect(html).toContain(`<li id="${footnoteLink}">`);
  });

  it("gives headings readable, unique ids and lists h2/h3 in a table of contents", () => {
    const { html, toc } = renderMarkdown(
      "Intro\n\n## Start your return\n\nText\n\n### Print the label\n\n#### Too deep for the contents\n\n## Start your return\n\n## Délai de 30 jours",
    );
    expect(html).toContain('<h2 id="start-your-return">Start your return</h2>');
    expect(html).toContain('<h3 id="print-the-label">Print the label</h3>');
    expect(html).toContain('<h2 id="start-your-return-1">Start your return</h2>');
    expect(toc).toEqual([
      { id: "start-your-return", text: "Start your return", depth: 2 },
      { id: "print-the-label", text: "Print the label", depth: 3 },
      { id: "start-your-return-1", text: "Start your return", depth: 2 },
      { id: "délai-de-30-jours", text: "Délai de 30 jours", depth: 2 },
    ]);
  });

  it("gives a heading's id from its text only, even with markup inside", () => {
    const { toc } = renderMarkdown('## Pay with <em onclick="x()">PayPal</em> `fast`');
    expect(toc).toEqual([{ id: "pay-with-paypal-fast", text: "Pay with PayPal fast", depth: 2 }]);
  });

  it("returns an empty table of contents for an article without sections", () => {
    expect(renderMarkdown("Just one paragraph.").toc).toEqual([]);
  });
});
