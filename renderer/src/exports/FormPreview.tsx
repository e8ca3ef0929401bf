import { keepPreviousData } from '@tanstack/react-query';
import { Alert, Empty, Spin } from 'antd';
import { useMemo } from 'react';
import type { PreviewInput } from '../../../core/contract/export-methods';
import { useApiQuery } from '../api/hooks';
import { useDebouncedValue } from '../shared/useDebouncedValue';

// On screen the print HTML has no page margins (those are @page rules); give it some room to breathe.
const SCREEN_STYLE = '<style>@media screen { html { background: #fff; } body { padding: 20px 24px; } }</style>';

function onScreen(html: string): string {
  return html.includes('</head>') ? html.replace('</head>', `${SCREEN_STYLE}</head>`) : SCREEN_STYLE + html;
}

interface FormPreviewProps {
  /** What to preview; null: nothing to show (the form has no print layout, or a choice is missing). */
  input: PreviewInput | null;
  /** Shown instead of the preview when input is null. */
  emptyText: string;
  className?: string;
}

/**
 * The form as it will print, from exports.preview, in a sandboxed frame (no scripts, no access to the
 * page). Settles for a moment after the last change so typing a 督办要求 does not rebuild it per key.
 */
export function FormPreview({ input, emptyText, className }: FormPreviewProps) {
  const settledKey = useDebouncedValue(JSON.stringify(input), 400);
  const settled = useMemo(() => JSON.parse(settledKey) as PreviewInput | null, [settledKey]);
  const preview = useApiQuery('exports.preview', settled!, { enabled: settled !== null, placeholderData: keepPreviousData });

  if (input === null) return <Empty className={className} description={emptyText} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  if (preview.isError)
    return <Alert className={className} type="warning" showIcon title="无法生成预览" description={preview.error.message} />;
  return (
    <Spin spinning={preview.isFetching || settled === null} tip="正在生成预览…" wrapperClassName={className}>
      {preview.data ? (
        <iframe className="form-preview-frame" title={`${preview.data.title}（预览）`} sandbox="" srcDoc={onScreen(preview.data.html)} />
      ) : (
        <div className="form-preview-frame" />
      )}
    </Spin>
  );
}
