import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  { ignores: ["lib/generated/**", ".next/**", "dist/**", ".data/**", "node_modules/**", "next-env.d.ts"] },
  {
    rules: {
      // Everything reads configuration through lib/env.ts.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Use env() from @/lib/env." },
      ],
    },
  },
  {
    // Infrastructure that sits outside the app's configuration: Next's runtime switch, Prisma's CLI
    // config, the test harness and its child processes.
    files: ["lib/env.ts", "instrumentation.ts", "prisma.config.ts", "tests/**", "bench/**", "vitest.config.ts"],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
