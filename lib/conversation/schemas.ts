import { ZIdentity } from "@/lib/widget/verify-identity";
import { z } from "zod";
import { ZConfiguredLocale } from "@/lib/article/schemas";

export const MAX_MESSAGE_LENGTH = 5000;
export const MAX_CONTEXT_BYTES = 8 * 1024;

export const TOPICS = ["PRODUCT", "CHECKOUT", "AFTER_SALES", "ACCOUNT", "OTHER"] as const;

export const ZMessageBody = z
  .string({ error: "is required: the text of the message" })
  .trim()
  .min(1, { error: "must not be empty" })
  .max(MAX_MESSAGE_LENGTH, { error: `must be at most ${MAX_MESSAGE_LENGTH} characters` });

export const ZClientId = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{8,100}$/, { error: "must be 8–100 letters, digits, _ . : or - (a random UUID is best)" });

const ZContext = z
  .record(z.string(), z.unknown(), { error: "must be a JSON object" })
  .refine((value) => Buffer.byteLength(JSON.stringify(value), "utf8") <= MAX_CONTEXT_BYTES, {
    error: `must be at most ${MAX_CONTEXT_BYTES} bytes of JSON`,
  });

export const ZCreateConversation = z.object({
  message: ZMessageBody,
  locale: ZConfiguredLocale,
  topic: z.enum(TOPICS, { error: `must be one of ${TOPICS.join(", ")}` }).optional(),
  email: z.email({ error: "must be an email address" }).max(254).optional(),
  name: z.string().trim().min(1).max(100, { error: "must be at most 100 characters" }).optional(),
  searchId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "must be the searchId a search answered" })
    .optional(),
  query: z.string().trim().max(200, { error: "must be at most 200 characters" }).optional(),
  pageUrl: z.string().max(2000, { error: "must be at most 2000 characters" }).optional(),
  articlesViewed: z
    .array(z.string().min(1).max(200), { error: "must be a list of article ids or slugs" })
    .max(50, { error: "must list at most 50 articles" })
    .optional(),
  context: ZContext.optional(),
  clientId: ZClientId.optional(),
  /** Who the shop says the shopper is (widget `identify`), checked against its signature. */
  identity: ZIdentity.optional(),
});

export type TCreateConversation = z.infer<typeof ZCreateConversation>;

export const ZSendMessage = z.object({ body: ZMessageBody, clientId: ZClientId.optional() });

export type TSendMessage = z.infer<typeof ZSendMessage>;

export const ZCsat = z.object({
  score: z
    .number({ error: "must be a whole number from 1 to 5" })
    .int({ error: "must be a whole number from 1 to 5" })
    .min(1, { error: "must be a whole number from 1 to 5" })
    .max(5, { error: "must be a whole number from 1 to 5" }),
  comment: z.string().trim().max(2000, { error: "must be at most 2000 characters" }).optional(),
});

export const ZTyping = z.object({ typing: z.boolean({ error: "must be true or false" }) });

export const ZTransfer = z.object({
  assigneeId: z.string({ error: "is required: the id of the agent" }).min(1).max(64),
});

export const ZPresence = z.object({
  availability: z.enum(["ONLINE", "AWAY", "OFFLINE"], { error: "must be ONLINE, AWAY or OFFLINE" }),
});

export const CONVERSATION_STATUSES = ["QUEUED", "ACTIVE", "RESOLVED", "OFFLINE", "ABANDONED"] as const;

export const ZConsoleConversationQuery = z.object({
  status: z.enum(CONVERSATION_STATUSES, { error: `must be one of ${CONVERSATION_STATUSES.join(", ")}` }).optional(),
  mine: z
    .enum(["1", "0", "true", "false"], { error: "must be 1 or 0" })
    .transform((value) => value === "1" || value === "true")
    .optional(),
});

export const ZIdParams = z.object({ id: z.string().min(1).max(64) });

export const ZAvailabilityQuery = z.object({ locale: z.string().optional() });
