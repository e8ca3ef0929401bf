import { Button, Result } from 'antd';
import type { MethodOutput } from '../../../core/contract';

interface CommitResultProps {
  result: MethodOutput<'imports.commit'>;
  onOpenBoard: () => void;
  onAgain: () => void;
}

/** After 确认导入: the backend's own account of what changed, and where to go next. */
export function CommitResult({ result, onOpenBoard, onAgain }: CommitResultProps) {
  const changed = result.added + result.updated > 0;
  return (
    <Result
      className="import-result"
      status={changed ? 'success' : 'info'}
      title={result.message}
      subTitle={
        changed
          ? `已写入${result.year}年度计划：新增 ${result.added} 项，更新 ${result.updated} 项，${result.unchanged} 项无变化。`
          : `${result.year}年度计划中已有这些事项，内容一致，台账没有改动。`
      }
      extra={[
        <Button key="board" type="primary" onClick={onOpenBoard} autoFocus>
          查看{result.year}年度总览
        </Button>,
        <Button key="again" onClick={onAgain}>
          继续导入
        </Button>,
      ]}
    />
  );
}
