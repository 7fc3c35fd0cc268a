import {useEffect, useState} from 'react';

const storageKey = 'handover.console.shortcuts';

/** Each agent may switch the single-key shortcuts off (kept in this browser). */
export function useShortcutsEnabled(): [boolean, (on: boolean) => void] {
  const [enabled, setEnabled] = useState(() => window.localStorage.getItem(storageKey) !== 'off');
  const set = (on: boolean) => {
    window.localStorage.setItem(storageKey, on ? 'on' : 'off');
    setEnabled(on);
  };
  return [enabled, set];
}

/** True when a key press belongs to a text field or carries a modifier the browser may own. */
function belongsElsewhere(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return true;
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || Boolean(target.closest('dialog, [role="dialog"]'));
}

/**
 * Single-key shortcuts scoped to the page: never inside a text field or a dialog, never with Ctrl/Alt/⌘ (so the
 * browser's own keys stay its own), and not at all when the agent switched them off.
 */
export function useShortcuts(enabled: boolean, handlers: Record<string, () => void>): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (belongsElsewhere(event)) return;
      const handler = handlers[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
}
