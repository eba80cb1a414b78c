// npm run db:seed – loads (or refreshes) the demo help center into DATABASE_URL.
import { createPrismaClient } from "@/lib/db";
import { ConfigError, databaseEnv } from "@/lib/env";
import { seedDemo } from "@/lib/seed/seed-demo";

try {
  const db = createPrismaClient(databaseEnv().DATABASE_URL);
  const summary = await seedDemo(db);
  console.log(
    `Seeded ${summary.categories} categories, ${summary.articles} articles (${summary.translations} translations), ` +
      `${summary.users} staff accounts, ${summary.cannedResponses} canned responses.`,
  );
  await db.$disconnect();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
