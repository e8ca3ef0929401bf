// `npm run cli -- backup|restore|backups --data-dir DIR …`: the backups of 设置 → 备份与恢复 from the command
// line, through the same contract methods.
import fs from 'node:fs';
import path from 'node:path';
import type { LedgerApp } from '../app';
import type { BackupView } from '../contract/backup-methods';
import { BACKUP_REASON_LABELS } from '../domain/backup-reasons';
import { call } from './cli-calls';
import { renderTable } from './text-table';

export const BACKUP_USAGE = `  backup [--out 文件或文件夹]             备份（数据库、佐证材料和清单合为一个文件）；不指定 --out 时存入数据目录的 backups/
  backups                                 列出数据目录中的备份
  restore --from 备份文件                 从备份恢复：先校验备份，恢复前的数据另存一份备份；请先关闭程序`;

const MB = 1024 * 1024;

function sizeText(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function timeText(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function describe(b: BackupView): string {
  return `${timeText(b.createdAt)}，${b.plans} 个年度计划、${b.items} 项事项、${b.evidenceFiles} 个佐证材料文件，${sizeText(b.size)}`;
}

/** `--out` names a folder when it is one (a USB stick), else the file to write. */
export async function runBackup(app: LedgerApp, out: string | undefined): Promise<string> {
  const isFolder = (p: string) => fs.existsSync(p) && fs.statSync(p).isDirectory();
  const target = out === undefined ? {} : isFolder(path.resolve(out)) ? { folder: path.resolve(out) } : { file: path.resolve(out) };
  const made = await call(app, 'backups.create', target);
  return `已备份并校验：${made.file}\n（${describe(made)}）`;
}

export async function runRestore(app: LedgerApp, from: string): Promise<string> {
  const { restored, safetyBackup } = await call(app, 'backups.restore', { file: path.resolve(from) });
  return `已从备份恢复：${restored.file}\n（备份于 ${describe(restored)}）\n恢复前的数据已另存为备份：${safetyBackup.file}`;
}

export async function listBackupsText(app: LedgerApp): Promise<{ data: unknown; text: string }> {
  const list = await call(app, 'backups.list', {});
  const rows = list.backups.map((b) => [timeText(b.createdAt), BACKUP_REASON_LABELS[b.reason], String(b.plans), String(b.items), sizeText(b.size), b.name]);
  return { data: list, text: `备份文件夹：${list.folder}\n${renderTable(['时间', '类型', '计划数', '事项数', '大小', '文件名'], rows)}` };
}
