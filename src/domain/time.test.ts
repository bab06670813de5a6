import { describe, expect, it } from 'vitest';
import { shanghaiDate } from './time';

describe('shanghaiDate', () => {
  it('turns the UTC instant into the civil date at UTC+8', () => {
    expect(shanghaiDate(new Date('2021-07-27T15:59:59Z'))).toBe('2021-07-27');
    expect(shanghaiDate(new Date('2021-07-27T16:00:00Z'))).toBe('2021-07-28');
  });
});
