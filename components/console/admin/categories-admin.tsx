"use client";

import { useState, useTransition, type FormEvent } from "react";
import {
  createCategoryAction,
  moveCategoryAction,
  updateCategoryAction,
  type ActionResult,
} from "@/app/console/categories/actions";
import { languageNames, translator } from "@/lib/i18n/translate";

export type CategoryItem = {
  id: string;
  slug: string;
  articleCount: number;
  translations: { locale: string; name: string; description: string | null }[];
};

const field =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-600";
const small =
  "rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:border-brand-600 disabled:opacity-40";

function translationsFrom(form: HTMLFormElement, locales: string[]) {
  const data = new FormData(form);
  return locales.flatMap((locale) => {
    const name = String(data.get(`name-${locale}`) ?? "").trim();
    const description = String(data.get(`description-${locale}`) ?? "").trim();
    return name ? [{ locale, name, description }] : [];
  });
}

/** Categories in their order: move up or down, rename per locale (missing names marked), add. */
export function CategoriesAdmin({
  uiLocale,
  locales,
  categories,
}: {
  uiLocale: string;
  locales: string[];
  categories: CategoryItem[];
}) {
  const t = translator(uiLocale);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();

  function run(action: () => Promise<ActionResult>, after?: () => void) {
    setError(undefined);
    setNotice(undefined);
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setNotice(t("console.categories.saved"));
        after?.();
      } else setError(result.error);
    });
  }

  function fields(category?: CategoryItem) {
    return (
      <div className="grid gap-3 sm:grid-cols-2">
        {locales.map((locale) => {
          const translation = category?.translations.find((candidate) => candidate.locale === locale);
          return (
            <div key={locale} data-locale={locale}>
              <label className="block text-sm text-slate-700">
                {t("console.categories.name", { locale: languageNames[locale] ?? locale })}
                {category && !translation ? (
                  <span className="ml-2 text-xs font-medium text-red-700">{t("console.editor.missing")}</span>
                ) : null}
                <input
                  name={`name-${locale}`}
                  defaultValue={translation?.name ?? ""}
                  maxLength={100}
                  className={field}
                />
              </label>
              <label className="mt-2 block text-sm text-slate-700">
                {t("console.categories.description", { locale: languageNames[locale] ?? locale })}
                <input
                  name={`description-${locale}`}
                  defaultValue={translation?.description ?? ""}
                  maxLength={500}
                  className={field}
                />
              </label>
            </div>
          );
        })}
      </div>
    );
  }

  return (
    <div className="mt-6 space-y-6">
      {error ? (
        <p
          role="alert"
          data-testid="categories-error"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="text-sm text-brand-700">
          {notice}
        </p>
      ) : null}
      <ol className="space-y-3" data-testid="category-list">
        {categories.map((category, index) => {
          const name =
            category.translations.find((translation) => translation.locale === uiLocale)?.name ?? category.slug;
          return (
            <li
              key={category.id}
              data-slug={category.slug}
              className="rounded-xl border border-slate-200 bg-white shadow-sm"
            >
              <details>
                <summary className="flex cursor-pointer items-center justify-between gap-3 px-4 py-3">
                  <span>
                    <span className="font-medium text-slate-900">{name}</span>{" "}
                    <span className="text-sm text-slate-500">
                      · {category.slug} · {t("console.categories.articles", { count: category.articleCount })}
                    </span>
                  </span>
                  <span className="flex gap-2">
                    <button
                      type="button"
                      className={small}
                      disabled={pending || index === 0}
                      aria-label={`${t("console.categories.up")}: ${name}`}
                      onClick={() => run(() => moveCategoryAction(category.id, "up"))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className={small}
                      disabled={pending || index === categories.length - 1}
                      aria-label={`${t("console.categories.down")}: ${name}`}
                      onClick={() => run(() => moveCategoryAction(category.id, "down"))}
                    >
                      ↓
                    </button>
                  </span>
                </summary>
                <form
                  className="space-y-3 border-t border-slate-100 px-4 py-3"
                  onSubmit={(event: FormEvent<HTMLFormElement>) => {
                    event.preventDefault();
                    const form = event.currentTarget;
                    const slug = String(new FormData(form).get("slug") ?? "");
                    run(() =>
                      updateCategoryAction(category.id, { slug, translations: translationsFrom(form, locales) }),
                    );
                  }}
                >
                  <label className="block max-w-sm text-sm text-slate-700">
                    {t("console.categories.slug")}
                    <input name="slug" defaultValue={category.slug} required className={`${field} font-mono`} />
                  </label>
                  {fields(category)}
                  <button type="submit" disabled={pending} className={small}>
                    {t("console.categories.save")}
                  </button>
                </form>
              </details>
            </li>
          );
        })}
      </ol>
      <form
        aria-labelledby="add-category"
        className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          const form = event.currentTarget;
          const slug = String(new FormData(form).get("slug") ?? "");
          run(
            () => createCategoryAction({ slug, translations: translationsFrom(form, locales) }),
            () => form.reset(),
          );
        }}
      >
        <h2 id="add-category" className="text-lg font-semibold text-brand-900">
          {t("console.categories.add")}
        </h2>
        <label className="block max-w-sm text-sm text-slate-700">
          {t("console.categories.slug")}
          <input name="slug" required className={`${field} font-mono`} />
        </label>
        {fields()}
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {t("console.categories.add")}
        </button>
      </form>
    </div>
  );
}
