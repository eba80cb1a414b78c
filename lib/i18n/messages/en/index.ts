import { article } from "./article";
import { common } from "./common";
import { consoleMessages } from "./console";
import { search } from "./search";

// One file per area of the product; add an area here and in ../fr/index.ts.
export const en = { ...common, ...article, ...search, ...consoleMessages };

export type MessageKey = keyof typeof en;
