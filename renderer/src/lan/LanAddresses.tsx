import { Flex, Typography } from 'antd';
import type { LanStatus } from '../../../core/contract/lan-methods';

/** The addresses to open on other computers and phones, each with a QR code to scan. */
export function LanAddresses({ addresses }: { addresses: LanStatus['addresses'] }) {
  return (
    <Flex wrap gap={24}>
      {addresses.map((a) => (
        <Flex key={a.url} vertical align="center" gap={4} className="lan-address">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(a.qrSvg)}`} alt={`二维码：${a.url}`} width={148} height={148} />
          <Typography.Text copyable strong>
            {a.url}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
