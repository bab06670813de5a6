import { describe, expect, it } from 'vitest';
import { makeTranslate } from '../../i18n/translate';
import { importReasonText } from './importReason';

describe('import reasons in the reader’s language', () => {
  const zh = makeTranslate('zh-CN');
  const en = makeTranslate('en-US');

  it('words the atlas node import’s problems, keeping the values', () => {
    expect(importReasonText(zh, 'the parents make a cycle: 新A → 新B → 新A (each under the next)')).toBe(
      '上级关系构成循环：新A → 新B → 新A（依次为上下级）',
    );
    expect(importReasonText(zh, '"整机" is below "部件": a node cannot move under its own descendant')).toBe(
      '「整机」是「部件」的下级，环节不能移到自己的下级之下',
    );
    expect(importReasonText(en, '"某环节" is neither a node of this chain nor a row of this file')).toBe(
      '“某环节” is neither a node of this chain nor a row of this file',
    );
    expect(importReasonText(zh, 'the same name is on row 4')).toBe('与第 4 行重复');
  });

  it('shows an unknown phrase as the server wrote it', () => {
    expect(importReasonText(zh, 'something new happened')).toBe('something new happened');
  });
});
