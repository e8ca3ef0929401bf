import type { KeyboardEvent } from 'react';

/** A form's onKeyDown: Ctrl+Enter (⌘+Enter on a Mac) does `action`, the office's "save" in every form. */
export function onCtrlEnter(action: () => void) {
  return (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      action();
    }
  };
}
