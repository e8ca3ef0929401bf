import { useEffect, useRef } from 'react';

/**
 * Puts the cursor in a form's first field once the form is on screen, i.e. after a drawer or dialog has
 * placed its own focus (which it does as it opens and which would otherwise win over `autoFocus`).
 */
export function useInitialFocus(focus: () => void): void {
  const focusRef = useRef(focus);
  useEffect(() => {
    const frame = requestAnimationFrame(() => focusRef.current());
    return () => cancelAnimationFrame(frame);
  }, []);
}
