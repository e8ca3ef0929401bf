import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createDispatch } from '../../../core/dispatch';
import { contract, type MethodName } from '../../../core/contract';
import { isoDate } from '../../../core/contract/common';
import { isCalendarDate } from '../../../core/domain/calendar-date';
import { handlers } from '../../../core/handlers/index';
import { CLI_ACTOR, type Ctx } from '../../../core/context';

// Every date a contract method accepts goes through the one shared calendar-date schema: this walks each
// method's input schema, finds its date fields, and sends impossible dates to each.

type Path = (string | number)[];
interface DateField {
  path: Path;
  /** A minimal input carrying `value` at the field's path (other fields may be missing). */
  input: (value: string) => unknown;
}

const IMPOSSIBLE = ['2023-02-30', '2023-13-45', '0000-00-00', '2023-04-31', '2023-2-3', '2023-02-29'];
const DATE_KEY = /[dD]ate|rectifyBy/;

function def(schema: z.ZodType): any {
  return (schema as any)._zod.def;
}

/** Walks a schema; `wrap` builds the input around a value at the current path. */
function walk(schema: z.ZodType, path: Path, wrap: (value: unknown) => unknown, out: DateField[], strays: string[], key = ''): void {
  if (schema === isoDate) {
    out.push({ path, input: (value) => wrap(value) });
    return;
  }
  const d = def(schema);
  switch (d.type) {
    case 'object':
      for (const [k, child] of Object.entries(d.shape as Record<string, z.ZodType>))
        walk(child, [...path, k], (value) => wrap({ ...discriminators(d.shape), [k]: value }), out, strays, k);
      return;
    case 'array':
      walk(d.element, [...path, 0], (value) => wrap([value]), out, strays, key);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      walk(d.innerType, path, wrap, out, strays, key);
      return;
    case 'union':
      for (const option of d.options) walk(option, path, wrap, out, strays, key);
      return;
    case 'pipe':
      walk(d.in, path, wrap, out, strays, key);
      return;
    case 'string':
      if (DATE_KEY.test(key)) strays.push(`${path.join('.')}`);
      return;
    default:
      return;
  }
}

/** Literal fields (a discriminated union's tag) so the right union option is the one that parses. */
function discriminators(shape: Record<string, z.ZodType>): Record<string, unknown> {
  const tags: Record<string, unknown> = {};
  for (const [k, child] of Object.entries(shape)) if (def(child).type === 'literal') tags[k] = def(child).values[0];
  return tags;
}

const methods = Object.keys(contract) as MethodName[];
const fields = new Map<MethodName, DateField[]>();
const strays: string[] = [];
for (const method of methods) {
  const found: DateField[] = [];
  walk(contract[method].input, [], (value) => value, found, strays);
  if (found.length) fields.set(method, found);
}

const samePath = (a: PropertyKey[], b: Path) => a.length === b.length && a.every((p, k) => p === b[k]);

describe('calendar dates in the contract', () => {
  it('the rule accepts real days only', () => {
    for (const bad of IMPOSSIBLE) expect(isCalendarDate(bad), bad).toBe(false);
    for (const good of ['2023-02-28', '2024-02-29', '2023-12-31', '2023-01-01']) expect(isCalendarDate(good), good).toBe(true);
  });

  it('finds the date fields of every method that takes one, and no date-named field bypasses the shared schema', () => {
    expect(strays).toEqual([]);
    // The walk must reach the known ones, else it is not walking anything.
    for (const known of ['items.create', 'items.update', 'progress.add', 'postponements.request', 'inspections.create', 'findings.add', 'imports.commit', 'exports.notices', 'exports.preview'] as MethodName[])
      expect(fields.has(known), known).toBe(true);
  });

  it('every date field refuses impossible dates with its own message, and takes a real one', () => {
    let checked = 0;
    for (const [method, list] of fields)
      for (const field of list) {
        for (const bad of IMPOSSIBLE) {
          const result = contract[method].input.safeParse(field.input(bad));
          expect(result.success, `${method} ${field.path.join('.')} = ${bad}`).toBe(false);
          const issue = result.error!.issues.find((i) => samePath(i.path, field.path));
          expect(issue?.message, `${method} ${field.path.join('.')} = ${bad}`).toMatch(/日期无效/);
          checked++;
        }
        const fine = contract[method].input.safeParse(field.input('2023-06-30'));
        expect(fine.success ? [] : fine.error.issues.filter((i) => samePath(i.path, field.path)), `${method} ${field.path.join('.')}`).toEqual([]);
      }
    expect(checked).toBeGreaterThanOrEqual(IMPOSSIBLE.length * 9);
  });

  it('the dispatch answers BAD_INPUT (nothing reaches a service)', async () => {
    const dispatch = createDispatch(handlers);
    // No store: a call that got past the schema would fail with INTERNAL, not BAD_INPUT.
    const ctx = { store: null, clock: () => new Date('2023-06-15T04:00:00Z'), actor: CLI_ACTOR, sessions: null, sessionToken: null, dataDir: '/nonexistent' } as unknown as Ctx;
    const envelope = await dispatch('items.create', { planId: 1, content: '开展主题团日活动', startMonth: 3, endMonth: 3, dueDate: '2023-02-30' }, ctx);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(!envelope.ok && envelope.error.message).toMatch(/日期无效/);
  });
});
