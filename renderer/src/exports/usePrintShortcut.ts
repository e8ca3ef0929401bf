import { useEffect, useRef } from 'react';

/**
 * Ctrl+P (⌘P) prints the current page's form instead of the page itself, in the desktop window and the
 * browser alike; null leaves the key alone.
 */
export function usePrintShortcut(print: (() => void) | null): void {
  const latest = useRef(print);
  useEffect(() => {
    latest.current = print;
  });
  const active = print !== null;
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p') return;
      event.preventDefault();
      latest.current?.();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
