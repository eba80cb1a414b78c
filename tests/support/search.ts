import { Meilisearch } from "meilisearch";
import type { TestServices } from "./services";

/** Removes the Meilisearch indexes a test file created (they share one server). */
export async function deleteIndexes(
  services: Pick<TestServices, "meiliUrl" | "meiliKey">,
  prefix: string,
): Promise<void> {
  const client = new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliKey });
  const { results } = await client.getIndexes({ limit: 1000 });
  await Promise.all(
    results.filter((index) => index.uid.startsWith(prefix)).map((index) => client.deleteIndex(index.uid).waitTask()),
  );
}
