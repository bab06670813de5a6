import { Tag } from 'antd';
import { useT } from '../../i18n/useT';
import type { Investor } from './types';
import { INVESTOR_FLAGS } from './types';

const FLAG_COLORS = { fortune500: 'gold', china500: 'volcano', listed: 'geekblue' } as const;
const KIND_COLORS = { local: 'green', investor: 'blue', target: 'purple' } as const;

export function InvestorKindTag({ kind }: { kind: Investor['kind'] }) {
  const t = useT();
  return (
    <Tag color={KIND_COLORS[kind]} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {t.label('investorKind', kind)}
    </Tag>
  );
}

/** 世界500强 / 中国500强 / 上市 as coloured tags (nothing when none applies). */
export function InvestorFlagTags({ investor }: { investor: Investor }) {
  const t = useT();
  const flags = INVESTOR_FLAGS.filter((f) => investor[f]);
  if (flags.length === 0) return null;
  return (
    <span className="tj-tag-row" data-testid="investor-flag-tags">
      {flags.map((f) => (
        <Tag key={f} color={FLAG_COLORS[f]} variant="filled" style={{ marginInlineEnd: 0 }}>
          {t.label('investorFlag', f)}
        </Tag>
      ))}
    </span>
  );
}

/** "江苏 · 长三角" / "德国 · 境外": where the capital comes from. */
export function InvestorOrigin({ investor }: { investor: Investor }) {
  const t = useT();
  const place = [investor.originCountry && investor.originCountry !== '中国' ? investor.originCountry : null]
    .concat(investor.originProvince)
    .filter(Boolean)
    .join(' ');
  if (!place && !investor.originRegion) return <span className="tj-muted">—</span>;
  return (
    <span>
      {place}
      {investor.originRegion && (
        <Tag variant="outlined" style={{ marginInlineStart: place ? 6 : 0, marginInlineEnd: 0 }}>
          {t.label('originRegion', investor.originRegion)}
        </Tag>
      )}
    </span>
  );
}
