import { Tag } from 'antd';
import { WARNING_COLORS, WARNING_LABELS, type WarningLevel } from '../../../core/domain/warning';

interface WarningTagProps {
  warning: WarningLevel;
  /** Leave 正常 out (crowded places such as board cards show only what needs attention). */
  hideNormal?: boolean;
}

const DOT = { display: 'inline-block', width: 7, height: 7, borderRadius: '50%', marginInlineEnd: 5, verticalAlign: 1 } as const;

/** 逾期 / 滞后 / 临期 / 正常 with its color (red, yellow, blue, green) as a dot and border; closed items show nothing. */
export function WarningTag({ warning, hideNormal }: WarningTagProps) {
  if (warning === 'closed' || (hideNormal && warning === 'normal')) return null;
  const color = WARNING_COLORS[warning];
  return (
    <Tag className="warning-tag" style={{ borderColor: color, background: `${color}12`, color: '#262626' }}>
      <span style={{ ...DOT, background: color }} aria-hidden />
      {WARNING_LABELS[warning]}
    </Tag>
  );
}
