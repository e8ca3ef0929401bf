import { STATUS_LABELS, type ItemStatus } from './status';

// The 历史 tab in plain Chinese: "陈雯 于 3月12日 将状态由 进行中 改为 待核验".

export interface AuditEventLike {
  at: string;
  actor: string;
  /** The client's address when the event came over the network. */
  client?: string | null;
  action: string;
  before: unknown;
  after: unknown;
}

const FIELD_LABELS: Record<string, string> = {
  content: '工作内容', seq: '序号', startMonth: '开始月份', endMonth: '结束月份', yearRound: '贯穿全年', isKey: '重点任务',
  sectionId: '分类', dueDate: '完成时限', explicitDueDate: '完成时限', cadence: '频次', notes: '备注', owners: '责任人',
  targets: '量化指标', source: '来源', sourceRef: '来源文号',
};

type Rec = Record<string, unknown> | null;

function asRecord(value: unknown): Rec {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
}

function statusLabel(value: unknown): string {
  return STATUS_LABELS[value as ItemStatus] ?? String(value);
}

/** Fields whose values differ between two snapshots, named in Chinese. */
export function changedFields(before: Rec, after: Rec): string[] {
  if (!before || !after) return [];
  return Object.keys(FIELD_LABELS)
    .filter((key) => key in after && JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => FIELD_LABELS[key])
    .filter((label, i, all) => all.indexOf(label) === i);
}

function dayOf(at: string): string {
  const d = new Date(at);
  return `${d.getMonth() + 1}月${d.getDate()}日`;
}

function what(e: AuditEventLike): string {
  const before = asRecord(e.before);
  const after = asRecord(e.after);
  const reason = after?.reason ? `，${e.action === 'item.verify' ? '意见' : '原因'}：${after.reason}` : '';
  if (e.action.startsWith('item.') && before && 'status' in before && after && 'status' in after && Object.keys(before).length === 1)
    return `将状态由 ${statusLabel(before.status)} 改为 ${statusLabel(after.status)}${reason}`;
  switch (e.action) {
    case 'item.create': return '新建了该事项';
    case 'item.update': {
      const fields = changedFields(before, after);
      return fields.length ? `修改了${fields.join('、')}` : '保存了该事项（内容未变）';
    }
    case 'item.delete': return '删除了该事项';
    case 'progress.add': return `记录进展：${after?.text ?? ''}${after?.percent != null ? `（完成${after.percent}%）` : ''}`;
    case 'evidence.add': return `上传佐证材料《${after?.name ?? ''}》`;
    case 'evidence.remove': return `删除佐证材料《${before?.name ?? ''}》`;
    case 'postponement.request': return `申请将完成时限由 ${after?.from} 延至 ${after?.to}，原因：${after?.reason ?? ''}`;
    case 'postponement.approve': return `批准延期，完成时限改为 ${after?.dueDate}`;
    case 'postponement.reject': return `驳回延期申请${after?.comment ? `：${after.comment}` : ''}`;
    case 'finding.add': return `记录督查意见：${after?.assessment ?? ''}${after?.problem ? `，问题：${after.problem}` : ''}`;
    case 'finding.update': return `更新整改情况${after?.closed ? '并销号' : ''}：${after?.rectification ?? ''}`;
    default: return `执行了操作 ${e.action}`;
  }
}

/** Who did it, and from where when it came over the network: 指导老师甲（192.168.1.23）. */
export function actorWithClient(actor: string, client: string | null | undefined): string {
  return client ? `${actor}（${client}）` : actor;
}

export function describeAuditEvent(e: AuditEventLike): string {
  return `${actorWithClient(e.actor, e.client)} 于 ${dayOf(e.at)} ${what(e)}`;
}
