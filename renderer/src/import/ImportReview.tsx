import { Alert, Button, Segmented, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ImportPreview } from '../../../core/contract/import';
import { useApiQuery } from '../api/hooks';
import { DraftTable, PAGE_SIZES } from './DraftTable';
import { ImportProblems } from './ImportProblems';
import { ImportSummary } from './ImportSummary';
import type { DraftRow, EditItem } from './useImportDraft';

type Problem = ImportPreview['problems'][number];
type Filter = 'all' | 'add' | 'update' | 'same' | 'check' | 'edited' | 'excluded';

const NO_PROBLEMS: string[] = [];

interface ImportReviewProps {
  preview: ImportPreview;
  rows: DraftRow[];
  onEdit: EditItem;
  onInclude: (indexes: number[], included: (index: number) => boolean) => void;
  onCommit: () => void;
  onDiscard: () => void;
  committing: boolean;
  /** Why the last 确认导入 was refused (by the page's checks or the backend); nothing was written. */
  commitError: string | null;
}

/** 核对预览: the counts, the lines to check, and the editable table, then 确认导入. */
export function ImportReview({ preview, rows, onEdit, onInclude, onCommit, onDiscard, committing, commitError }: ImportReviewProps) {
  const persons = useApiQuery('persons.list', { includeInactive: true });
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[1]);
  const [highlighted, setHighlighted] = useState<number | null>(null);
  const tableTop = useRef<HTMLDivElement>(null);

  const known = useMemo(() => {
    const names = new Set(preview.persons.filter((p) => p.personId !== null).map((p) => p.name));
    for (const p of persons.data ?? []) names.add(p.name);
    return names;
  }, [preview.persons, persons.data]);
  const isKnown = useCallback((name: string) => known.has(name), [known]);
  const newPersons = [...new Set(rows.filter((r) => r.included).flatMap((r) => r.item.owners.map((o) => o.name)))].filter((name) => !known.has(name));

  // A problem names its source line and quotes the text; a table row line holds several items, so the
  // quote picks the item among those read from the line.
  const rowOfProblem = useMemo(() => {
    const byLine = new Map<number, number[]>();
    preview.sourceLines.forEach((lines, index) => lines.forEach((line) => byLine.set(line, [...(byLine.get(line) ?? []), index])));
    return (problem: Problem): number | undefined => {
      const candidates = byLine.get(problem.line) ?? [];
      const quoted = problem.text.replace(/…$/, '');
      return candidates.find((index) => quoted && preview.draft.items[index].content.includes(quoted)) ?? candidates[0];
    };
  }, [preview]);
  const problemsByRow = useMemo(() => {
    const map = new Map<number, string[]>();
    for (const p of preview.problems) {
      const index = rowOfProblem(p);
      if (index !== undefined) map.set(index, [...(map.get(index) ?? []), p.message]);
    }
    return map;
  }, [preview.problems, rowOfProblem]);
  const problemsOf = (index: number) => problemsByRow.get(index) ?? NO_PROBLEMS;

  const matches: Record<Filter, (r: DraftRow) => boolean> = {
    all: () => true,
    add: (r) => r.step === 'add',
    update: (r) => r.step === 'update',
    same: (r) => r.step === 'same',
    check: (r) => r.error !== null || problemsByRow.has(r.index),
    edited: (r) => r.edited,
    excluded: (r) => !r.included,
  };
  const count = (f: Filter) => rows.filter(matches[f]).length;
  const shown = rows.filter(matches[filter]);
  const included = rows.filter((r) => r.included).length;

  const locate = (index: number) => {
    setFilter('all');
    setPage(Math.floor(index / pageSize) + 1);
    setHighlighted(index);
  };
  useEffect(() => {
    if (highlighted === null) return;
    const frame = requestAnimationFrame(() => document.getElementById(`draft-row-${highlighted}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' }));
    return () => cancelAnimationFrame(frame);
  }, [highlighted, page]);

  const filters: { value: Filter; label: string }[] = [
    { value: 'all', label: `全部 ${rows.length}` },
    { value: 'add', label: `新增 ${count('add')}` },
    { value: 'update', label: `更新 ${count('update')}` },
    { value: 'same', label: `无变化 ${count('same')}` },
    { value: 'check', label: `待核对 ${count('check')}` },
    { value: 'edited', label: `已修改 ${count('edited')}` },
    { value: 'excluded', label: `不导入 ${count('excluded')}` },
  ];

  return (
    <section className="import-review" aria-label="核对预览">
      <ImportSummary preview={preview} newPersons={newPersons} />
      <ImportProblems problems={preview.problems} rowOf={rowOfProblem} onLocate={locate} />
      <div className="import-filter" ref={tableTop}>
        <Segmented<Filter>
          aria-label="筛选"
          value={filter}
          options={filters}
          onChange={(next) => {
            setFilter(next);
            setPage(1);
          }}
        />
        <Typography.Text type="secondary">单元格可直接修改；责任人、量化指标点击或按回车后输入</Typography.Text>
      </div>
      <DraftTable
        rows={shown}
        year={preview.draft.year}
        isKnown={isKnown}
        problemsOf={problemsOf}
        page={page}
        pageSize={pageSize}
        onPage={(nextPage, nextSize) => {
          setPage(nextSize === pageSize ? nextPage : 1);
          setPageSize(nextSize);
          // A new page starts reading at its first row.
          tableTop.current?.scrollIntoView({ block: 'start' });
        }}
        highlighted={highlighted}
        onEdit={onEdit}
        onInclude={onInclude}
      />
      <div className="import-commit-bar">
        {commitError && <Alert type="error" showIcon title={`未导入：${commitError}`} description="台账中的数据没有任何改动，修改后可再次确认导入。" />}
        <Space className="import-commit-actions">
          <Typography.Text>
            将导入 <strong>{included}</strong> / {rows.length} 项到 {preview.draft.year} 年度计划
          </Typography.Text>
          <Button onClick={onDiscard} disabled={committing}>
            放弃本次导入
          </Button>
          <Button type="primary" onClick={onCommit} loading={committing} disabled={included === 0}>
            确认导入
          </Button>
        </Space>
      </div>
    </section>
  );
}
