/**
 * A Button's `loading` that shows the spinner only once a wait is noticeable: local saves and
 * validation finish in milliseconds, and a spinner flashing on every click is noise.
 */
export function busy(pending: boolean): false | { delay: number } {
  return pending ? { delay: 250 } : false;
}
