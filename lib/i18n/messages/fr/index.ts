import type { MessageKey } from "../en";
import { article } from "./article";
import { chat } from "./chat";
import { common } from "./common";
import { consoleMessages } from "./console";
import { consoleAdmin } from "./console-admin";
import { search } from "./search";

export const fr: Record<MessageKey, string> = {
  ...common,
  ...article,
  ...search,
  ...consoleMessages,
  ...chat,
  ...consoleAdmin,
};
