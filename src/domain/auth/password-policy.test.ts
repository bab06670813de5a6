import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy';

describe('password policy', () => {
  it('accepts 8+ characters from 3 of 4 classes', () => {
    expect(passwordProblems('Tuijin2021!')).toEqual([]);
    expect(passwordProblems('abcdEF12')).toEqual([]);
    expect(passwordProblems('abcd12!@')).toEqual([]);
  });
  it('names each problem', () => {
    expect(passwordProblems('Ab1!')).toEqual(['too_short']);
    expect(passwordProblems('abcdefgh1')).toEqual(['too_few_classes']);
    expect(passwordProblems('Aa1!'.repeat(40))).toEqual(['too_long']);
    expect(passwordProblems('Wancheng2021!', 'wancheng')).toEqual(['contains_username']);
  });
});
