-- PostgreSQL side of search: the fallback used when Meilisearch is unreachable, and the wake-up
-- signal of the search sync loop.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Accent-insensitive text search, per language. Names inside functions are schema-qualified:
-- since PostgreSQL 17, index builds run them with a locked-down search_path.
CREATE TEXT SEARCH CONFIGURATION guichet_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION guichet_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION guichet_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION guichet_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION guichet_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION guichet_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

CREATE FUNCTION guichet_search_config(locale TEXT) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE split_part(locale, '-', 1)
    WHEN 'en' THEN 'public.guichet_en'::regconfig
    WHEN 'fr' THEN 'public.guichet_fr'::regconfig
    ELSE 'public.guichet_simple'::regconfig
  END
$$;

-- Title > keywords > excerpt > body, as in the Meilisearch index.
CREATE FUNCTION guichet_search_vector(locale TEXT, title TEXT, keywords TEXT[], excerpt TEXT, body TEXT) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(public.guichet_search_config(locale), coalesce(title, '')), 'A')
      || setweight(to_tsvector(public.guichet_search_config(locale), array_to_string(coalesce(keywords, '{}'), ' ')), 'B')
      || setweight(to_tsvector(public.guichet_search_config(locale), coalesce(excerpt, '')), 'C')
      || setweight(to_tsvector(public.guichet_search_config(locale), coalesce(body, '')), 'D')
$$;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes it safe to index.
CREATE FUNCTION guichet_unaccent(value TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT public.unaccent('public.unaccent'::regdictionary, value)
$$;

-- Text the typo-tolerant (trigram) fallback compares a query with.
CREATE FUNCTION guichet_search_label(title TEXT, keywords TEXT[]) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT public.guichet_unaccent(lower(coalesce(title, '') || ' ' || array_to_string(coalesce(keywords, '{}'), ' ')))
$$;

CREATE INDEX "ArticleTranslation_search_vector_idx" ON "ArticleTranslation"
  USING GIN (guichet_search_vector("locale", "title", "keywords", "excerpt", "bodyMarkdown"))
  WHERE "status" = 'PUBLISHED';

CREATE INDEX "ArticleTranslation_search_label_idx" ON "ArticleTranslation"
  USING GIN (guichet_search_label("title", "keywords") gin_trgm_ops)
  WHERE "status" = 'PUBLISHED';

-- Wake the search sync loops as soon as a change is queued (delivered at commit).
CREATE FUNCTION guichet_notify_search_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('guichet_search_sync', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER "SearchSync_notify" AFTER INSERT ON "SearchSync"
  FOR EACH STATEMENT EXECUTE FUNCTION guichet_notify_search_sync();
