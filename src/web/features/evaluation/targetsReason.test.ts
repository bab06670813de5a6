import { describe, expect, it } from 'vitest';
import { makeTranslate } from '../../i18n/translate';
import { localiseProblems, targetReasonText } from './targetsReason';

describe('target sheet reasons', () => {
  const zh = makeTranslate('zh-CN');
  const en = makeTranslate('en-US');

  it('says the target sheet’s own reasons with their values', () => {
    expect(targetReasonText(zh, '"卧龙" is not a unit of the ranking group')).toBe(
      '“卧龙”不是本办法排名组的单位',
    );
    expect(targetReasonText(zh, '"利润" is not an indicator with targets')).toBe(
      '“利润”不是需要设目标的指标',
    );
    expect(targetReasonText(zh, 'a target must be above 0')).toBe('目标值须大于 0');
    expect(targetReasonText(en, 'the same unit and indicator are on row 3')).toBe(
      'The same unit and indicator are on row 3',
    );
  });

  it('falls back to the shared import reasons, then to the server’s words', () => {
    expect(targetReasonText(zh, 'required')).toBe(zh('import.reason.required'));
    expect(targetReasonText(zh, 'something new')).toBe('something new');
    expect(
      localiseProblems(zh, [{ row: 4, column: '目标值', value: '0', reason: 'a target must be above 0' }]),
    ).toEqual([{ row: 4, column: '目标值', value: '0', reason: '目标值须大于 0' }]);
  });
});
