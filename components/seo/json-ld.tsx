/** A schema.org JSON-LD block. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  // `<` escaped so that text from articles can never close the script element.
  const json = JSON.stringify({ "@context": "https://schema.org", ...data }).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
