import { App, Button, Dropdown, Space } from 'antd';
import { call } from '../api/client';
import { printHtml } from './printHtml';
import { LongCallProgress } from './LongCallProgress';
import { useLongCall } from './useLongCall';
import { usePrintShortcut } from './usePrintShortcut';
import { useSaveExport } from './useSaveExport';

type Choice = 'pdf' | 'xlsx';

/**
 * 打印 (or Ctrl+P) on the month page: the month's 工作推进表 to the print dialog; the menu saves it as PDF or Excel
 * instead (both under the default name, e.g. 2023年3月工作推进表.pdf).
 */
export function MonthPrintButton({ planId, month }: { planId: number; month: number }) {
  const { message } = App.useApp();
  const { running, run, cancel } = useLongCall();
  const saveFile = useSaveExport();

  const print = async () => {
    const outcome = await run(`正在准备${month}月工作推进表…`, () => call('exports.preview', { form: 'month', planId, month }));
    if (outcome.status === 'failed') return void message.error(outcome.error.message);
    if (outcome.status === 'done') printHtml(outcome.value.html);
  };

  const save = async (format: Choice) => {
    const outcome = await run(`正在生成${month}月工作推进表（${format === 'pdf' ? 'PDF' : 'Excel'}）…`, () =>
      call('exports.month', { planId, month, format }),
    );
    if (outcome.status === 'failed') return void message.error(outcome.error.message);
    if (outcome.status === 'done') await saveFile(outcome.value);
  };

  usePrintShortcut(running ? null : () => void print());

  if (running) return <LongCallProgress running={running} onCancel={cancel} />;
  return (
    <Space.Compact>
      <Button onClick={() => void print()}>打印</Button>
      <Dropdown
        menu={{
          items: [
            { key: 'pdf', label: '下载 PDF' },
            { key: 'xlsx', label: '下载 Excel' },
          ],
          onClick: ({ key }) => void save(key as Choice),
        }}
      >
        <Button aria-label="另存为文件">另存为 ▾</Button>
      </Dropdown>
    </Space.Compact>
  );
}
