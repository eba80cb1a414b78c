import { article } from "./article";
import { chat } from "./chat";
import { common } from "./common";
import { consoleMessages } from "./console";
import { consoleAdmin } from "./console-admin";
import { search } from "./search";

// One file per area of the product; add an area here and in ../fr/index.ts.
export const en = { ...common, ...article, ...search, ...consoleMessages, ...chat, ...consoleAdmin };

export type MessageKey = keyof typeof en;
