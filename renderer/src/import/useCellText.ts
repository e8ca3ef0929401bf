import { useState } from 'react';

/**
 * The text of a cell while it is typed in: committed on leaving the cell (or Enter where the cell says
 * so), put back with Esc, and replaced when the value changes from outside.
 */
export function useCellText(value: string) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  return { text, setText, changed: text !== value, revert: () => setText(value) };
}
