import { describe, expect, it } from 'vitest';
import { makeTranslate } from '../../i18n/translate';
import {
  editorProblems,
  exclusionsOf,
  exclusionWords,
  initialState,
  serverProblems,
  toCreate,
} from './methodForm';
import type { MethodView } from './types';

const t = makeTranslate('zh-CN');
const base = (exclusions?: object): MethodView => {
  const s = initialState(null, '2026-11-29');
  return {
    id: 'm',
    family: 'ny',
    version: 1,
    status: 'published',
    validFrom: '2026-01-01',
    groupIds: ['counties'],
    body: {
      ...s.body,
      name: '办法',
      indicators: s.body.indicators.map((i) => ({ ...i, name: '签约额' })),
      ...(exclusions ? { exclusions } : {}),
    },
    publishedAt: null,
  };
};

describe('the method editor’s exclusion rules', () => {
  it('types the minimum in 万元 and sends 元; sends only rules that leave something out', () => {
    const s = initialState(
      base({ minInvestment: '5000000.00', signingTypes: ['formal'], units: ['411330'] }),
      '2026-11-29',
    );
    expect(s.minInvestmentWan).toBe('500');
    expect(s.body.exclusions?.minInvestment).toBeUndefined();
    expect(toCreate(s).body.exclusions).toEqual({
      minInvestment: '5000000.00',
      signingTypes: ['formal'],
      units: ['411330'],
    });
    // Every signing type counted, nothing else: no rules at all.
    const none = {
      ...s,
      minInvestmentWan: ' ',
      body: { ...s.body, exclusions: { signingTypes: undefined } },
    };
    expect(exclusionsOf(none)).toBeUndefined();
    expect('exclusions' in toCreate(none).body).toBe(false);
    expect(exclusionsOf({ ...none, minInvestmentWan: '0' })).toBeUndefined();
  });

  it('checks the minimum and that a signing type counts, on the rule’s own field', () => {
    const s = initialState(base(), '2026-11-29');
    expect(editorProblems(s)).toEqual([]);
    expect(editorProblems({ ...s, minInvestmentWan: '12abc' })).toMatchObject([
      { path: 'body.exclusions.minInvestment', code: 'money_invalid' },
    ]);
    expect(editorProblems({ ...s, body: { ...s.body, exclusions: { signingTypes: [] } } })).toMatchObject([
      { path: 'body.exclusions.signingTypes', code: 'empty' },
    ]);
    expect(
      serverProblems([{ path: 'body.body.exclusions.minInvestment', code: 'invalid_format', message: '' }])[0]
        ?.path,
    ).toBe('body.exclusions.minInvestment');
  });

  it('says the rules in words', () => {
    const names: Record<string, string> = { '411330': '鸭河工区' };
    expect(
      exclusionWords(
        t,
        {
          minInvestment: '5000000.00',
          signingTypes: ['formal'],
          industryCategories: ['infrastructure', 'social'],
          units: ['411330'],
        },
        (id) => names[id] ?? id,
      ),
    ).toEqual([
      '总投资低于 500 万元的项目不计入',
      '只计入正式合同签约的项目',
      '基础设施、社会民生类项目不计入',
      '鸭河工区不参与排名',
    ]);
    expect(exclusionWords(t, undefined, (id) => id)).toEqual([]);
  });
});
