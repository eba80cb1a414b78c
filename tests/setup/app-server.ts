import { ensureBuild } from "@/lib/runtime/ensure-build";

// Browser tests drive the production build: make sure it is current before any test starts.
// Each test file then serves it against its own seeded database (tests/support/seeded-app.ts).
export default async function setup() {
  await ensureBuild(process.cwd(), { ...process.env, NODE_ENV: "production" }, () =>
    console.log("Building the app for the browser tests…"),
  );
}
