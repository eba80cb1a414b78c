// public/widget/panel.js: the panel inside the iframe. Vanilla TypeScript, no framework, so
// that its first load stays far below 60 KB gzipped. It talks to the app's public API (same
// origin) and to the shop page through postMessage, checking origin and window both ways.
import type { Identity, Kept, PanelMessage, ShopContext, StateMessage } from "./protocol";
import { strings } from "./strings";

type Hit = { id: string; articleId: string; slug: string; title: string; excerpt: string };
type Message = { id: string; authorType: string; body: string; clientId: string | null };
type Status = {
  status: string;
  position: number | null;
  estimatedWaitSeconds: number | null;
  assignee: { name: string } | null;
};
type Stored = Kept;
type Child = Node | string | null | undefined | false;

const STORAGE_KEY = "guichet:conversation";
const TOPICS = ["PRODUCT", "CHECKOUT", "AFTER_SALES", "ACCOUNT", "OTHER"];
const PAGE_TOPICS: Record<string, string> = {
  checkout: "CHECKOUT",
  cart: "CHECKOUT",
  payment: "CHECKOUT",
  product: "PRODUCT",
  order: "AFTER_SALES",
  "after-sales": "AFTER_SALES",
  account: "ACCOUNT",
  login: "ACCOUNT",
};

const app = document.getElementById("app")!;
const locale = app.dataset.locale || "en";
const parentOrigin = app.dataset.origin || location.origin;
const t = strings[locale] || strings.en;
const framed = window.parent !== window;

let context: ShopContext = {};
let pageUrl = "";
let visible = !framed;
let identity: Identity | null = null;
let identityKey = "";
let identityNote: Node | null = null;
let verified = false;
let view: "home" | "article" | "chat" = "home";
let searchId = newId();
let lastQuery = "";
const articlesViewed: string[] = [];
let unread = 0;
let events: EventSource | undefined;
let statusLine: HTMLElement | undefined;
let log: HTMLElement | undefined;
const seen = new Set<string>();
/** The conversation when this frame has no storage (third-party storage blocked). */
let memory: Stored | null = null;

function newId(): string {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string | boolean | ((event: Event) => void)>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === "function") element.addEventListener(key, value as EventListener);
    else if (value === true) element.setAttribute(key, "");
    else if (typeof value === "string") element.setAttribute(key, value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

function post(message: PanelMessage) {
  if (framed) window.parent.postMessage(message, parentOrigin);
}

function emit(name: string, data: unknown) {
  post({ g: "event", name, data });
}

async function api<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (init.body) headers["Content-Type"] = "application/json";
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  const response = await fetch(path, { ...init, headers });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw Object.assign(new Error(body?.error?.message || t.failed), { status: response.status });
  return body as T;
}

function stored(): Stored | null {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) || "null");
  } catch {
    return memory;
  }
}

function store(value: Stored | null) {
  memory = value;
  try {
    if (value) localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
    else localStorage.removeItem(STORAGE_KEY);
    post({ g: "active", on: !!value });
  } catch {
    // This frame's storage is blocked: the loader keeps the conversation in the shop's storage.
    post({ g: "active", on: !!value, keep: value || undefined });
  }
}

function topic(): string {
  const raw = String(context.topic || "")
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
  if (TOPICS.includes(raw)) return raw;
  return PAGE_TOPICS[String(context.pageType || "").toLowerCase()] || "OTHER";
}

function setUnread(count: number) {
  unread = count;
  post({ g: "unread", count });
}

function screen(title: string, back: (() => void) | null, ...children: Child[]) {
  const main = h("main", {}, identityNote, ...children);
  app.replaceChildren(
    h(
      "header",
      {},
      back && h("button", { type: "button", "aria-label": t.back, click: back }, "←"),
      h("h1", {}, title),
      framed && h("button", { type: "button", "aria-label": t.close, click: () => post({ g: "close" }) }, "×"),
    ),
    main,
  );
  return main;
}

function helpBlock(): HTMLElement {
  const going = stored();
  return h(
    "div",
    { class: "help" },
    h("p", {}, t.stillNeedHelp),
    h(
      "button",
      { type: "button", class: "btn", click: () => showChat() },
      going ? t.backToConversation : t.talkToPerson,
    ),
  );
}

function articleList(hits: Hit[], onPick: (hit: Hit) => void): HTMLElement {
  return h(
    "ul",
    {},
    ...hits.map((hit) =>
      h(
        "li",
        {},
        h("button", { type: "button", class: "a", click: () => onPick(hit) }, hit.title, h("small", {}, hit.excerpt)),
      ),
    ),
  );
}

function showHome(initialQuery = "") {
  view = "home";
  const input = h("input", {
    type: "search",
    role: "combobox",
    "aria-label": t.search,
    "aria-expanded": "false",
    "aria-controls": "results",
    "aria-autocomplete": "list",
    placeholder: t.placeholder,
    autocomplete: "off",
  });
  const results = h("ul", { id: "results", role: "listbox", "aria-label": t.results });
  const suggestions = h("section", {}, h("h2", {}, t.suggested), h("p", { class: "note" }, t.loading));
  screen(t.title, null, input, results, suggestions, helpBlock());

  let hits: Hit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;

  const highlight = (index: number) => {
    active = index;
    [...results.children].forEach((option, position) =>
      option.setAttribute("aria-selected", String(position === index)),
    );
    if (index >= 0) input.setAttribute("aria-activedescendant", `option-${index}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const pick = (hit: Hit) => {
    api(`/api/v1/search/${searchId}/click`, {
      method: "POST",
      body: JSON.stringify({ articleId: hit.articleId }),
    }).catch(() => {});
    showArticle(hit.slug);
  };

  const runSearch = async () => {
    const q = input.value.trim();
    lastQuery = q;
    const mine = ++sequence;
    if (!q) {
      searchId = newId();
      results.replaceChildren();
      input.setAttribute("aria-expanded", "false");
      suggestions.hidden = false;
      return;
    }
    const params = new URLSearchParams({ q, locale, limit: "6", searchId });
    const answer = await api<{ hits: Hit[] }>(`/api/v1/search?${params}`).catch(() => ({ hits: [] as Hit[] }));
    if (mine !== sequence) return;
    hits = answer.hits;
    suggestions.hidden = true;
    results.replaceChildren(
      ...hits.map((hit, index) =>
        h(
          "li",
          { role: "option", id: `option-${index}`, "aria-selected": "false", click: () => pick(hit) },
          hit.title,
          h("small", {}, hit.excerpt),
        ),
      ),
    );
    if (!hits.length) results.append(h("li", { class: "note" }, t.noResults));
    input.setAttribute("aria-expanded", String(hits.length > 0));
    highlight(-1);
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(runSearch, 180);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && hits.length) highlight((active + 1) % hits.length);
    else if (event.key === "ArrowUp" && hits.length) highlight(active <= 0 ? hits.length - 1 : active - 1);
    else if (event.key === "Enter" && hits[active]) pick(hits[active]);
    else if (event.key === "Escape" && input.value) input.value = "";
    else return;
    event.preventDefault();
  });

  const params = new URLSearchParams({ locale });
  if (context.topic) params.set("topic", String(context.topic));
  if (context.pageType) params.set("pageType", String(context.pageType));
  api<{ articles: Hit[] }>(`/api/v1/widget/suggestions?${params}`)
    .then(({ articles }) =>
      suggestions.replaceChildren(
        h("h2", {}, t.suggested),
        articleList(articles, (hit) => showArticle(hit.slug)),
      ),
    )
    .catch(() => suggestions.replaceChildren());

  if (initialQuery) {
    input.value = initialQuery;
    runSearch();
  }
  if (visible) input.focus();
}

async function showArticle(slug: string) {
  view = "article";
  const main = screen(t.title, () => showHome(lastQuery), h("p", { class: "note" }, t.loading));
  try {
    const { article } = await api<{ article: { slug: string; title: string; html: string } }>(
      `/api/v1/articles/${encodeURIComponent(slug)}?locale=${locale}`,
    );
    if (!articlesViewed.includes(article.slug)) articlesViewed.push(article.slug);
    const body = h("div");
    body.innerHTML = article.html; // sanitised by the server
    for (const link of body.querySelectorAll("a")) {
      const inPanel = /^\/[a-z]{2}(?:-[A-Z]{2})?\/articles\/([^/?#]+)/.exec(link.getAttribute("href") || "");
      if (inPanel) {
        link.addEventListener("click", (event) => {
          event.preventDefault();
          showArticle(decodeURIComponent(inPanel[1]));
        });
      } else {
        link.target = "_blank";
        link.rel = "noopener";
      }
    }
    main.replaceChildren(identityNote || "", h("article", {}, h("h2", {}, article.title), body), helpBlock());
  } catch (error) {
    main.replaceChildren(h("p", { class: "err" }, (error as Error).message));
  }
}

async function showChat(): Promise<void> {
  view = "chat";
  setUnread(0);
  const going = stored();
  if (going) return showConversation(going);
  const notice = h("p", { class: "note" }, t.loading);
  const question = h("textarea", { id: "question", required: true, maxlength: "5000" });
  question.value = lastQuery;
  const email = h("input", { id: "email", type: "email", autocomplete: "email" });
  email.value = identity?.email || "";
  const name = h("input", { id: "name", autocomplete: "name" });
  name.value = identity?.name || "";
  const submit = h("button", { type: "submit", class: "btn" }, t.start);
  const error = h("p", { class: "err", role: "alert" });
  const clientId = newId();
  const form = h(
    "form",
    {},
    notice,
    h("label", { for: "question" }, t.yourQuestion),
    question,
    h("label", { for: "email" }, t.email),
    email,
    h("label", { for: "name" }, t.name),
    name,
    submit,
    error,
  );
  screen(t.talkToPerson, () => showHome(lastQuery), form);
  api<{ online: boolean }>(`/api/v1/availability?locale=${locale}`)
    .then(({ online }) => {
      notice.textContent = online ? t.online : t.offlineNotice;
      email.required = !online;
      submit.textContent = online ? t.start : t.leaveMessage;
    })
    .catch(() => (notice.textContent = ""));

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.textContent = "";
    const attached = { ...context, identity: identity ? { id: identity.id, verified } : undefined };
    const payload = {
      message: question.value,
      locale,
      topic: topic(),
      email: email.value || undefined,
      name: name.value || undefined,
      searchId: lastQuery ? searchId : undefined,
      query: lastQuery.slice(0, 200) || undefined,
      pageUrl: pageUrl.slice(0, 2000) || undefined,
      articlesViewed: articlesViewed.slice(-50),
      context: JSON.stringify(attached).length <= 8000 ? attached : undefined,
      identity: identity || undefined,
      clientId,
    };
    try {
      const created = await api<{ conversation: { id: string; status: string }; visitorToken: string }>(
        "/api/v1/conversations",
        { method: "POST", body: JSON.stringify(payload) },
      );
      const going = { id: created.conversation.id, token: created.visitorToken };
      store(going);
      emit("conversation:started", created.conversation);
      searchId = newId();
      lastQuery = "";
      showConversation(going);
    } catch (failure) {
      error.textContent = (failure as Error).message;
      submit.disabled = false;
    }
  });
}

function describe(status: Status): string {
  if (status.status === "QUEUED") return t.queued(status.position || 1, status.estimatedWaitSeconds);
  if (status.status === "ACTIVE") return t.active(status.assignee?.name);
  if (status.status === "OFFLINE") return t.offline;
  return t.resolved;
}

function addMessage(message: Message) {
  if (seen.has(message.id)) return;
  seen.add(message.id);
  const pending = message.clientId && log?.querySelector(`[data-client-id="${CSS.escape(message.clientId)}"]`);
  if (pending) {
    pending.setAttribute("data-state", "sent");
    return;
  }
  log?.append(h("div", { class: `msg ${message.authorType}`, "data-state": "sent" }, message.body));
  log?.lastElementChild?.scrollIntoView({ block: "end" });
}

function receive(message: Message, live: boolean) {
  const fresh = !seen.has(message.id);
  addMessage(message);
  if (fresh && live && message.authorType === "AGENT") {
    emit("message:received", { id: message.id, body: message.body });
    if (!visible || view !== "chat") setUnread(unread + 1);
  }
}

function setStatus(status: Status) {
  if (statusLine) statusLine.textContent = describe(status);
  if (status.status === "RESOLVED" || status.status === "ABANDONED") {
    statusLine?.after(
      h(
        "button",
        {
          type: "button",
          class: "btn ghost",
          click: () => {
            events?.close();
            events = undefined;
            store(null);
            showChat();
          },
        },
        t.newConversation,
      ),
    );
  }
}

async function connect(going: Stored) {
  seen.clear();
  log = h("div", { class: "log", role: "log", "aria-live": "polite" });
  statusLine = h("p", { class: "note", "data-testid": "conversation-status" });
  let lastEventId = "";
  try {
    const { conversation, messages } = await api<{ conversation: Status; messages: Message[] }>(
      `/api/v1/conversations/${going.id}`,
      { token: going.token },
    );
    for (const message of messages) addMessage(message);
    lastEventId = messages.at(-1)?.id || "";
    setStatus(conversation);
  } catch (error) {
    if ((error as { status?: number }).status === 404 || (error as { status?: number }).status === 401) {
      store(null);
      return false;
    }
  }
  events?.close();
  const params = new URLSearchParams({ token: going.token });
  if (lastEventId) params.set("lastEventId", lastEventId);
  events = new EventSource(`/api/v1/conversations/${going.id}/events?${params}`);
  events.addEventListener("message", (event) => receive(JSON.parse(event.data), true));
  events.addEventListener("status", (event) => setStatus(JSON.parse(event.data)));
  return true;
}

async function showConversation(going: Stored): Promise<void> {
  const main = screen(t.talkToPerson, () => showHome(), h("p", { class: "note" }, t.loading));
  if (!events && !(await connect(going))) return showChat();
  const body = h("textarea", { id: "message", required: true, maxlength: "5000" });
  const form = h(
    "form",
    {},
    h("label", { for: "message" }, t.yourMessage),
    body,
    h("button", { class: "btn" }, t.send),
  );
  const send = async () => {
    const text = body.value.trim();
    if (!text) return;
    const clientId = newId();
    body.value = "";
    log?.append(h("div", { class: "msg VISITOR", "data-client-id": clientId, "data-state": "sending" }, text));
    await api(`/api/v1/conversations/${going.id}/messages`, {
      method: "POST",
      token: going.token,
      body: JSON.stringify({ body: text, clientId }),
    }).catch(() => log?.querySelector(`[data-client-id="${clientId}"]`)?.setAttribute("data-state", "failed"));
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send();
  });
  body.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      send();
    }
  });
  main.replaceChildren(identityNote || "", statusLine!, log!, form);
}

async function checkIdentity(next: Identity) {
  try {
    const answer = await api<{ verified: boolean }>("/api/v1/widget/identify", {
      method: "POST",
      body: JSON.stringify(next),
    });
    verified = answer.verified;
    const who = next.name || next.email || next.id;
    identityNote = h(
      "p",
      { class: "note", "data-testid": "identity" },
      `${t.signedInAs(who)} · `,
      h("span", { class: verified ? "ok" : "" }, verified ? t.verified : t.unverified),
    );
    emit("identity", { verified });
  } catch (error) {
    verified = false;
    identity = null;
    identityNote = h("p", { class: "err", "data-testid": "identity" }, t.identityRejected);
    emit("identity", { verified: false, error: (error as Error).message });
  }
  document.querySelector("main")?.prepend(identityNote);
}

window.addEventListener("message", (event: MessageEvent<StateMessage>) => {
  if (event.origin !== parentOrigin || event.source !== window.parent || event.data?.g !== "state") return;
  const state = event.data;
  if (state.resume && !stored()) {
    memory = state.resume;
    view = "chat";
    showConversation(memory);
  }
  const contextChanged = JSON.stringify(state.context) !== JSON.stringify(context);
  context = state.context || {};
  pageUrl = state.pageUrl;
  const wasVisible = visible;
  visible = state.visible;
  const key = JSON.stringify(state.identity);
  if (state.identity && key !== identityKey) {
    identityKey = key;
    identity = state.identity;
    document.querySelector('[data-testid="identity"]')?.remove();
    checkIdentity(state.identity);
  }
  if (state.query) showHome(state.query);
  else if (view === "home" && contextChanged) showHome();
  if (visible && !wasVisible && view === "chat") setUnread(0);
  if (visible && !wasVisible) document.querySelector<HTMLElement>("input,textarea")?.focus();
});

const going = stored();
if (going) {
  // Back on another page of the shop: pick the conversation up where it was.
  view = "chat";
  showConversation(going);
} else showHome();
post({ g: "ready" });
