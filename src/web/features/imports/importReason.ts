import type { MessageKey } from '../../i18n/zh-CN';
import type { Translate } from '../../i18n/translate';

/**
 * The server words import problems in English (stable phrases with the cell's value inside).
 * Each known phrase is matched here and said in the user's language, its values kept; an
 * unknown phrase is shown as the server wrote it.
 */
const PATTERNS: { re: RegExp; key: MessageKey; names?: string[] }[] = [
  { re: /^required$/, key: 'import.reason.required' },
  { re: /^required column is missing$/, key: 'import.reason.missingColumn' },
  { re: /^this column appears twice$/, key: 'import.reason.columnTwice' },
  { re: /^outside your region$/, key: 'import.reason.outsideRegion' },
  { re: /^a signed project needs its signing type$/, key: 'import.reason.signingTypeNeeded' },
  { re: /^formulas are not accepted/, key: 'import.reason.formula' },
  { re: /^after today \((.+)\)$/, key: 'import.reason.afterToday', names: ['today'] },
  { re: /^empty$/, key: 'import.reason.empty' },
  { re: /^not a number$/, key: 'import.reason.notNumber' },
  { re: /^not an amount$/, key: 'import.reason.notAmount' },
  { re: /^the number (.+) is too large or too small$/, key: 'import.reason.numberRange', names: ['value'] },
  { re: /^an amount cannot be negative$/, key: 'import.reason.negative' },
  { re: /^"(.*)" is not a plain amount/, key: 'import.reason.notPlainAmount', names: ['value'] },
  { re: /^"(.*)" has more decimals than whole 分$/, key: 'import.reason.tooManyDecimals', names: ['value'] },
  { re: /^"(.*)" is too large$/, key: 'import.reason.tooLarge', names: ['value'] },
  { re: /^year (\d+) is out of range$/, key: 'import.reason.yearRange', names: ['year'] },
  { re: /^month (\d+) does not exist$/, key: 'import.reason.monthRange', names: ['month'] },
  { re: /^(\d{4}-\d{2}) has no day (\d+)$/, key: 'import.reason.noSuchDay', names: ['month', 'day'] },
  { re: /^not a date$/, key: 'import.reason.notDate' },
  { re: /^(.+) is not a date serial number$/, key: 'import.reason.notSerial', names: ['value'] },
  { re: /^"(.*)" is not a date/, key: 'import.reason.notDateText', names: ['value'] },
  { re: /^"(.*)" could be (.+)$/, key: 'import.reason.ambiguousRegion', names: ['value', 'options'] },
  { re: /^"(.*)" is not a region of this city$/, key: 'import.reason.unknownRegion', names: ['value'] },
  { re: /^"(.*)" is not 是 or 否$/, key: 'import.reason.yesNo', names: ['value'] },
  {
    re: /^"(.*)" is not a promotion method \((.+)\)$/,
    key: 'import.reason.promotionMethod',
    names: ['value', 'options'],
  },
  {
    re: /^"(.*)" is not a (.+) \(one of (.+)\)$/,
    key: 'import.reason.notOneOf',
    names: ['value', 'what', 'options'],
  },
  { re: /^longer than (\d+) characters \((\d+)\)$/, key: 'import.reason.tooLong', names: ['max', 'length'] },
  // The atlas's node import (src/server/atlas/node-import.ts, xlsx.ts).
  {
    re: /^the parents make a cycle: (.+) \(each under the next\)$/,
    key: 'import.reason.nodeCycle',
    names: ['loop'],
  },
  {
    re: /^"(.*)" is below "(.*)": a node cannot move under its own descendant$/,
    key: 'import.reason.nodeUnderDescendant',
    names: ['parent', 'node'],
  },
  {
    re: /^"(.*)" is neither a node of this chain nor a row of this file$/,
    key: 'import.reason.nodeUnknownParent',
    names: ['value'],
  },
  {
    re: /^several nodes are called "(.*)": name the parent by its 节点编号$/,
    key: 'import.reason.nodeParentAmbiguous',
    names: ['value'],
  },
  {
    re: /^several nodes of the chain are called "(.*)": give its 节点编号$/,
    key: 'import.reason.nodeNameAmbiguous',
    names: ['value'],
  },
  { re: /^the same (name|code) is on row (\d+)$/, key: 'import.reason.nodeSameAs', names: ['what', 'row'] },
  {
    re: /^(\S+) is "(.*)" in the chain, not "(.*)"$/,
    key: 'import.reason.nodeCodeMismatch',
    names: ['code', 'actual', 'given'],
  },
  { re: /^row (\d+) is the same node$/, key: 'import.reason.nodeSameRow', names: ['row'] },
  { re: /^required for a new node$/, key: 'import.reason.nodeSegmentRequired' },
  { re: /^a node cannot be its own parent$/, key: 'import.reason.nodeOwnParent' },
  {
    re: /^"(.*)" is longer than (\d+) characters$/,
    key: 'import.reason.itemTooLong',
    names: ['value', 'max'],
  },
  { re: /^more than (\d+) items \((\d+)\)$/, key: 'import.reason.tooManyItems', names: ['max', 'count'] },
  { re: /^more than (\d+) node rows in one file$/, key: 'import.reason.tooManyNodeRows', names: ['max'] },
  {
    re: /^a unified social credit code has 18 characters, this one has (\d+)$/,
    key: 'investor.creditCodeLength',
    names: ['length'],
  },
  {
    re: /^character (\d+) \("(.*)"\) is not allowed/,
    key: 'investor.creditCodeCharacter',
    names: ['position', 'character'],
  },
  {
    re: /^the check character should be "(.*)", not "(.*)"$/,
    key: 'investor.creditCodeCheck',
    names: ['expected', 'actual'],
  },
];

export function importReasonText(t: Translate, reason: string): string {
  for (const p of PATTERNS) {
    const m = p.re.exec(reason);
    if (!m) continue;
    const params: Record<string, string> = {};
    (p.names ?? []).forEach((name, i) => {
      params[name] = (m[i + 1] ?? '').replace(/ or /g, t('import.or'));
    });
    return t(p.key, params);
  }
  return reason;
}
