import { createContext, lazy, Suspense, useContext, useMemo, useState, type ReactNode } from 'react';
import type { EditorRequest, EditorTarget } from './ItemEditorDrawer';
import type { ItemPreset } from './itemFormValues';

// The editor (forms, pickers) is loaded the first time an item is opened, not with the first screen.
const ItemEditorDrawer = lazy(() => import('./ItemEditorDrawer').then((m) => ({ default: m.ItemEditorDrawer })));

interface ItemEditor {
  openItem: (id: number) => void;
  newItem: (preset?: ItemPreset) => void;
}

const ItemEditorContext = createContext<ItemEditor | null>(null);

/** One 事项 editor for the whole app: any page opens an item or starts a new one. */
export function ItemEditorProvider({ children }: { children: ReactNode }) {
  const [target, setTarget] = useState<EditorTarget | null>(null);
  const [open, setOpen] = useState(false);
  const editor = useMemo<ItemEditor>(() => {
    // Each opening gets a fresh form (session), even for the same item.
    const show = (request: EditorRequest) => {
      setTarget((previous) => ({ ...request, session: (previous?.session ?? 0) + 1 }));
      setOpen(true);
    };
    return {
      openItem: (id) => show({ kind: 'edit', id }),
      newItem: (preset = {}) => show({ kind: 'new', preset }),
    };
  }, []);
  return (
    <ItemEditorContext.Provider value={editor}>
      {children}
      {target && (
        <Suspense fallback={null}>
          <ItemEditorDrawer target={target} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </ItemEditorContext.Provider>
  );
}

export function useItemEditor(): ItemEditor {
  const editor = useContext(ItemEditorContext);
  if (!editor) throw new Error('useItemEditor must be used inside ItemEditorProvider');
  return editor;
}
