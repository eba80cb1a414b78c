import type { MessageKey } from "../en";
import { article } from "./article";
import { common } from "./common";
import { consoleMessages } from "./console";
import { search } from "./search";

export const fr: Record<MessageKey, string> = { ...common, ...article, ...search, ...consoleMessages };
