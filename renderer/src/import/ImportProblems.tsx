import { Button, Collapse, Typography } from 'antd';
import type { ImportPreview } from '../../../core/contract/import';

type Problem = ImportPreview['problems'][number];

interface ImportProblemsProps {
  problems: Problem[];
  /** The row a problem concerns, if any. */
  rowOf: (problem: Problem) => number | undefined;
  onLocate: (index: number) => void;
}

const SHOWN = 200;

/** Lines of the source that need a look: line number, the text, and what is wrong; 定位 goes to the row. */
export function ImportProblems({ problems, rowOf, onLocate }: ImportProblemsProps) {
  if (problems.length === 0) return null;
  return (
    <Collapse
      size="small"
      className="import-problems"
      defaultActiveKey={problems.length <= 20 ? ['problems'] : []}
      items={[
        {
          key: 'problems',
          label: <Typography.Text type="warning">需要核对的地方：{problems.length} 处</Typography.Text>,
          children: (
            <ol className="import-problem-list">
              {problems.slice(0, SHOWN).map((p, k) => {
                const row = rowOf(p);
                return (
                  <li key={k}>
                    <span className="import-problem-line">{p.line > 0 ? `第 ${p.line} 行` : '整个文件'}</span>
                    <span className="import-problem-message">{p.message}</span>
                    {p.text && (
                      <Typography.Text type="secondary" ellipsis={{ tooltip: p.text }} className="import-problem-text">
                        {p.text}
                      </Typography.Text>
                    )}
                    {row !== undefined && (
                      <Button type="link" size="small" onClick={() => onLocate(row)}>
                        定位
                      </Button>
                    )}
                  </li>
                );
              })}
              {problems.length > SHOWN && <li>另有 {problems.length - SHOWN} 处未列出</li>}
            </ol>
          ),
        },
      ]}
    />
  );
}
