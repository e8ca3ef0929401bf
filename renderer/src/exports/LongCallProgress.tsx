import { Button, Progress, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { RunningCall } from './useLongCall';
import './exports.css';

interface LongCallProgressProps {
  running: RunningCall;
  onCancel: () => void;
  /** What cancelling means here (e.g. that a numbered form keeps its number). */
  cancelHint?: string;
}

/**
 * Work under way: what is being done, an animated bar, the seconds so far and 取消. The backend does not
 * report how far it is, so the bar shows activity, not a percentage.
 */
export function LongCallProgress({ running, onCancel, cancelHint }: LongCallProgressProps) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - running.since) / 1000));
  return (
    <div className="long-call" role="status" aria-live="polite">
      <div className="long-call-head">
        <Typography.Text strong>{running.label}</Typography.Text>
        <Typography.Text type="secondary">已用时 {seconds} 秒</Typography.Text>
        <Button size="small" onClick={onCancel} className="long-call-cancel">
          取消
        </Button>
      </div>
      <Progress percent={100} status="active" showInfo={false} size="small" className="long-call-bar" />
      {cancelHint && (
        <Typography.Text type="secondary" className="long-call-hint">
          {cancelHint}
        </Typography.Text>
      )}
    </div>
  );
}
