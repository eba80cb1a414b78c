import type { TestProject } from "vitest/node";
import { acquireServices, releaseServices, type TestServices } from "../support/services";

declare module "vitest" {
  export interface ProvidedContext {
    services: TestServices;
  }
}

export default async function setup(project: TestProject) {
  project.provide("services", await acquireServices());
  return releaseServices;
}
