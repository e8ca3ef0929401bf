import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useCurrentUser } from '../auth/AuthGate';

// Unsaved drafts of the forms people type into (进展, 延期申请, 整改情况), kept for this window while they
// move around the app: sessionStorage, gone with the window, and kept apart per account.

function storageKey(userId: number | undefined, key: string): string {
  return `leagueLedger.draft:${userId ?? 0}:${key}`;
}

function readDraft<T>(userId: number | undefined, key: string): T | null {
  try {
    const text = window.sessionStorage.getItem(storageKey(userId, key));
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

/** Keeps the draft, or drops it once it is what the form holds anyway (nothing typed, or just saved). */
function writeDraft(userId: number | undefined, key: string, value: unknown, unchanged: unknown): void {
  const storeKey = storageKey(userId, key);
  if (JSON.stringify(value) === JSON.stringify(unchanged)) window.sessionStorage.removeItem(storeKey);
  else window.sessionStorage.setItem(storeKey, JSON.stringify(value));
}

/**
 * Keeps a react-hook-form form's unsaved values as a draft under `key`: a form opened again starts from
 * its draft (shown as changed), and a save that resets the form drops it.
 */
export function useFormDraft<T extends FieldValues, O>(form: UseFormReturn<T, unknown, O>, key: string): void {
  const userId = useCurrentUser()?.id;
  const formRef = useRef(form);
  formRef.current = form;
  useEffect(() => {
    const { reset, watch } = formRef.current;
    const draft = readDraft<T>(userId, key);
    if (draft) reset(draft, { keepDefaultValues: true });
    const subscription = watch((values) => writeDraft(userId, key, values, formRef.current.formState.defaultValues));
    return () => subscription.unsubscribe();
  }, [userId, key]);
}

/** A plain text field's value kept as a draft the same way; `initial` is what is saved already. */
export function useDraftText(key: string, initial: string): [string, (text: string) => void] {
  const userId = useCurrentUser()?.id;
  const [text, setText] = useState(() => readDraft<string>(userId, key) ?? initial);
  useEffect(() => writeDraft(userId, key, text, initial), [userId, key, text, initial]);
  return [text, setText];
}
