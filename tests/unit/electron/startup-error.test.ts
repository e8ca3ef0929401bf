import { describe, expect, it } from 'vitest';
import { NewerDatabaseError } from '../../../db/client';
import { startupErrorText } from '../../../electron/startup-error';

describe('startupErrorText', () => {
  it('shows a newer database its own explanation', () => {
    const error = new NewerDatabaseError('/data/ledger.db');
    expect(startupErrorText(error, '/data')).toEqual({ title: '无法打开台账数据', content: error.message });
  });

  it('names the data folder and the reason for anything else', () => {
    const { content } = startupErrorText(new Error('EACCES: permission denied'), 'D:\\台账数据');
    expect(content).toContain('D:\\台账数据');
    expect(content).toContain('EACCES: permission denied');
  });
});
