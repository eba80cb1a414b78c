"use client";

import { useId, useState, type KeyboardEvent, type ReactNode } from "react";

export const MESSAGE_MAX_LENGTH = 5000;

/** Enter sends, Shift+Enter adds a line; the text is cleared only once it is handed over. */
export function Composer({
  onSend,
  onTyping,
  labels,
  disabled = false,
  transform,
  children,
}: {
  onSend: (body: string) => void;
  onTyping?: (typing: boolean) => void;
  labels: { label: string; placeholder: string; help: string; send: string };
  disabled?: boolean;
  /** Rewrites the draft as it changes (e.g. expanding a canned response's `/shortcut`). */
  transform?: (draft: string) => string;
  /** Shown above the message box; a function gets `insert`, which adds text to the draft. */
  children?: ReactNode | ((insert: (text: string) => void) => ReactNode);
}) {
  const id = useId();
  const [draft, setDraft] = useState("");
  const insert = (text: string) => setDraft((current) => (current.trim() ? `${current.trimEnd()} ${text}` : text));

  function submit() {
    const body = draft.trim();
    if (!body || disabled) return;
    onSend(body);
    setDraft("");
    onTyping?.(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <form
      className="mt-3"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={id} className="sr-only">
        {labels.label}
      </label>
      {typeof children === "function" ? children(insert) : children}
      <div className="flex items-end gap-2">
        <textarea
          id={id}
          rows={2}
          value={draft}
          maxLength={MESSAGE_MAX_LENGTH}
          disabled={disabled}
          placeholder={labels.placeholder}
          aria-describedby={`${id}-help`}
          onChange={(event) => {
            const value = transform ? transform(event.target.value) : event.target.value;
            setDraft(value);
            onTyping?.(value.length > 0);
          }}
          onKeyDown={onKeyDown}
          className="min-h-12 w-full resize-y rounded-lg border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 disabled:bg-slate-100"
        />
        <button
          type="submit"
          disabled={disabled || draft.trim().length === 0}
          className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-50"
        >
          {labels.send}
        </button>
      </div>
      <p id={`${id}-help`} className="mt-1 text-xs text-slate-500">
        {labels.help}
      </p>
    </form>
  );
}
