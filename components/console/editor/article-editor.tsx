"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { ConsoleApiError, consoleFetch } from "@/components/console/editor/console-fetch";
import { MarkdownPreview } from "@/components/console/editor/markdown-preview";
import { RevisionHistory, type HistoryRevision } from "@/components/console/editor/revision-history";
import { slugify } from "@/lib/article/slugify";
import { useLeaveGuard } from "@/components/console/editor/use-leave-guard";
import type { CategoryOption, ConsoleArticle } from "@/lib/console/queries";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { languageNames, translator } from "@/lib/i18n/translate";

type Draft = {
  /** The saved translation, when there is one; a locale without it is a missing translation. */
  id?: string;
  status?: ArticleStatus;
  title: string;
  slug: string;
  /** Whether the editor typed the slug; otherwise it follows the title (new translations only). */
  slugTouched: boolean;
  excerpt: string;
  keywords: string;
  bodyMarkdown: string;
};

type Drafts = Record<string, Draft>;

type ArticleAnswer = {
  article: { id: string; translations: { id: string; locale: string; slug: string; status: ArticleStatus }[] };
};

const statusStyle: Record<ArticleStatus, string> = {
  DRAFT: "bg-amber-50 text-amber-800 ring-amber-200",
  PUBLISHED: "bg-brand-50 text-brand-700 ring-brand-100",
  ARCHIVED: "bg-slate-100 text-slate-600 ring-slate-200",
};

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-brand-600";
const button =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600 disabled:opacity-60";
const primary =
  "rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60";

function initialDrafts(locales: string[], article?: ConsoleArticle): Drafts {
  return Object.fromEntries(
    locales.map((locale) => {
      const saved = article?.translations.find((translation) => translation.locale === locale);
      const draft: Draft = saved
        ? {
            id: saved.id,
            status: saved.status,
            title: saved.title,
            slug: saved.slug,
            slugTouched: false,
            excerpt: saved.excerpt,
            keywords: saved.keywords.join(", "),
            bodyMarkdown: saved.bodyMarkdown,
          }
        : { title: "", slug: "", slugTouched: false, excerpt: "", keywords: "", bodyMarkdown: "" };
      return [locale, draft];
    }),
  );
}

function parseKeywords(value: string): string[] {
  return value
    .split(",")
    .map((keyword) => keyword.trim())
    .filter(Boolean);
}

/** What a save would send for a translation: comparing it tells whether the translation changed. */
function contentOf(draft: Draft) {
  return JSON.stringify([
    draft.title,
    draft.id || draft.slugTouched ? draft.slug : "",
    draft.excerpt,
    parseKeywords(draft.keywords),
    draft.bodyMarkdown,
  ]);
}

/** Saved translations as the API answered them: ids, statuses and server-made slugs. */
function withAnswer(drafts: Drafts, answer: ArticleAnswer): Drafts {
  const next = { ...drafts };
  for (const translation of answer.article.translations) {
    const draft = next[translation.locale];
    if (!draft) continue;
    next[translation.locale] = {
      ...draft,
      id: translation.id,
      status: translation.status,
      slug: translation.slug,
      slugTouched: false,
    };
  }
  return next;
}

/**
 * The article editor: one column per locale of the install (missing translations marked),
 * each with its fields, Markdown source and live preview, its publish state and history.
 * Everything goes through the console API, so the rules (roles, slugs, revisions, outbox)
 * are the server's.
 */
export function ArticleEditor({
  uiLocale,
  locales,
  categories,
  article,
}: {
  uiLocale: string;
  locales: string[];
  categories: CategoryOption[];
  article?: ConsoleArticle;
}) {
  const t = translator(uiLocale);
  const router = useRouter();
  const articleId = article?.id;
  const [categoryId, setCategoryId] = useState(article?.categoryId ?? "");
  const [savedCategoryId, setSavedCategoryId] = useState(article?.categoryId ?? "");
  const [drafts, setDrafts] = useState(() => initialDrafts(locales, article));
  const [saved, setSaved] = useState(drafts);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [slugErrors, setSlugErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string>();
  const [history, setHistory] = useState<Record<string, HistoryRevision[]>>({});
  const [historyStamp, setHistoryStamp] = useState(0);

  const changedLocales = locales.filter((locale) => contentOf(drafts[locale]) !== contentOf(saved[locale]));
  const dirty = changedLocales.length > 0 || categoryId !== savedCategoryId;
  const allowLeave = useLeaveGuard(dirty, t("console.editor.confirmLeave"));

  useEffect(() => {
    if (!articleId) return;
    let current = true;
    consoleFetch<{ translations: { locale: string; revisions: HistoryRevision[] }[] }>(
      "GET",
      `/api/v1/console/articles/${articleId}/revisions`,
    )
      .then(({ translations }) => {
        if (current) setHistory(Object.fromEntries(translations.map(({ locale, revisions }) => [locale, revisions])));
      })
      .catch(() => {
        // The history is a convenience: the editor works without it.
      });
    return () => {
      current = false;
    };
  }, [articleId, historyStamp]);

  function update(locale: string, change: Partial<Draft>) {
    setNotice(undefined);
    setDrafts((previous) => {
      const draft = { ...previous[locale], ...change };
      if (change.title !== undefined && !draft.id && !draft.slugTouched) draft.slug = slugify(draft.title, "");
      return { ...previous, [locale]: draft };
    });
    if (change.slug !== undefined) {
      setSlugErrors((previous) => Object.fromEntries(Object.entries(previous).filter(([key]) => key !== locale)));
    }
  }

  function fail(caught: unknown, sentSlugs: string[] = []) {
    const message = caught instanceof Error ? caught.message : String(caught);
    if (caught instanceof ConsoleApiError && caught.status === 409) {
      const locale = sentSlugs.find((candidate) => message.includes(` in ${candidate}`)) ?? sentSlugs[0];
      if (locale) setSlugErrors((previous) => ({ ...previous, [locale]: message }));
    }
    setError(t("console.editor.failed", { message }));
  }

  /**
   * Saves what changed; the article's id once saved, undefined when the save failed. A new
   * article's page moves to its own address, unless `stay` (the caller goes on and moves).
   */
  async function save({ stay = false } = {}): Promise<string | undefined> {
    setError(undefined);
    setNotice(undefined);
    const translations = [];
    for (const locale of changedLocales) {
      const draft = drafts[locale];
      const hasTitle = draft.title.trim() !== "";
      const hasBody = draft.bodyMarkdown.trim() !== "";
      if (!draft.id && !hasTitle && !hasBody) continue;
      if (!draft.id && !(hasTitle && hasBody)) {
        setError(t("console.editor.incomplete", { locale: locale.toUpperCase() }));
        return undefined;
      }
      translations.push({
        locale,
        title: draft.title,
        bodyMarkdown: draft.bodyMarkdown,
        excerpt: draft.excerpt,
        keywords: parseKeywords(draft.keywords),
        ...((draft.id || draft.slugTouched) && draft.slug ? { slug: draft.slug } : {}),
      });
    }
    if (!categoryId) {
      setError(t("console.editor.needsCategory"));
      return undefined;
    }
    if (!articleId && translations.length === 0) {
      setError(t("console.editor.needsContent"));
      return undefined;
    }
    if (articleId && translations.length === 0 && categoryId === savedCategoryId) return articleId;
    const sentSlugs = translations.filter((translation) => translation.slug).map(({ locale }) => locale);
    setBusy(true);
    try {
      const answer = articleId
        ? await consoleFetch<ArticleAnswer>("PATCH", `/api/v1/console/articles/${articleId}`, {
            ...(categoryId !== savedCategoryId ? { categoryId } : {}),
            ...(translations.length ? { translations } : {}),
          })
        : await consoleFetch<ArticleAnswer>("POST", "/api/v1/console/articles", { categoryId, translations });
      const next = withAnswer(drafts, answer);
      setDrafts(next);
      setSaved(next);
      setSavedCategoryId(categoryId);
      setSlugErrors({});
      setNotice(t("console.editor.saved"));
      if (!articleId && !stay) {
        allowLeave();
        router.replace(`/console/articles/${answer.article.id}`);
      } else if (articleId) {
        setHistoryStamp((stamp) => stamp + 1);
      }
      return answer.article.id;
    } catch (caught) {
      fail(caught, sentSlugs);
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function setPublished(publish: boolean, locale?: string) {
    const id = dirty || !articleId ? await save({ stay: true }) : articleId;
    if (!id) return;
    setBusy(true);
    try {
      const answer = await consoleFetch<ArticleAnswer>(
        "POST",
        `/api/v1/console/articles/${id}/${publish ? "publish" : "unpublish"}`,
        locale ? { locale } : {},
      );
      setDrafts((previous) => withAnswer(previous, answer));
      setSaved((previous) => withAnswer(previous, answer));
      setNotice(t(publish ? "console.editor.published" : "console.editor.unpublished"));
      setHistoryStamp((stamp) => stamp + 1);
      if (id !== articleId) {
        allowLeave();
        router.replace(`/console/articles/${id}`);
      }
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!articleId || !window.confirm(t("console.editor.confirmDelete"))) return;
    setBusy(true);
    try {
      await consoleFetch("DELETE", `/api/v1/console/articles/${articleId}`);
      allowLeave();
      router.push("/console");
      router.refresh();
    } catch (caught) {
      fail(caught);
      setBusy(false);
    }
  }

  async function restore(locale: string, revision: HistoryRevision) {
    const question = t("console.editor.confirmRestore", { locale: locale.toUpperCase(), version: revision.version });
    if (!window.confirm(question)) return;
    setBusy(true);
    setError(undefined);
    try {
      await consoleFetch("POST", `/api/v1/console/revisions/${revision.id}/restore`);
      const restored: Partial<Draft> = {
        title: revision.title,
        slug: revision.slug,
        slugTouched: false,
        excerpt: revision.excerpt,
        keywords: revision.keywords.join(", "),
        bodyMarkdown: revision.bodyMarkdown,
      };
      setDrafts((previous) => ({ ...previous, [locale]: { ...previous[locale], ...restored } }));
      setSaved((previous) => ({ ...previous, [locale]: { ...previous[locale], ...restored } }));
      setNotice(t("console.editor.restored", { version: revision.version }));
      setHistoryStamp((stamp) => stamp + 1);
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  }

  const anyPublished = locales.some((locale) => drafts[locale].status === "PUBLISHED");
  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Link href="/console" className="text-sm text-brand-700 hover:underline">
            ← {t("console.editor.backToList")}
          </Link>
          <h1 className="mt-1 text-2xl font-bold tracking-tight text-brand-900">
            {t(articleId ? "console.editor.editTitle" : "console.editor.newTitle")}
          </h1>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {dirty ? (
            <span data-testid="unsaved" className="text-sm text-amber-700">
              {t("console.editor.unsaved")}
            </span>
          ) : null}
          <button type="button" className={button} disabled={busy} onClick={() => void save()}>
            {busy ? t("console.editor.saving") : t("console.editor.save")}
          </button>
          <button type="button" className={primary} disabled={busy} onClick={() => void setPublished(true)}>
            {t("console.editor.publishAll")}
          </button>
          {anyPublished ? (
            <button type="button" className={button} disabled={busy} onClick={() => void setPublished(false)}>
              {t("console.editor.unpublish")}
            </button>
          ) : null}
          {articleId ? (
            <button
              type="button"
              disabled={busy}
              onClick={() => void remove()}
              className="rounded-md px-3 py-1.5 text-sm font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
            >
              {t("console.editor.delete")}
            </button>
          ) : null}
        </div>
      </div>

      {error ? (
        <p
          role="alert"
          data-testid="editor-error"
          className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      ) : null}
      {notice ? (
        <p role="status" data-testid="editor-notice" className="mt-4 text-sm text-brand-700">
          {notice}
        </p>
      ) : null}

      <label className="mt-6 block max-w-sm text-sm font-medium text-slate-700">
        {t("console.editor.category")}
        <select value={categoryId} onChange={(event) => setCategoryId(event.target.value)} className={field}>
          <option value="">{t("console.editor.chooseCategory")}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </label>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {locales.map((locale) => {
          const draft = drafts[locale];
          const headingId = `locale-${locale}`;
          const id = (name: string) => `${name}-${locale}`;
          return (
            <section
              key={locale}
              aria-labelledby={headingId}
              data-locale={locale}
              className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 id={headingId} className="text-lg font-semibold text-brand-900">
                  {languageNames[locale] ?? locale.toUpperCase()}
                </h2>
                <div className="flex items-center gap-2">
                  {draft.status ? (
                    <span
                      data-testid="translation-status"
                      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${statusStyle[draft.status]}`}
                    >
                      {t(`console.status.${draft.status}`)}
                    </span>
                  ) : (
                    <span
                      data-testid="translation-status"
                      className="inline-flex rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-700 ring-1 ring-red-200 ring-inset"
                    >
                      {t("console.editor.missing")}
                    </span>
                  )}
                  {draft.id && articleId ? (
                    draft.status === "PUBLISHED" ? (
                      <button
                        type="button"
                        className={button}
                        disabled={busy}
                        onClick={() => void setPublished(false, locale)}
                      >
                        {t("console.editor.unpublish")}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className={button}
                        disabled={busy}
                        onClick={() => void setPublished(true, locale)}
                      >
                        {t("console.editor.publish")}
                      </button>
                    )
                  ) : null}
                </div>
              </div>
              {draft.status === "PUBLISHED" && saved[locale].slug ? (
                <a
                  href={`/${locale}/articles/${saved[locale].slug}`}
                  target="_blank"
                  rel="noreferrer"
                  className="mt-1 inline-block text-sm text-brand-700 hover:underline"
                >
                  {t("console.editor.viewPublic")} ↗
                </a>
              ) : null}

              <div className="mt-4 space-y-3">
                <div>
                  <label htmlFor={id("title")} className="block text-sm font-medium text-slate-700">
                    {t("console.editor.title")}
                  </label>
                  <input
                    id={id("title")}
                    value={draft.title}
                    maxLength={200}
                    onChange={(event) => update(locale, { title: event.target.value })}
                    className={field}
                  />
                </div>
                <div>
                  <label htmlFor={id("slug")} className="block text-sm font-medium text-slate-700">
                    {t("console.editor.slug")}
                  </label>
                  <input
                    id={id("slug")}
                    value={draft.slug}
                    maxLength={80}
                    aria-invalid={slugErrors[locale] ? true : undefined}
                    aria-describedby={id("slug-hint")}
                    onChange={(event) => update(locale, { slug: event.target.value, slugTouched: true })}
                    className={`${field} font-mono aria-invalid:border-red-500`}
                  />
                  <p id={id("slug-hint")} className="mt-1 text-xs text-slate-500">
                    {slugErrors[locale] ? (
                      <span data-testid="slug-error" className="text-red-700">
                        {slugErrors[locale]}
                      </span>
                    ) : (
                      t("console.editor.slugHint")
                    )}
                  </p>
                </div>
                <div>
                  <label htmlFor={id("excerpt")} className="block text-sm font-medium text-slate-700">
                    {t("console.editor.excerpt")}
                  </label>
                  <input
                    id={id("excerpt")}
                    value={draft.excerpt}
                    maxLength={300}
                    aria-describedby={id("excerpt-hint")}
                    onChange={(event) => update(locale, { excerpt: event.target.value })}
                    className={field}
                  />
                  <p id={id("excerpt-hint")} className="mt-1 text-xs text-slate-500">
                    {t("console.editor.excerptHint")}
                  </p>
                </div>
                <div>
                  <label htmlFor={id("keywords")} className="block text-sm font-medium text-slate-700">
                    {t("console.editor.keywords")}
                  </label>
                  <input
                    id={id("keywords")}
                    value={draft.keywords}
                    aria-describedby={id("keywords-hint")}
                    onChange={(event) => update(locale, { keywords: event.target.value })}
                    className={field}
                  />
                  <p id={id("keywords-hint")} className="mt-1 text-xs text-slate-500">
                    {t("console.editor.keywordsHint")}
                  </p>
                </div>
                <div>
                  <label htmlFor={id("body")} className="block text-sm font-medium text-slate-700">
                    {t("console.editor.body")}
                  </label>
                  <textarea
                    id={id("body")}
                    value={draft.bodyMarkdown}
                    rows={14}
                    spellCheck
                    onChange={(event) => update(locale, { bodyMarkdown: event.target.value })}
                    className={`${field} font-mono`}
                  />
                </div>
                <div>
                  <p className="text-sm font-medium text-slate-700">{t("console.editor.preview")}</p>
                  <div className="mt-1">
                    <MarkdownPreview
                      markdown={draft.bodyMarkdown}
                      empty={t("console.editor.previewEmpty")}
                      testId={`preview-${locale}`}
                    />
                  </div>
                </div>
                {articleId && draft.id ? (
                  <details className="rounded-md border border-slate-200 p-3">
                    <summary className="cursor-pointer text-sm font-medium text-slate-700">
                      {t("console.editor.history")} ({history[locale]?.length ?? 0})
                    </summary>
                    <div className="mt-3">
                      <RevisionHistory
                        revisions={history[locale] ?? []}
                        uiLocale={uiLocale}
                        t={t}
                        busy={busy}
                        onRestore={(revision) => void restore(locale, revision)}
                      />
                    </div>
                  </details>
                ) : null}
              </div>
            </section>
          );
        })}
      </div>
    </div>
  );
}
