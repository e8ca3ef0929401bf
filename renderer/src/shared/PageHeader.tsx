import { Flex, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  /** Actions or pickers on the right. */
  extra?: ReactNode;
  /** One line under the title explaining what the page shows. */
  description?: ReactNode;
}

/** The title row of every page; also names the browser tab. */
export function PageHeader({ title, extra, description }: PageHeaderProps) {
  useEffect(() => {
    document.title = `${title} · 团委工作台账`;
  }, [title]);
  return (
    <div className="page-header">
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {description && (
        <Typography.Text type="secondary" className="page-header-description">
          {description}
        </Typography.Text>
      )}
    </div>
  );
}
