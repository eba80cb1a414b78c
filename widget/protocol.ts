// The messages the loader (shop page) and the panel (iframe) exchange with postMessage. Both
// sides check the sender's origin and window before reading one.

export type ShopContext = Record<string, unknown> & {
  topic?: string;
  pageType?: string;
  orderId?: string;
  cartValue?: number;
};

export type Identity = { id: string; email?: string; name?: string; signature?: string };

/** Loader → panel: the whole page state, sent whenever it changes. */
export type StateMessage = {
  g: "state";
  visible: boolean;
  context: ShopContext;
  identity: Identity | null;
  pageUrl: string;
  /** Set by `open({ query })`, once. */
  query?: string;
  /** The conversation the loader keeps for a panel that has no storage of its own. */
  resume?: Kept | null;
};

/** A going conversation: enough for the panel to pick it up on the shop's next page. */
export type Kept = { id: string; token: string };

/** Panel → loader. */
export type PanelMessage =
  | { g: "ready" }
  | { g: "close" }
  | { g: "unread"; count: number }
  /** A conversation is going on: the loader frames the panel at once on the shop's next pages. */
  | { g: "active"; on: boolean; keep?: Kept }
  | { g: "event"; name: string; data: unknown };
