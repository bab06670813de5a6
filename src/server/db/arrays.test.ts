import { describe, expect, it } from 'vitest';
import { pgArray } from './arrays';

describe('pgArray', () => {
  it('quotes and escapes every element and writes NULL for missing ones', () => {
    expect(pgArray(['a', 'b"c', 'd\\e', null, 3])).toBe('{"a","b\\"c","d\\\\e",NULL,"3"}');
    expect(pgArray([])).toBe('{}');
  });
});
