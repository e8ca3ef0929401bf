import { Alert, App, Button, Flex, Form, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import type { LanSettings, LanStatus } from '../../../core/contract/lan-methods';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { LoadError } from '../shared/LoadError';
import { LanAddresses } from './LanAddresses';
import { SessionsTable } from './SessionsTable';

const WARNING =
  '开启后，同一网络（办公室、校园网）中的任何人都能打开登录页。请确保每个账号都使用足够强的密码；连续输错密码会被暂停登录。不用时请关闭。';

function interfaceOptions(status: LanStatus) {
  return [
    { value: '0.0.0.0', label: '所有网卡（0.0.0.0）' },
    ...status.interfaces.map((i) => ({ value: i.address, label: `${i.address}（${i.name}）` })),
    ...(status.host !== '0.0.0.0' && !status.interfaces.some((i) => i.address === status.host) ? [{ value: status.host, label: status.host }] : []),
  ];
}

/** 设置 → 局域网访问 (administrators): share the ledger with advisers on the office network. */
export function LanAccessCard() {
  const { message } = App.useApp();
  const status = useApiQuery('lan.status', {});
  const configure = useApiMutation('lan.configure', { inlineError: true });
  const [form] = Form.useForm<LanSettings>();

  useEffect(() => {
    if (status.data) form.setFieldsValue({ enabled: status.data.enabled, host: status.data.host, port: status.data.port });
  }, [status.data, form]);

  if (status.isError) return <LoadError error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data) return null;
  const data = status.data;

  const save = async (values: LanSettings) => {
    try {
      const after = await configure.mutateAsync(values);
      if (after.error) void message.warning(after.error, 8);
      else void message.success(after.running ? '局域网访问已开启' : '局域网访问已关闭');
      await status.refetch();
    } catch (error) {
      void message.error(`未保存：${(error as Error).message}`, 8);
    }
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Alert type="warning" showIcon title={WARNING} />
      {!data.available && <Alert type="info" showIcon title="本服务已通过命令行 --lan 在局域网开放，此处设置在桌面程序中生效。" />}
      {data.error && <Alert type="error" showIcon title={data.error} />}
      <Form form={form} layout="inline" onFinish={(values) => void save(values)} disabled={!data.available} aria-label="局域网访问">
        <Form.Item name="enabled" label="局域网访问" valuePropName="checked">
          <Switch checkedChildren="开" unCheckedChildren="关" />
        </Form.Item>
        <Form.Item name="host" label="网卡" rules={[{ required: true, message: '请选择网卡' }]}>
          <Select style={{ width: 260 }} options={interfaceOptions(data)} />
        </Form.Item>
        <Form.Item name="port" label="端口" rules={[{ required: true, message: '请填写端口' }]}>
          <InputNumber min={1024} max={65535} precision={0} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={configure.isPending}>
            保存
          </Button>
        </Form.Item>
      </Form>
      {data.running ? (
        <LanAddresses addresses={data.addresses} />
      ) : (
        <Typography.Text type="secondary">局域网访问未开启：只有本机可以使用。</Typography.Text>
      )}
      <Flex vertical gap={4}>
        <Typography.Text strong>当前登录</Typography.Text>
        <SessionsTable />
      </Flex>
    </Space>
  );
}
