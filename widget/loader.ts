// public/widget.js: the one script a shop page includes. It stays tiny (budget 3 KB gzipped):
// a launcher in a closed shadow root, and the panel iframe only once it is needed.
import type { Identity, PanelMessage, ShopContext, StateMessage } from "./protocol";

type Call = [string, ArrayLike<unknown>];
type Listener = (data: unknown) => void;
type Api = {
  open(options?: { query?: string }): void;
  close(): void;
  setContext(context: ShopContext): void;
  identify(identity: Identity): void;
  on(event: string, listener: Listener): void;
};

const w = window as unknown as { Guichet?: Partial<Api> & { q?: Call[] } };
const script = document.currentScript as HTMLScriptElement | null;

if (script && !(w.Guichet && "_" in w.Guichet)) {
  const base = new URL(script.src).origin;
  const locale = script.dataset.locale || document.documentElement.lang.slice(0, 2) || "";
  const activeKey = "guichet:active";
  const listeners: Record<string, Listener[]> = {};
  let context: ShopContext = {};
  let identity: Identity | null = null;
  let visible = false;
  let allowed = false;
  let wanted = false;
  let query: string | undefined;
  let frame: HTMLIFrameElement | undefined;
  let ready = false;
  let root: ShadowRoot | undefined;
  let badge: HTMLElement | undefined;
  let kept: string | null = null;
  try {
    kept = localStorage.getItem(activeKey);
  } catch {
    // Storage can be disabled; the panel then loads when opened.
  }

  const send = () => {
    if (!frame || !ready) return;
    const resume = kept && kept[0] === "{" ? JSON.parse(kept) : null;
    const state: StateMessage = { g: "state", visible, context, identity, pageUrl: location.href, query, resume };
    query = undefined;
    frame.contentWindow?.postMessage(state, base);
  };

  const show = () => {
    if (frame) frame.style.display = visible ? "block" : "none";
    send();
  };

  const ensureFrame = () => {
    if (!allowed || !root || frame) return;
    frame = document.createElement("iframe");
    frame.title = locale === "fr" ? "Aide" : "Help";
    frame.src = `${base}/widget?locale=${encodeURIComponent(locale)}&origin=${encodeURIComponent(location.origin)}`;
    frame.setAttribute("part", "panel");
    root.appendChild(frame);
    show();
  };

  const api: Api & { _: 1 } = {
    _: 1,
    open(options) {
      query = options?.query;
      visible = wanted = true;
      ensureFrame();
      show();
    },
    close() {
      visible = false;
      show();
    },
    setContext(next) {
      context = { ...context, ...next };
      send();
    },
    identify(next) {
      identity = next;
      send();
    },
    on(event, listener) {
      (listeners[event] ||= []).push(listener);
    },
  };

  addEventListener("message", (event: MessageEvent<PanelMessage>) => {
    if (event.origin !== base || !frame || event.source !== frame.contentWindow) return;
    const data = event.data;
    if (data.g === "ready") {
      ready = true;
      send();
    } else if (data.g === "close") api.close();
    else if (data.g === "unread" && badge) {
      badge.textContent = String(data.count);
      badge.hidden = !data.count;
    } else if (data.g === "active") {
      // Browsers that block storage in third-party frames: the shop's own storage keeps it.
      kept = data.on ? (data.keep ? JSON.stringify(data.keep) : "1") : null;
      try {
        if (kept) localStorage.setItem(activeKey, kept);
        else localStorage.removeItem(activeKey);
      } catch {
        // Storage disabled here too: the conversation lasts as long as the page.
      }
    } else if (data.g === "event") for (const listener of listeners[data.name] || []) listener(data.data);
  });

  const queued = w.Guichet?.q || [];
  w.Guichet = api;
  for (const [name, args] of queued)
    (api as unknown as Record<string, (...a: unknown[]) => void>)[name]?.(...Array.from(args));

  fetch(`${base}/api/v1/widget/config`, { credentials: "omit" })
    .then((response) => (response.ok ? response.json() : Promise.reject()))
    .then((config: { color: string }) => {
      allowed = true;
      const host = document.createElement("div");
      host.style.cssText = "all:initial;position:fixed;z-index:2147483000;right:20px;bottom:20px";
      root = host.attachShadow({ mode: "closed" });
      root.innerHTML = `<style>button{all:initial;display:block;box-sizing:border-box;width:56px;height:56px;border-radius:50%;background:${config.color};color:#fff;font:600 26px/56px system-ui,sans-serif;text-align:center;cursor:pointer;box-shadow:0 4px 14px #0004;position:relative}button:focus-visible{outline:3px solid #000;outline-offset:2px}span{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 5px;border-radius:10px;background:#dc2626;color:#fff;font:700 12px/20px system-ui,sans-serif}iframe{position:absolute;right:0;bottom:68px;width:min(380px,calc(100vw - 40px));height:min(600px,calc(100vh - 110px));border:0;border-radius:14px;box-shadow:0 8px 30px #0004;background:#fff}</style><button type="button" aria-label="${locale === "fr" ? "Aide" : "Help"}">?<span hidden></span></button>`;
      const button = root.querySelector("button")!;
      badge = root.querySelector("span")!;
      button.onclick = () => (visible ? api.close() : api.open());
      document.body.appendChild(host);
      if (wanted || kept) ensureFrame();
    })
    .catch(() =>
      console.error(
        `Guichet: ${location.origin} is not an allowed origin for the help center at ${base}. Add it to the widget's allowed origins in the console settings.`,
      ),
    );
}
