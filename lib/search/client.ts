import "server-only";
import { Meilisearch } from "meilisearch";
import { env } from "@/lib/env";
import { keepAliveTransport } from "@/lib/search/keep-alive-transport";

let client: Meilisearch | undefined;

export function searchClient(): Meilisearch {
  // Short: a shopper waiting on a stuck search engine is served by the fallback instead.
  client ??= new Meilisearch({
    host: env().MEILI_URL,
    apiKey: env().MEILI_MASTER_KEY,
    timeout: 2_000,
    // The client marks this option deprecated; lib/search/keep-alive-transport.ts says why we use it.
    httpClient: keepAliveTransport,
  });
  return client;
}

/** The index of published article translations (one document per translation). */
export function articlesIndexUid(): string {
  return `${env().MEILI_INDEX_PREFIX}articles`;
}
