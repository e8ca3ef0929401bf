import { App, Button, Drawer, Space } from 'antd';
import { useCallback, useRef } from 'react';
import { SuperviseButton } from '../exports/SuperviseButton';
import { navigate } from '../router';
import { usePermissions } from '../supervision/usePermissions';
import { ExistingItemForm } from './ExistingItemForm';
import type { ItemPreset } from './itemFormValues';
import { NewItemForm } from './NewItemForm';

export type EditorRequest = { kind: 'edit'; id: number } | { kind: 'new'; preset: ItemPreset };
/** What the drawer shows; a new session (each opening) means a fresh form. */
export type EditorTarget = EditorRequest & { session: number };

interface ItemEditorDrawerProps {
  target: EditorTarget;
  open: boolean;
  onClose: () => void;
}

/** The drawer around the 事项 form; Esc, the close button and 取消 ask before dropping changes. */
export function ItemEditorDrawer({ target, open, onClose }: ItemEditorDrawerProps) {
  const { modal } = App.useApp();
  const dirty = useRef(false);
  const onDirtyChange = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);

  const requestClose = () => {
    if (!dirty.current) return onClose();
    modal.confirm({
      title: '放弃未保存的修改？',
      content: '关闭后，本次填写的内容不会保存。',
      okText: '放弃修改',
      okButtonProps: { danger: true },
      cancelText: '继续编辑',
      focusable: { autoFocusButton: 'cancel' },
      onOk: () => {
        dirty.current = false;
        onClose();
      },
    });
  };

  const { canWrite } = usePermissions();
  const formProps = { onDone: onClose, onCancel: requestClose, onDirtyChange };
  return (
    <Drawer
      title={target.kind === 'new' ? '新建事项' : canWrite ? '编辑事项' : '查看事项'}
      extra={
        target.kind === 'edit' && (
          <Space>
            {/* The item's progress, evidence and verification; the drawer closes (asking first if edited). */}
            <Button
              onClick={() => {
                navigate({ page: 'item', id: target.id });
                requestClose();
              }}
            >
              督办详情
            </Button>
            <SuperviseButton itemId={target.id} />
          </Space>
        )
      }
      open={open}
      onClose={requestClose}
      size={780}
      autoFocus={false}
      destroyOnHidden
      styles={{ body: { padding: 0, display: 'flex', flexDirection: 'column' } }}
    >
      {target.kind === 'edit' ? (
        <ExistingItemForm key={target.session} id={target.id} {...formProps} />
      ) : (
        <NewItemForm key={target.session} preset={target.preset} {...formProps} />
      )}
    </Drawer>
  );
}
