import dayjs from 'dayjs';

/** A stored instant as the office reads it: 2023-03-12 14:05 (local time). */
export function dateTimeText(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm');
}
