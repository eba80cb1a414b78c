"use client";

import { useEffect, useRef, useState } from "react";
import { eventsUrl, reconnectDelay } from "@/components/chat/reconnect";

export type StreamState = "connecting" | "open" | "reconnecting";

type Handlers = Record<string, (data: unknown) => void> & {
  /** Called on every (re)connection after the first: catch up from the rows. */
  onReconnect?: () => void;
};

/**
 * An EventSource that stays up: the browser's own reconnection (with Last-Event-ID) for
 * dropped connections, and a fresh source with backoff and `?lastEventId=` when the browser
 * gives up (an error status, a restart that refused the connection).
 */
export function useEventStream(
  url: string | null,
  handlers: Handlers,
  { lastEventId }: { lastEventId: () => string | undefined },
): StreamState {
  const [state, setState] = useState<StreamState>("connecting");
  const latest = useRef({ handlers, lastEventId });
  useEffect(() => {
    latest.current = { handlers, lastEventId };
  });

  useEffect(() => {
    if (!url) return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let connectedBefore = false;
    let stopped = false;

    const connect = (resumeFrom?: string) => {
      const current = new EventSource(eventsUrl(url, { lastEventId: resumeFrom }));
      source = current;
      current.addEventListener("open", () => {
        attempt = 0;
        setState("open");
        if (connectedBefore) latest.current.handlers.onReconnect?.();
        connectedBefore = true;
      });
      for (const name of Object.keys(latest.current.handlers)) {
        if (name === "onReconnect") continue;
        current.addEventListener(name, (event) => {
          let data: unknown;
          try {
            data = JSON.parse((event as MessageEvent<string>).data);
          } catch {
            return;
          }
          latest.current.handlers[name]?.(data);
        });
      }
      current.addEventListener("error", () => {
        if (stopped) return;
        setState("reconnecting");
        if (current.readyState === EventSource.CLOSED) {
          current.close();
          timer = setTimeout(() => connect(latest.current.lastEventId()), reconnectDelay(attempt++));
        }
      });
    };
    connect(latest.current.lastEventId());
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [url]);

  return state;
}
