import { describe, expect, it } from 'vitest';
import { createCallGate } from '../../core/services/call-gate';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('call gate', () => {
  it('an exclusive section waits for calls in flight, and calls arriving meanwhile wait for it', async () => {
    const gate = createCallGate();
    const log: string[] = [];
    let releaseSlow!: () => void;
    const slow = gate.shared(async () => {
      log.push('slow start');
      await new Promise<void>((resolve) => (releaseSlow = resolve));
      log.push('slow end');
    });
    const importer = gate.shared(async () => {
      await tick();
      return gate.exclusive(async () => {
        log.push('exclusive start');
        await tick();
        log.push('exclusive end');
      });
    });
    await tick();
    await tick();
    const late = gate.shared(async () => void log.push('late call'));
    await tick();
    expect(log).toEqual(['slow start']);
    releaseSlow();
    await Promise.all([slow, importer, late]);
    expect(log).toEqual(['slow start', 'slow end', 'exclusive start', 'exclusive end', 'late call']);
  });

  it('two calls asking for exclusive use at once run one after the other, not deadlocked', async () => {
    const gate = createCallGate();
    const log: string[] = [];
    const section = (name: string) =>
      gate.shared(() =>
        gate.exclusive(async () => {
          log.push(`${name} in`);
          await tick();
          log.push(`${name} out`);
        }),
      );
    await Promise.all([section('a'), section('b'), gate.shared(async () => void log.push('plain'))]);
    expect(log.indexOf('a out')).toBe(log.indexOf('a in') + 1);
    expect(log.indexOf('b out')).toBe(log.indexOf('b in') + 1);
    expect(log).toHaveLength(5);
  });

  it('a failing exclusive section releases the gate', async () => {
    const gate = createCallGate();
    await expect(gate.shared(() => gate.exclusive(async () => Promise.reject(new Error('boom'))))).rejects.toThrow('boom');
    expect(await gate.shared(async () => 'after')).toBe('after');
  });
});
