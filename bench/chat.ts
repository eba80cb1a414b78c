// npm run bench:chat – real-time chat under load: N shoppers holding SSE streams, M agents
// exchanging messages with them for a fixed time, against the standalone production server on
// a throw-away PostgreSQL. Prints delivery latency (POST → SSE event), messages per second,
// lost and duplicated deliveries (must be 0) and the server's memory. Not part of `npm test`.
import { randomUUID } from "node:crypto";
import { Command } from "commander";
import { createApiToken } from "@/lib/auth/create-api-token";
import { note } from "@/lib/cli/output";
import { db } from "@/lib/db";
import { createUser } from "@/lib/user/create-user";
import { SseReader, type SseEvent } from "../tests/lib/realtime/sse-client";
import { startAppServer, type AppServer } from "../tests/support/app-server";
import {
  cleanUp,
  cleanups,
  ensureBenchBuild,
  INDEX_PREFIX,
  percentile,
  positiveInteger,
  residentBytes,
  startThrowAwayServices,
  step,
} from "./support";

const options = new Command("npm run bench:chat --")
  .description("N shopper SSE streams and M agents exchanging messages; print delivery latency and losses.")
  .option("--streams <n>", "concurrent shopper streams (one conversation each)", positiveInteger, 500)
  .option("--agents <n>", "agents answering, each with their own stream", positiveInteger, 10)
  .option("--duration <seconds>", "how long messages are exchanged", positiveInteger, 20)
  .option("--agent-rate <n>", "messages per second each agent sends", positiveInteger, 5)
  .option("--shopper-interval <seconds>", "each shopper writes once per this many seconds", positiveInteger, 20)
  .option("--no-build", "use the existing build even when sources are newer")
  .parse()
  .opts<{
    streams: number;
    agents: number;
    duration: number;
    agentRate: number;
    shopperInterval: number;
    build: boolean;
  }>();

type Sent = { id: string; conversationId: string; sentAt: number; acceptedAt: number; author: "AGENT" | "VISITOR" };
type Stream = { reader: SseReader; controller: AbortController; seen: Map<string, number> };

const sent = new Map<string, Sent>();
const receivedAt = new Map<string, number>();
let duplicates = 0;
let failedPosts = 0;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function openStream(url: string, headers: Record<string, string>, expectFor: (event: SseEvent) => boolean) {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { accept: "text/event-stream", ...headers },
    signal: controller.signal,
  });
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  const stream: Stream = { controller, seen: new Map(), reader: undefined as unknown as SseReader };
  stream.reader = new SseReader(response.body!, (event) => {
    if (event.event !== "message" || !event.id || !expectFor(event)) return;
    const count = (stream.seen.get(event.id) ?? 0) + 1;
    stream.seen.set(event.id, count);
    if (count > 1) duplicates += 1;
    const key = `${event.id}@${streamKey(stream)}`;
    if (!receivedAt.has(key)) receivedAt.set(key, performance.now());
  });
  return stream;
}

const streamKeys = new WeakMap<Stream, string>();
function streamKey(stream: Stream): string {
  return streamKeys.get(stream)!;
}

async function post(url: string, body: unknown, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { message?: { id: string } };
  if (response.status !== 201 || !json.message)
    throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(json)}`);
  return json.message;
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map((item, i) => run(item, start + i)))));
  }
  return results;
}

async function main(): Promise<void> {
  const root = process.cwd();
  const { postgres, meili, meiliKey } = await startThrowAwayServices("guichet-bench-chat");
  cleanups.push(() => db.$disconnect());

  await ensureBenchBuild(root, options.build);

  const app: AppServer = await step("Starting the app's standalone server", () =>
    startAppServer({ databaseUrl: postgres.url, meiliUrl: meili.url, meiliKey, indexPrefix: INDEX_PREFIX }),
  );
  cleanups.push(app.stop);

  const capacity = Math.ceil(options.streams / options.agents) + 1;
  const agents = await step(`Creating ${options.agents} online agents (capacity ${capacity} each)`, () =>
    Promise.all(
      Array.from({ length: options.agents }, async (_, index) => {
        const user = await createUser(db, {
          email: `agent${index}@bench.example`,
          password: "a-long-enough-password",
          role: "AGENT",
          name: `Agent ${index}`,
        });
        await db.user.update({
          where: { id: user.id },
          data: { availability: "ONLINE", maxConcurrentChats: capacity },
        });
        const { token } = await createApiToken(db, { email: user.email, label: "bench" });
        return { id: user.id, authorization: `Bearer ${token}`, conversations: [] as string[] };
      }),
    ),
  );

  const shoppers = await step(`Starting ${options.streams} conversations (auto-assigned)`, () =>
    inBatches(Array.from({ length: options.streams }), 20, async (_, index) => {
      const ip = `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
      const response = await fetch(`${app.url}/api/v1/conversations`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": ip },
        body: JSON.stringify({ message: `Hello from shopper ${index}`, locale: "en", clientId: randomUUID() }),
      });
      const json = (await response.json()) as { conversation: { id: string }; visitorToken: string };
      if (response.status !== 201) throw new Error(`create: HTTP ${response.status} ${JSON.stringify(json)}`);
      return { conversationId: json.conversation.id, token: json.visitorToken, ip };
    }),
  );
  const assignments = await db.conversation.findMany({ select: { id: true, assigneeId: true, status: true } });
  for (const row of assignments) agents.find((agent) => agent.id === row.assigneeId)?.conversations.push(row.id);
  const unassigned = assignments.filter((row) => row.status !== "ACTIVE").length;
  if (unassigned) note(`! ${unassigned} conversations were not assigned`);

  const memoryBefore = await residentBytes(app.process.pid!);
  const streams = await step(
    `Opening ${options.streams} shopper streams and ${options.agents} agent streams`,
    async () => {
      const opened: { stream: Stream; conversationIds: Set<string> }[] = [];
      await inBatches(shoppers, 50, async (shopper) => {
        const stream = await openStream(
          `${app.url}/api/v1/conversations/${shopper.conversationId}/events?token=${shopper.token}`,
          {},
          () => true,
        );
        streamKeys.set(stream, `s:${shopper.conversationId}`);
        await stream.reader.until((events) => events.some((event) => event.event === "status"), 60_000);
        opened.push({ stream, conversationIds: new Set([shopper.conversationId]) });
      });
      for (const agent of agents) {
        const stream = await openStream(
          `${app.url}/api/v1/console/events`,
          { authorization: agent.authorization },
          () => true,
        );
        streamKeys.set(stream, `a:${agent.id}`);
        await stream.reader.until((events) => events.some((event) => event.event === "ready"), 60_000);
        opened.push({ stream, conversationIds: new Set(agent.conversations) });
      }
      return opened;
    },
  );
  const memoryStreams = await residentBytes(app.process.pid!);

  note(`· Exchanging messages for ${options.duration} s…`);
  const started = performance.now();
  const stopAt = started + options.duration * 1000;
  const sendOne = async (
    url: string,
    headers: Record<string, string>,
    conversationId: string,
    author: Sent["author"],
  ) => {
    const sentAt = performance.now();
    try {
      const message = await post(url, { body: `bench ${randomUUID()}`, clientId: randomUUID() }, headers);
      sent.set(message.id, { id: message.id, conversationId, sentAt, acceptedAt: performance.now(), author });
    } catch (error) {
      failedPosts += 1;
      if (failedPosts <= 3) note(`  ! ${String(error).slice(0, 200)}`);
    }
  };
  const loops: Promise<void>[] = [];
  for (const agent of agents) {
    loops.push(
      (async () => {
        const every = 1000 / options.agentRate;
        for (let next = performance.now(); next < stopAt; next += every) {
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
          const conversationId = agent.conversations[Math.floor(Math.random() * agent.conversations.length)];
          if (!conversationId) return;
          void sendOne(
            `${app.url}/api/v1/console/conversations/${conversationId}/messages`,
            { authorization: agent.authorization },
            conversationId,
            "AGENT",
          );
        }
      })(),
    );
  }
  for (const shopper of shoppers) {
    loops.push(
      (async () => {
        let next = started + Math.random() * options.shopperInterval * 1000;
        for (; next < stopAt; next += options.shopperInterval * 1000) {
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
          await sendOne(
            `${app.url}/api/v1/conversations/${shopper.conversationId}/messages`,
            { authorization: `Bearer ${shopper.token}`, "x-forwarded-for": shopper.ip },
            shopper.conversationId,
            "VISITOR",
          );
        }
      })(),
    );
  }
  await Promise.all(loops);
  const elapsed = (performance.now() - started) / 1000;
  const memoryPeak = await residentBytes(app.process.pid!);
  // Let the last events arrive, then count.
  await new Promise((resolve) => setTimeout(resolve, 3_000));

  const sendLatencies: number[] = [];
  const acceptedLatencies: number[] = [];
  let expected = 0;
  let lost = 0;
  for (const { stream, conversationIds } of streams) {
    const isAgent = streamKey(stream).startsWith("a:");
    for (const message of sent.values()) {
      if (!conversationIds.has(message.conversationId)) continue;
      // Agents' streams carry the shoppers' messages (and their own); shoppers' carry all of theirs.
      if (isAgent && message.author === "AGENT") continue;
      expected += 1;
      const at = receivedAt.get(`${message.id}@${streamKey(stream)}`);
      if (at === undefined) {
        lost += 1;
        continue;
      }
      sendLatencies.push(at - message.sentAt);
      acceptedLatencies.push(Math.max(0, at - message.acceptedAt));
    }
  }
  for (const { stream } of streams) stream.controller.abort();
  sendLatencies.sort((a, b) => a - b);
  acceptedLatencies.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(1)} ms`;

  console.log("");
  console.log(`Chat benchmark — ${options.streams} shopper streams, ${options.agents} agents, ${options.duration} s`);
  console.log(
    `  messages posted          ${sent.size} (${(sent.size / elapsed).toFixed(1)}/s), failed posts ${failedPosts}`,
  );
  console.log(`  deliveries expected      ${expected} (${(expected / elapsed).toFixed(1)}/s)`);
  console.log(
    `  POST sent → event        p50 ${ms(percentile(sendLatencies, 0.5))}  p95 ${ms(percentile(sendLatencies, 0.95))}  p99 ${ms(percentile(sendLatencies, 0.99))}`,
  );
  console.log(
    `  POST accepted → event    p50 ${ms(percentile(acceptedLatencies, 0.5))}  p95 ${ms(percentile(acceptedLatencies, 0.95))}  p99 ${ms(percentile(acceptedLatencies, 0.99))}  (0 = event arrived before the POST answer)`,
  );
  console.log(`  lost                     ${lost}`);
  console.log(`  duplicated               ${duplicates}`);
  console.log(
    `  server memory (RSS)      ${mb(memoryBefore)} before streams, ${mb(memoryStreams)} with streams open, ${mb(memoryPeak)} after load`,
  );
  if (lost || duplicates || failedPosts) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
