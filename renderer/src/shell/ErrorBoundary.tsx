import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Keeps a rendering fault on one page from blanking the whole window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="error"
        title="页面出现错误"
        subTitle={`已保存的数据不受影响。错误信息：${this.state.error.message}`}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            重新载入
          </Button>
        }
      />
    );
  }
}
