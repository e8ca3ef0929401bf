import { keepPreviousData } from '@tanstack/react-query';
import { Alert, Button, Empty, Spin } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { PreviewInput } from '../../../core/contract/export-methods';
import { useApiQuery } from '../api/hooks';
import { useDebouncedValue } from '../shared/useDebouncedValue';
import { printHtml } from './printHtml';
import { usePrintShortcut } from './usePrintShortcut';

// An A4 sheet at 96 dpi. The print HTML carries its page size and margins as @page rules, which a screen
// ignores: on screen the sheet is laid out at paper width with a margin, then scaled down to fit the pane.
const A4_PX = { landscape: 1123, portrait: 794 };
const SCREEN_STYLE = '<style>@media screen { html { background: #fff; } body { padding: 38px 42px; } }</style>';

function onScreen(html: string): string {
  return html.includes('</head>') ? html.replace('</head>', `${SCREEN_STYLE}</head>`) : SCREEN_STYLE + html;
}

/** Width of an element, kept up to date as the pane is resized (a callback ref: the pane may mount late). */
function useWidth() {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: HTMLDivElement) => {
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

interface FormPreviewProps {
  /** What to preview; null: nothing to show (the form has no print layout, or a choice is missing). */
  input: PreviewInput | null;
  /** Shown instead of the preview when input is null. */
  emptyText: string;
  /** Offer 打印 of the previewed sheet (not for numbered forms: a preview carries no number). */
  printable?: boolean;
  className?: string;
}

/**
 * The form as it will print, from exports.preview, in a sandboxed frame (no scripts, no access to the
 * page), at paper width scaled to the pane. Settles for a moment after the last change so typing a
 * 督办要求 does not rebuild it per key.
 */
export function FormPreview({ input, emptyText, printable, className }: FormPreviewProps) {
  const settledKey = useDebouncedValue(JSON.stringify(input), 400);
  const settled = useMemo(() => JSON.parse(settledKey) as PreviewInput | null, [settledKey]);
  const preview = useApiQuery('exports.preview', settled!, { enabled: settled !== null, placeholderData: keepPreviousData });
  const pane = useWidth();
  const printableHtml = printable && input !== null ? preview.data?.html : undefined;
  usePrintShortcut(printableHtml ? () => printHtml(printableHtml) : null);

  if (input === null) return <Empty className={className} description={emptyText} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  if (preview.isError) return <Alert className={className} type="warning" showIcon title="无法生成预览" description={preview.error.message} />;
  const sheet = preview.data;
  const paper = sheet && /size:\s*A4 landscape/.test(sheet.html) ? A4_PX.landscape : A4_PX.portrait;
  const scale = pane.width > 0 ? Math.min(1, pane.width / paper) : 1;
  return (
    <Spin spinning={preview.isFetching || settled === null} tip="正在生成预览…" wrapperClassName={className}>
      {sheet?.notes.map((note) => <Alert key={note} type="warning" showIcon title={note} className="form-preview-note" />)}
      <div ref={pane.ref} className="form-preview-pane">
        {printable && sheet && (
          <Button className="form-preview-print" onClick={() => printHtml(sheet.html)}>
            打印
          </Button>
        )}
        {sheet && (
          <iframe
            className="form-preview-frame"
            title={`${sheet.title}（预览）`}
            sandbox=""
            srcDoc={onScreen(sheet.html)}
            style={{ width: paper, height: `${100 / scale}%`, transform: `scale(${scale})` }}
          />
        )}
      </div>
    </Spin>
  );
}
