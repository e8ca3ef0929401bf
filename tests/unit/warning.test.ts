import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../core/domain/working-days';
import { expectedProgress, warningOf, type WarningInput } from '../../core/domain/warning';

const base: WarningInput = { year: 2023, status: 'in_progress', startMonth: 9, yearRound: false, dueDate: '2023-10-09', percent: 90 };

describe('working days (China, with 调休)', () => {
  it('knows 国庆 2023 holidays and the make-up Saturday/Sunday', () => {
    expect(isWorkingDay('2023-10-03')).toBe(false); // Tuesday, holiday
    expect(isWorkingDay('2023-10-07')).toBe(true); // Saturday, 调休 working day
    expect(isWorkingDay('2023-10-08')).toBe(true); // Sunday, 调休 working day
    expect(workingDaysBetween('2023-09-28', '2023-10-09')).toBe(3); // 10/7, 10/8, 10/9
  });

  it('knows 春节 2024 and its make-up Sundays', () => {
    expect(isWorkingDay('2024-02-12')).toBe(false);
    expect(isWorkingDay('2024-02-04')).toBe(true);
    expect(isWorkingDay('2024-02-18')).toBe(true);
    expect(addWorkingDays('2024-02-08', 2)).toBe('2024-02-18'); // 2/9, then the holiday week, then Sunday 2/18
  });

  it('falls back to Monday–Friday for years without a published schedule', () => {
    expect(isWorkingDay('2031-03-08')).toBe(false); // Saturday
    expect(isWorkingDay('2031-03-10')).toBe(true);
  });
});

describe('warnings', () => {
  it('marks an item 临期 across 国庆 where plain weekdays would not', () => {
    // 3 working days to the deadline (≤ 5), though 7 weekdays by the plain calendar.
    expect(warningOf(base, '2023-09-28')).toBe('due_soon');
    expect(warningOf(base, '2023-09-18')).toBe('normal');
  });

  it('marks 临期 around 春节 by working days', () => {
    const item: WarningInput = { ...base, year: 2024, startMonth: 1, dueDate: '2024-02-19', percent: 95 };
    expect(workingDaysBetween('2024-02-06', '2024-02-19')).toBe(5); // 2/7, 2/8, 2/9, 2/18, 2/19
    expect(warningOf(item, '2024-02-06')).toBe('due_soon');
    expect(warningOf(item, '2024-02-02')).toBe('normal'); // 2/4 Sunday counts: 8 working days
  });

  it('marks 逾期 the day after the deadline unless closed', () => {
    expect(warningOf(base, '2023-10-10')).toBe('overdue');
    expect(warningOf({ ...base, status: 'pending_review' }, '2023-10-10')).toBe('overdue');
    expect(warningOf({ ...base, status: 'done' }, '2023-10-10')).toBe('closed');
    expect(warningOf({ ...base, status: 'cancelled' }, '2023-12-31')).toBe('closed');
  });

  it('marks 滞后 when not started after the start month began, or behind 序时 by more than the threshold', () => {
    const item: WarningInput = { year: 2023, status: 'not_started', startMonth: 3, yearRound: false, dueDate: '2023-04-30', percent: null };
    expect(warningOf(item, '2023-02-20')).toBe('normal');
    expect(warningOf(item, '2023-03-01')).toBe('lagging');
    const going = { ...item, status: 'in_progress' as const, percent: 10 };
    expect(expectedProgress(going, '2023-03-31')).toBe(51); // 31 of 61 days
    expect(warningOf(going, '2023-03-31')).toBe('lagging');
    expect(warningOf({ ...going, percent: 40 }, '2023-03-31')).toBe('normal');
    expect(warningOf({ ...going, percent: 40 }, '2023-03-31', { lagThresholdPct: 5, dueSoonWorkingDays: 5 })).toBe('lagging');
  });

  it('gives overdue precedence over lagging, and lagging over 临期', () => {
    const late: WarningInput = { year: 2023, status: 'not_started', startMonth: 3, yearRound: false, dueDate: '2023-03-31', percent: null };
    expect(warningOf(late, '2023-04-03')).toBe('overdue');
    expect(warningOf(late, '2023-03-29')).toBe('lagging');
  });
});
