import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The centred card of the sign-in screens. */
export function AuthCard({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <div className="auth-page">
      <Card className="auth-card">
        <Typography.Title level={3}>团委工作台账</Typography.Title>
        <Typography.Title level={5}>{title}</Typography.Title>
        <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
        {children}
      </Card>
    </div>
  );
}
