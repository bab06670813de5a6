import { Card } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { shanghaiDateTime } from '../../lib/shanghaiTime';
import { useIsMobile } from '../../lib/useIsMobile';
import { DrillDrawer } from './DrillDrawer';
import { useUnitStats } from './queries';
import { StatsCards } from './StatsCards';
import { StatsChart } from './StatsChart';
import { StatsTable } from './StatsTable';
import { UNIT_STATS, type UnitRef, type UnitStat } from './types';
import { unitFromValue, unitValue } from './UnitPicker';
import { QueryErrorAlert } from '../../lib/QueryErrorAlert';
import './supervision.css';
import './supervision-stats.css';

const isStat = (v: string | null): v is UnitStat => (UNIT_STATS as readonly string[]).includes(v ?? '');

/** The open drill-down lives in the address: ?drill=overdue&unit=department:zrzy&page=2 (no unit: all units). */
function useDrill() {
  const [params, setParams] = useSearchParams();
  const drill = params.get('drill');
  const page = Number(params.get('page'));
  const state = isStat(drill)
    ? {
        stat: drill,
        unit: unitFromValue(params.get('unit') ?? undefined),
        page: Number.isInteger(page) && page > 1 ? page : 1,
      }
    : null;
  const set = (next: { stat: UnitStat; unit: UnitRef | null; page: number } | null) => {
    const search = new URLSearchParams();
    if (next) {
      search.set('drill', next.stat);
      if (next.unit) search.set('unit', unitValue(next.unit));
      if (next.page > 1) search.set('page', String(next.page));
    }
    setParams(search, { replace: true });
  };
  return { state, set };
}

/** /supervision/stats: 督办统计 — units ranked by on-time rate, every figure opening exactly its items. */
export function SupervisionStatsPage() {
  const t = useT();
  const mobile = useIsMobile();
  const stats = useUnitStats();
  const drill = useDrill();
  const units = stats.data?.units ?? [];
  const open = (unit: UnitRef | null, stat: UnitStat) => drill.set({ unit, stat, page: 1 });
  const d = drill.state;
  const line = d?.unit ? units.find((u) => u.unit.kind === d.unit?.kind && u.unit.id === d.unit.id) : null;

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('sv.stats.title')}</h1>
          <div className="tj-page-subtitle">
            {t('sv.stats.subtitle')}
            {stats.data && (
              <span className="tj-sv-asof" data-testid="sv-stats-asof">
                {t('sv.stats.asOf', { at: shanghaiDateTime(stats.data.asOf) })}
              </span>
            )}
          </div>
        </div>
        <Link to="/supervision">{t('sv.stats.back')}</Link>
      </div>
      <QueryErrorAlert query={stats} spaced />
      <Card variant="borderless" title={t('sv.stats.ranking')} style={{ marginBottom: 16 }}>
        <p className="tj-muted" style={{ marginTop: 0 }}>
          {t('sv.stats.rankingHint')}
        </p>
        {mobile ? (
          <StatsCards units={units} total={stats.data?.total ?? null} onDrill={open} />
        ) : (
          <StatsTable
            units={units}
            total={stats.data?.total ?? null}
            loading={stats.isFetching}
            onDrill={open}
          />
        )}
      </Card>
      {/* One unit (a department's handler) has nothing to compare. */}
      {units.length > 1 && (
        <Card variant="borderless" title={t('sv.stats.chart')}>
          <p className="tj-muted" style={{ marginTop: 0 }}>
            {t('sv.stats.chartHint')}
          </p>
          <StatsChart units={units} mobile={mobile} onBar={(unit) => open(unit, 'onTime')} />
        </Card>
      )}
      {d && (
        <DrillDrawer
          unit={d.unit}
          unitName={d.unit ? (line?.unit.name ?? d.unit.id) : t('sv.drill.allUnits')}
          figures={d.unit ? (line ?? undefined) : (stats.data?.total ?? undefined)}
          stat={d.stat}
          page={d.page}
          mobile={mobile}
          onStat={(stat) => drill.set({ ...d, stat, page: 1 })}
          onPage={(page) => drill.set({ ...d, page })}
          onClose={() => drill.set(null)}
        />
      )}
    </>
  );
}
