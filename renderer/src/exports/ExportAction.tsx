import { Alert, App, Button } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client';
import { fileKindLabel, formInfo, missingChoice, runExport, type ExportParams, type ExportResult, type UnaddressedItem } from './exportForms';
import { LongCallProgress } from './LongCallProgress';
import { UnaddressedList } from './UnaddressedList';
import { useSaveExport } from './useSaveExport';

/** The overdue items a refused notice run lists (nobody leads them), if that was the refusal. */
function unaddressedOf(error: Error): UnaddressedItem[] | null {
  const details = error instanceof ApiError ? error.shape.details : undefined;
  return Array.isArray(details) && details.length > 0 ? (details as UnaddressedItem[]) : null;
}
import { useLongCall } from './useLongCall';

interface ExportActionProps {
  planId: number;
  params: ExportParams;
}

/**
 * 导出: makes the file, shows progress while it runs (取消 stops waiting), saves it (a download, or
 * 另存为… in the desktop app), and keeps it for 再次保存 — a numbered form saved again keeps its number instead of taking a new one.
 */
export function ExportAction({ planId, params }: ExportActionProps) {
  const { message } = App.useApp();
  const { running, run, cancel } = useLongCall();
  const save = useSaveExport();
  const [last, setLast] = useState<ExportResult | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const form = formInfo(params.form);
  const missing = missingChoice(params);

  const start = async () => {
    setFailure(null);
    setLast(null);
    const outcome = await run(`正在生成《${form.title}》…`, () => runExport(planId, params));
    if (outcome.status === 'failed') return setFailure(outcome.error);
    if (outcome.status === 'cancelled') return void message.info('已取消等待，稍后生成的文件不会保存');
    setLast(outcome.value);
    await save(outcome.value.file);
  };

  return (
    <div className="export-action">
      {running ? (
        <LongCallProgress
          running={running}
          onCancel={cancel}
          cancelHint={form.numbered ? '取消只是不再等待：服务已开始生成时，编号仍会登记。' : undefined}
        />
      ) : (
        <Button type="primary" size="large" block disabled={missing !== null} onClick={() => void start()}>
          导出 {fileKindLabel(params)}
        </Button>
      )}
      {missing && !running && <div className="export-missing">{missing}</div>}
      {failure && (
        <Alert
          type="error"
          showIcon
          title="导出失败，未生成文件"
          description={
            <>
              {failure.message}
              {unaddressedOf(failure) && <UnaddressedList items={unaddressedOf(failure)!} />}
            </>
          }
          className="export-result"
        />
      )}
      {last && (
        <Alert
          type={last.problems.length > 0 || (last.unaddressed?.length ?? 0) > 0 ? 'warning' : 'success'}
          showIcon
          className="export-result"
          title={`已导出：${last.file.fileName}`}
          description={
            (last.issued || last.problems.length > 0 || (last.unaddressed?.length ?? 0) > 0) && (
              <>
                {last.issued && <div>已登记编号：{last.issued}</div>}
                {last.unaddressed && last.unaddressed.length > 0 && <UnaddressedList items={last.unaddressed} />}
                {last.problems.length > 0 && (
                  <ul className="export-problems">
                    {last.problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                )}
              </>
            )
          }
          action={
            <Button size="small" onClick={() => void save(last.file)}>
              再次保存
            </Button>
          }
        />
      )}
    </div>
  );
}
