import { describe, expect, it, vi } from 'vitest';
import { startupNotifier } from '../../../electron/reminder';

function notifications(supported = true) {
  const shown: { title?: string; body?: string }[] = [];
  class Notification {
    static isSupported = () => supported;
    constructor(readonly options: { title?: string; body?: string }) {}
    show() {
      shown.push(this.options);
    }
  }
  return { Notification, shown };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('start-up reminder notification', () => {
  it('shows the first reminder there is, once a run, asking with the session that signed in', async () => {
    const { Notification, shown } = notifications();
    const remind = vi.fn().mockResolvedValueOnce(null).mockResolvedValue({ title: '督办提醒', body: '逾期 2 项' });
    const notify = startupNotifier(Notification, remind);
    notify('first');
    await settle();
    expect(shown).toEqual([]);
    notify('second');
    await settle();
    notify('third');
    await settle();
    expect(shown).toEqual([{ title: '督办提醒', body: '逾期 2 项' }]);
    expect(remind.mock.calls).toEqual([['first'], ['second']]);
  });

  it('does nothing where the system has no notifications, and only logs a failure', async () => {
    const unsupported = notifications(false);
    const remind = vi.fn();
    startupNotifier(unsupported.Notification, remind)('s');
    expect(remind).not.toHaveBeenCalled();

    const { Notification, shown } = notifications();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    startupNotifier(Notification, vi.fn().mockRejectedValue(new Error('database locked')))('s');
    await settle();
    expect(shown).toEqual([]);
    expect(log).toHaveBeenCalledWith('[reminder] failed', expect.any(Error));
    log.mockRestore();
  });
});
