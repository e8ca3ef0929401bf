import { Button, Collapse, Typography } from 'antd';
import { useState } from 'react';
import type { BoardView } from '../../../core/contract/item';
import { AllItemsModal } from '../items/AllItemsModal';
import { ItemCard } from './ItemCard';

type Group = BoardView['keyTasks'][number];

const OPEN_KEY = 'leagueLedger.board.keyTasksOpen';

/** 主要任务 side by side by section, one line each; folded away, it stays folded next time. */
export function KeyTasks({ planId, groups }: { planId: number; groups: BoardView['keyTasks'] }) {
  const [open, setOpen] = useState(() => window.localStorage.getItem(OPEN_KEY) !== 'false');
  const [allOf, setAllOf] = useState<Group | null>(null);
  const count = groups.reduce((n, g) => n + g.total, 0);
  return (
    <>
      {allOf && (
        <AllItemsModal
          title={`主要任务 · ${allOf.title}`}
          filter={{ planId, isKey: true, sectionId: allOf.sectionId }}
          onClose={() => setAllOf(null)}
        />
      )}
      <Collapse
        className="key-tasks"
        size="small"
        activeKey={open ? ['key'] : []}
        onChange={(keys) => {
          const next = keys.length > 0;
          window.localStorage.setItem(OPEN_KEY, String(next));
          setOpen(next);
        }}
        items={[
          {
            key: 'key',
            label: <strong>主要任务</strong>,
            extra: <Typography.Text type="secondary">{count}项，按分类</Typography.Text>,
            children: (
              <div className="key-task-sections">
                {groups.map((group) => (
                  <section key={group.sectionId ?? 0} className="key-task-section" aria-label={group.title}>
                    <Typography.Text strong ellipsis={{ tooltip: group.title }} className="key-task-section-title">
                      {group.title}
                    </Typography.Text>
                    {group.items.map((item) => (
                      <ItemCard key={item.id} item={item} lines={1} />
                    ))}
                    {group.total > group.items.length && (
                      <Button type="link" size="small" onClick={() => setAllOf(group)}>
                        查看全部 {group.total} 项
                      </Button>
                    )}
                  </section>
                ))}
              </div>
            ),
          },
        ]}
      />
    </>
  );
}
