import { describe, expect, it } from 'vitest';
import { shanghaiDateTime, shortDateTime } from './shanghaiTime';

describe('Shanghai times', () => {
  it('reads instants in Asia/Shanghai', () => {
    expect(shanghaiDateTime('2026-11-29T16:30:00.000Z')).toBe('2026-11-30 00:30');
    expect(shortDateTime('2026-11-29T16:30:00.000Z', 'zh-CN')).toBe('11月30日 00:30');
  });

  it('shows text that is not an instant as it is, instead of breaking the page', () => {
    expect(shanghaiDateTime('2026-04-29T06:30:00.000.5Z')).toBe('2026-04-29T06:30:00.000.5Z');
    expect(shortDateTime('not a time', 'en-US')).toBe('not a time');
  });
});
