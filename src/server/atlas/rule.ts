import { yiNumberToYuan } from '../../domain/money/money';
import type { NodeStateRule } from '../../domain/atlas/state';
import type { Executor } from '../db/client';
import { getSetting } from '../settings/service';

/** The node-state rule in force: the setting keeps 亿 (two decimals at most), the rule exact 元. */
export async function nodeStateRule(db: Executor): Promise<NodeStateRule> {
  const s = await getSetting(db, 'atlas.nodeState');
  return {
    strongAboveScale: s.strongAboveScale,
    strongOutputYuan: yiNumberToYuan(s.strongOutputYi),
  };
}
