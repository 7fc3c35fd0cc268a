import {useEffect} from 'react';
import type {FieldValues, UseFormWatch} from 'react-hook-form';

type Stored<T> = {savedAt: string; values: T};

/**
 * A form's text kept in this browser until it is sent: a failed submit, a reload or a closed tab loses nothing.
 * Files cannot be kept (a page may not reopen a file by itself), so the form says so.
 */
export function loadDraft<T>(key: string): Stored<T> | null {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as Stored<T>) : null;
    return parsed && typeof parsed === 'object' && parsed.values ? parsed : null;
  } catch {
    return null;
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // storage refused (private mode): nothing was kept either
  }
}

export function saveDraft<T>(key: string, values: T): void {
  try {
    window.localStorage.setItem(key, JSON.stringify({savedAt: new Date().toISOString(), values} satisfies Stored<T>));
  } catch {
    // quota or private mode: the form still works, only without a draft
  }
}

/** Saves every change of a react-hook-form form under `key`, with `extra` state kept beside its fields. */
export function useDraft<T extends FieldValues>(key: string, watch: UseFormWatch<T>, extra: Record<string, unknown> = {}): void {
  const extraJson = JSON.stringify(extra);
  useEffect(() => {
    const more = JSON.parse(extraJson) as Record<string, unknown>;
    const subscription = watch((values) => saveDraft(key, {...values, ...more}));
    return () => subscription.unsubscribe();
  }, [key, watch, extraJson]);
}
