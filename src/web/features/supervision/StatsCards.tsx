import { Card, Empty, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { StatCount } from './StatCount';
import { ClearedCell, DaysCell, type Drill, RateCell } from './StatsTable';
import type { UnitFigures, UnitRef, UnitStat, UnitStatsLine } from './types';
import { RankBadge } from '../../lib/RankBadge';

type LineProps = {
  title: string;
  rank: number | null;
  kind: UnitRef['kind'] | null;
  f: UnitFigures;
  onDrill: (stat: UnitStat) => void;
};

function UnitCard({ title, rank, kind, f, onDrill }: LineProps) {
  const t = useT();
  const figure = (label: string, value: ReactNode) => (
    <div className="tj-sv-stat-figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <Card size="small" className="tj-sv-stat-card" data-testid="sv-stats-card">
      <div className="tj-sv-stat-card-head">
        {rank !== null && <RankBadge rank={rank} />}
        <div className="tj-sv-stat-card-name">
          <span className="tj-sv-unit-name">{title}</span>
          {kind && (
            <Tag variant="filled" style={{ marginInlineEnd: 0 }}>
              {t(`sv.unitKind.${kind}`)}
            </Tag>
          )}
        </div>
        <div className="tj-sv-stat-card-rate">
          <RateCell f={f} onDrill={onDrill} />
        </div>
      </div>
      <dl className="tj-sv-stat-figures">
        {figure(t('sv.stats.col.open'), <StatCount count={f.open} stat="open" onDrill={onDrill} />)}
        {figure(
          t('sv.stats.col.overdue'),
          <StatCount count={f.overdue} stat="overdue" onDrill={onDrill} alert />,
        )}
        {figure(t('sv.stats.col.closed'), <StatCount count={f.closed} stat="closed" onDrill={onDrill} />)}
        {figure(t('sv.stats.col.avgDaysShort'), <DaysCell f={f} onDrill={onDrill} />)}
      </dl>
      <div className="tj-sv-stat-card-cleared">
        <span className="tj-muted">{t('sv.stats.col.cleared')}</span>
        <ClearedCell f={f} onDrill={onDrill} />
      </div>
    </Card>
  );
}

type Props = { units: UnitStatsLine[]; total: UnitFigures | null; onDrill: Drill };

/** Phones: one card per unit in rank order, then the total; every figure drills down. */
export function StatsCards({ units, total, onDrill }: Props) {
  const t = useT();
  if (units.length === 0) return <Empty description={t('sv.stats.empty')} />;
  return (
    <div className="tj-sv-stat-cards" data-testid="sv-stats-cards">
      {units.map((u) => (
        <UnitCard
          key={`${u.unit.kind}:${u.unit.id}`}
          title={u.unit.name}
          rank={u.rank}
          kind={u.unit.kind}
          f={u}
          onDrill={(s) => onDrill(u.unit, s)}
        />
      ))}
      {total && units.length > 1 && (
        <UnitCard
          title={t('sv.stats.total')}
          rank={null}
          kind={null}
          f={total}
          onDrill={(s) => onDrill(null, s)}
        />
      )}
    </div>
  );
}
