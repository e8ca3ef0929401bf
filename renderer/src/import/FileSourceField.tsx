import { App, Button, Input, Typography } from 'antd';
import { useRef } from 'react';
import { isDesktop, openFilesNatively } from '../api/desktop';

export const ACCEPTED_FILES = '.docx,.xlsx,.csv,.txt';

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

interface FileSourceFieldProps {
  file: File | null;
  onFile: (file: File | null) => void;
  sheet: string;
  onSheet: (sheet: string) => void;
}

/**
 * 打开文件: a Word, Excel, CSV or text file chosen or dropped on the page, and for a workbook the sheet to
 * read.
 */
export function FileSourceField({ file, onFile, sheet, onSheet }: FileSourceFieldProps) {
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  // The system's 打开 dialog on the desktop; the browser's file field in serve mode. Dropping works in both.
  const choose = () => {
    if (!isDesktop) return input.current?.click();
    openFilesNatively('import').then(
      ([file]) => file && onFile(file),
      (error: Error) => void message.error(error.message),
    );
  };
  const workbook = file !== null && /\.xlsx$/i.test(file.name);
  return (
    <div className="file-source">
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        hidden
        onChange={(e) => {
          onFile(e.target.files?.[0] ?? null);
          e.target.value = '';
        }}
      />
      <div className="file-drop-target">
        {file ? (
          <div className="file-chosen">
            <Typography.Text strong>{file.name}</Typography.Text>
            <Typography.Text type="secondary">{sizeText(file.size)}</Typography.Text>
            <Button size="small" onClick={choose}>
              换一个文件
            </Button>
            <Button size="small" type="link" onClick={() => onFile(null)}>
              移除
            </Button>
          </div>
        ) : (
          <>
            <Button type="primary" ghost onClick={choose}>
              选择文件…
            </Button>
            <Typography.Text type="secondary">或把文件拖到本页面任意位置</Typography.Text>
          </>
        )}
        <Typography.Text type="secondary" className="file-formats">
          支持 Word（.docx）、Excel（.xlsx）、CSV 和文本文件（.txt），不超过 20 MB；旧版 .doc/.xls 请先另存为新格式。
        </Typography.Text>
      </div>
      {workbook && (
        <div className="file-sheet">
          <label htmlFor="import-sheet">工作表</label>
          <Input
            id="import-sheet"
            value={sheet}
            onChange={(e) => onSheet(e.target.value)}
            placeholder="留空：自动选择有表头的工作表"
            allowClear
            maxLength={100}
            style={{ width: 280 }}
          />
          <Typography.Text type="secondary">填写工作表名称，或序号（1 为第一张）</Typography.Text>
        </div>
      )}
    </div>
  );
}
