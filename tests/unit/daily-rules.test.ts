import { describe, expect, it } from 'vitest';
import { checkEvidenceFile, isShownImage } from '../../core/domain/evidence-file';
import { sniffImageMime } from '../../core/domain/image-sniff';
import { dateInPlanYear, defaultPlanMonth, planFirstMonth, planMonths } from '../../core/domain/plan-months';
import { nextSeq, type Numbered } from '../../core/domain/seq';
import { ownersAfter } from '../../core/services/bulk';

const bytes = (...b: number[]) => new Uint8Array(b);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10);
const WEBP = new Uint8Array([...Buffer.from('RIFF'), 0x24, 0, 0, 0, ...Buffer.from('WEBPVP8 ')]);
// A 14-byte file header, then BITMAPINFOHEADER (40).
const BMP = new Uint8Array([0x42, 0x4d, 0x46, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0]);
const EXE = new Uint8Array([...Buffer.from('MZ'), 0x90, 0, 3, 0, 0, 0]);

describe('image sniffing', () => {
  it('knows jpeg, png, gif, webp and bmp by their bytes', () => {
    expect(sniffImageMime(JPEG)).toBe('image/jpeg');
    expect(sniffImageMime(PNG)).toBe('image/png');
    expect(sniffImageMime(new Uint8Array(Buffer.from('GIF89a\x01\x00')))).toBe('image/gif');
    expect(sniffImageMime(WEBP)).toBe('image/webp');
    expect(sniffImageMime(BMP)).toBe('image/bmp');
  });

  it('is not fooled by names, a text that starts with "BM", a RIFF that is no WEBP, or a short file', () => {
    expect(sniffImageMime(EXE)).toBeNull();
    expect(sniffImageMime(new Uint8Array(Buffer.from('BM 会议记录：本次会议……')))).toBeNull();
    expect(sniffImageMime(new Uint8Array([...Buffer.from('RIFF'), 0x24, 0, 0, 0, ...Buffer.from('WAVEfmt ')]))).toBeNull();
    expect(sniffImageMime(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(sniffImageMime(new Uint8Array())).toBeNull();
  });
});

describe('evidence files', () => {
  it('types a photo by its bytes, whatever it was sent as', () => {
    expect(checkEvidenceFile(PNG, '现场.jpg', 'image/jpeg')).toEqual({ ok: true, mime: 'image/png' });
    expect(checkEvidenceFile(JPEG, 'IMG_0001', 'application/octet-stream')).toEqual({ ok: true, mime: 'image/jpeg' });
  });

  it('refuses programs, by bytes or by name, and a "photo" that is no image', () => {
    expect(checkEvidenceFile(EXE, '活动照片.png', 'image/png')).toEqual({ ok: false, message: expect.stringContaining('程序文件') });
    expect(checkEvidenceFile(new Uint8Array(Buffer.from('@echo off')), '整理.bat', 'application/octet-stream')).toMatchObject({ ok: false });
    expect(checkEvidenceFile(new Uint8Array(Buffer.from('not an image')), '合影.png', 'image/png')).toEqual({ ok: false, message: expect.stringContaining('不是有效的图片') });
  });

  it('keeps documents and photos it cannot show (HEIC) as files', () => {
    expect(checkEvidenceFile(new Uint8Array(Buffer.from('%PDF-1.7')), '总结.pdf', 'application/pdf')).toEqual({ ok: true, mime: 'application/pdf' });
    expect(checkEvidenceFile(new Uint8Array(Buffer.from('....ftypheic')), 'IMG_1.heic', 'image/heic')).toEqual({ ok: true, mime: 'image/heic' });
    expect(isShownImage('image/heic')).toBe(false);
    expect(isShownImage('image/webp')).toBe(true);
  });
});

describe('plan months and dates', () => {
  it('starts a plan in February unless it has January work', () => {
    expect(planFirstMonth(null)).toBe(2);
    expect(planFirstMonth(3)).toBe(2);
    expect(planFirstMonth(1)).toBe(1);
    expect(planMonths(2)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('opens on the current month inside the plan’s year, else on its first month', () => {
    const plan = { year: 2026, firstMonth: 2 };
    expect(defaultPlanMonth(plan, '2026-05-20')).toBe(5);
    expect(defaultPlanMonth(plan, '2026-01-10')).toBe(2);
    expect(defaultPlanMonth({ year: 2026, firstMonth: 1 }, '2026-01-10')).toBe(1);
    expect(defaultPlanMonth({ year: 2023, firstMonth: 2 }, '2026-05-20')).toBe(2);
    expect(defaultPlanMonth({ year: 2027, firstMonth: 2 }, '2026-12-01')).toBe(2);
  });

  it('suggests dates inside the plan’s year', () => {
    expect(dateInPlanYear(2026, '2026-05-20')).toBe('2026-05-20');
    expect(dateInPlanYear(2023, '2026-05-20')).toBe('2023-12-31');
    expect(dateInPlanYear(2027, '2026-12-20')).toBe('2027-01-01');
  });
});

describe('序号 of a new item', () => {
  const monthly = (seq: number | null, startMonth: number, endMonth = startMonth): Numbered => ({ seq, startMonth, endMonth, yearRound: false, isKey: false });
  const existing: Numbered[] = [
    { seq: 1, startMonth: null, endMonth: null, yearRound: true, isKey: true },
    { seq: 2, startMonth: null, endMonth: null, yearRound: true, isKey: true },
    monthly(1, 2), monthly(2, 2), monthly(3, 3), monthly(4, 3), monthly(5, 7, 8), monthly(6, 9), monthly(null, 9),
    { seq: 1, startMonth: null, endMonth: null, yearRound: true, isKey: false },
  ];

  it('follows the last line of its period, or of the periods before it', () => {
    expect(nextSeq(existing, { isKey: false, yearRound: false, startMonth: 3, endMonth: 3 })).toBe(5);
    expect(nextSeq(existing, { isKey: false, yearRound: false, startMonth: 5, endMonth: 5 })).toBe(5);
    expect(nextSeq(existing, { isKey: false, yearRound: false, startMonth: 7, endMonth: 8 })).toBe(6);
    expect(nextSeq(existing, { isKey: false, yearRound: false, startMonth: 12, endMonth: 12 })).toBe(7);
  });

  it('counts 主要任务, monthly and year-round lines apart, from 1 in an empty plan', () => {
    expect(nextSeq(existing, { isKey: true, yearRound: true, startMonth: null, endMonth: null })).toBe(3);
    expect(nextSeq(existing, { isKey: false, yearRound: true, startMonth: null, endMonth: null })).toBe(2);
    expect(nextSeq([], { isKey: false, yearRound: false, startMonth: 2, endMonth: 2 })).toBe(1);
  });
});

describe('bulk owners', () => {
  const current = [{ personId: 1, role: 'lead' as const }, { personId: 2, role: 'assist' as const }];

  it('replaces the owners with the chosen 主办 and 协办', () => {
    expect(ownersAfter(current, { kind: 'owners', lead: 3, assists: [4], mode: 'replace' })).toEqual([
      { personId: 3, role: 'lead' }, { personId: 4, role: 'assist' },
    ]);
  });

  it('adds a new 主办 first, making the old one 协办, and appends 协办 without duplicates', () => {
    expect(ownersAfter(current, { kind: 'owners', lead: 3, assists: [2, 5], mode: 'add' })).toEqual([
      { personId: 3, role: 'lead' }, { personId: 1, role: 'assist' }, { personId: 2, role: 'assist' }, { personId: 5, role: 'assist' },
    ]);
    expect(ownersAfter(current, { kind: 'owners', lead: null, assists: [5], mode: 'add' })).toEqual([...current, { personId: 5, role: 'assist' }]);
  });
});
