import { Result, Typography } from 'antd';

/** Shown instead of the app when the backend refuses the session (serve mode: missing or stale token). */
export function UnauthenticatedPage({ message }: { message: string }) {
  return (
    <Result
      status="403"
      title={message}
      subTitle={
        <Typography.Paragraph type="secondary">
          为保护台账数据，每次启动服务都会生成新的访问地址。请重新打开启动时在命令行窗口中打印的地址（形如 http://127.0.0.1:端口/?token=…）。
        </Typography.Paragraph>
      }
    />
  );
}
