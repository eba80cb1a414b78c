"use client";

import { useEffect, useRef } from "react";

/**
 * Asks before leaving while `dirty`: on reload, tab close and typed URLs (beforeunload), and on
 * clicks on in-app links, which the App Router handles without unloading the page. The click
 * listener sits on window in the capture phase, ahead of React's and next/link's own handlers.
 * Returns `allowLeave()`, for navigations the editor makes itself (after saving or deleting).
 */
export function useLeaveGuard(dirty: boolean, message: string): () => void {
  const bypass = useRef(false);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (bypass.current) return;
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (bypass.current || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target === "_blank" || anchor.hasAttribute("download"))
        return;
      const to = new URL(anchor.href, window.location.href);
      if (to.origin === window.location.origin && to.pathname === window.location.pathname && to.hash) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, true);
    };
  }, [dirty, message]);
  return () => {
    bypass.current = true;
  };
}
