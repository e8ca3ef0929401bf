import { App, Button } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../core/contract';
import { call } from '../api/client';
import { useApiMutation } from '../api/hooks';
import { LongCallProgress } from '../exports/LongCallProgress';
import { useLongCall } from '../exports/useLongCall';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { navigate } from '../router';
import { PageHeader } from '../shared/PageHeader';
import { CommitResult } from './CommitResult';
import { ImportReview } from './ImportReview';
import { ImportSourceCard } from './ImportSourceCard';
import { previewInputOf, requestProblem, type ImportRequest } from './importSource';
import { PlanCopyModal } from './PlanCopyModal';
import { useFileDrop } from './useFileDrop';
import { useImportDraft } from './useImportDraft';
import './import.css';

/**
 * 导入计划: paste or open the year plan (or a notice from above), check the items the importer found —
 * every cell can be corrected — and write them in one go. Nothing is written before 确认导入, and a refused
 * import changes nothing.
 */
export function ImportPage() {
  const { modal, message } = App.useApp();
  const { plan, selectPlan } = useCurrentPlan();
  const [request, setRequest] = useState<ImportRequest>({ year: plan.year, kind: 'auto', tab: 'text', text: '', file: null, sheet: '' });
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);
  const [committed, setCommitted] = useState<MethodOutput<'imports.commit'> | null>(null);
  const [copying, setCopying] = useState(false);
  const draft = useImportDraft();
  const reading = useLongCall();
  const commit = useApiMutation('imports.commit', { inlineError: true });
  const change = (patch: Partial<ImportRequest>) => setRequest((r) => ({ ...r, ...patch }));

  const dropFile = useCallback(
    (file: File) => {
      setRequest((r) => ({ ...r, tab: 'file', file, sheet: '' }));
    },
    [message],
  );
  const dragging = useFileDrop(dropFile);

  // Closing the window with corrections not yet imported asks first.
  useEffect(() => {
    if (!draft.dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [draft.dirty]);

  const readSource = async () => {
    const problem = requestProblem(request);
    if (problem) return setPreviewError(problem);
    setPreviewError(null);
    const label = request.tab === 'file' ? `正在读取“${request.file?.name}”…` : '正在识别粘贴的文字…';
    const outcome = await reading.run(label, async () => call('imports.preview', await previewInputOf(request)));
    if (outcome.status === 'failed') return setPreviewError(outcome.error.message);
    if (outcome.status === 'done') {
      setCommitted(null);
      setCommitError(null);
      draft.load(outcome.value);
    }
  };

  const confirmThen = (title: string, action: () => void) => {
    if (!draft.dirty) return action();
    modal.confirm({
      title,
      content: '预览表格中的修改和取消勾选的事项都会丢失。',
      okText: '继续',
      cancelText: '返回',
      focusable: { autoFocusButton: 'cancel' },
      onOk: action,
    });
  };

  const commitDraft = async () => {
    const built = draft.draftToCommit();
    if ('error' in built) return setCommitError(built.error);
    setCommitError(null);
    try {
      const result = await commit.mutateAsync(built);
      setCommitted(result);
      draft.clear();
    } catch (error) {
      setCommitError((error as Error).message);
    }
  };

  return (
    <div className="import-page">
      <PageHeader
        title="导入计划"
        description="从年度计划或上级通知的文字、Word、Excel 中识别事项，核对修改后一次写入台账；同一文件再次导入只更新有变化的事项。"
        extra={<Button onClick={() => setCopying(true)}>复制到新年度…</Button>}
      />
      <ImportSourceCard
        request={request}
        onChange={change}
        onPreview={() => confirmThen('重新预览？', () => void readSource())}
        progress={reading.running ? <LongCallProgress running={reading.running} onCancel={reading.cancel} /> : null}
        error={previewError && (draft.preview ? `${previewError}。下方仍是上一次预览的内容` : previewError)}
        previewed={draft.preview !== null && committed === null}
      />
      {committed ? (
        <CommitResult
          result={committed}
          onOpenBoard={() => {
            selectPlan(committed.planId);
            navigate({ page: 'board' });
          }}
          onAgain={() => setCommitted(null)}
        />
      ) : (
        draft.preview && (
          <ImportReview
            preview={draft.preview}
            rows={draft.rows}
            onEdit={draft.updateItem}
            onInclude={draft.setIncluded}
            onCommit={() => void commitDraft()}
            onDiscard={() => confirmThen('放弃本次导入？', draft.clear)}
            committing={commit.isPending}
            commitError={commitError}
          />
        )
      )}
      {dragging && (
        <div className="import-drop-overlay" aria-hidden="true">
          松开鼠标即可打开文件
        </div>
      )}
      {copying && <PlanCopyModal onClose={() => setCopying(false)} />}
    </div>
  );
}
