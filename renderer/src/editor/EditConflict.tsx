import { Alert, Button, Space, Table } from 'antd';
import type { ItemDetail, ItemFormValues } from '../../../core/contract/item';
import { conflictRows, type ConflictRow } from './conflictDiff';

export interface ConflictState {
  message: string;
  current: ItemDetail;
  by: string;
}

interface Props {
  conflict: ConflictState;
  mine: ItemFormValues;
  /** Keep what is typed here and save it over the newer version (a deliberate choice, after seeing both). */
  onKeepMine: () => void;
  /** Drop the edits here and continue from the saved version. */
  onTakeSaved: () => void;
}

/** A refused save: both versions side by side, field by field; nothing typed is lost until the user chooses. */
export function EditConflict({ conflict, mine, onKeepMine, onTakeSaved }: Props) {
  const rows = conflictRows(mine, conflict.current);
  return (
    <Alert
      type="warning"
      showIcon
      className="form-alert edit-conflict"
      title={`未保存：${conflict.message}`}
      description={
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Table<ConflictRow>
            size="small"
            rowKey="field"
            pagination={false}
            dataSource={rows}
            locale={{ emptyText: '对方的修改与您的内容一致' }}
            columns={[
              { title: '项目', dataIndex: 'label', width: 90 },
              { title: '您的修改（未保存）', dataIndex: 'mine' },
              { title: `已保存（${conflict.by}）`, dataIndex: 'saved' },
            ]}
          />
          <Space wrap>
            <Button size="small" type="primary" onClick={onKeepMine}>
              以我的修改为准再保存
            </Button>
            <Button size="small" onClick={onTakeSaved}>
              放弃我的修改，载入已保存版本
            </Button>
          </Space>
        </Space>
      }
    />
  );
}
