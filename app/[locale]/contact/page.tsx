import type { Metadata } from "next";
import { ContactFlow } from "@/components/chat/contact-flow";
import { TOPICS, type Topic } from "@/components/chat/conversation-state";
import { getPublishedArticleOrThrow } from "@/lib/article/queries";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translate";

export async function generateMetadata({ params }: PageProps<"/[locale]/contact">): Promise<Metadata> {
  const { locale } = await params;
  // A page per shopper's question: nothing for search engines.
  return { title: translator(locale)("chat.page.title"), robots: { index: false } };
}

function first(value: string | string[] | undefined): string | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
}

/** The article the shopper came from, if it is still published: its title starts their question. */
async function articleTitle(locale: string, slug: string | undefined): Promise<string | undefined> {
  if (!slug) return undefined;
  try {
    return (await getPublishedArticleOrThrow({ locale, slug })).title;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return undefined;
    throw error;
  }
}

export default async function ContactPage({ params, searchParams }: PageProps<"/[locale]/contact">) {
  const { locale } = await params;
  const search = await searchParams;
  const t = translator(locale);
  const query = first(search.q)?.slice(0, 200);
  const articleSlug = first(search.article);
  const title = await articleTitle(locale, articleSlug);
  const topic = first(search.topic)?.toUpperCase();
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{t("chat.page.title")}</h1>
      <p className="mt-2 text-slate-700">{t("chat.page.intro")}</p>
      <ContactFlow
        locale={locale}
        initialQuestion={query ?? title ?? ""}
        initialTopic={TOPICS.find((candidate): candidate is Topic => candidate === topic)}
        query={query}
        articleSlug={title ? articleSlug : undefined}
      />
    </div>
  );
}
