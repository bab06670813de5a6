import { Alert, Button, Card, Skeleton } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { useIsMobile } from '../../lib/useIsMobile';
import { SETTINGS_WRITERS } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import { useRegionOptions } from '../org/queries';
import { CohortFilters } from './CohortFilters';
import { DrillDrawer } from './DrillDrawer';
import { cohortText } from './definitionText';
import { drillTarget } from './drillTarget';
import { useRates, useRatesByRegion, useRegionGroups } from './queries';
import { RateCard } from './RateCard';
import { RegionRatesChart } from './RegionRatesChart';
import { RegionRatesTable } from './RegionRatesTable';
import { DRILL_TOTAL, useCohortParams } from './useCohortParams';
import '../projects/projects.css';
import './rates.css';

/** /rates: the six delivery rates of a cohort, compared across counties, each figure drilling down to its projects. */
export function RatesPage() {
  const t = useT();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const cohort = useCohortParams();
  const rates = useRates(cohort.summaryQuery);
  const byRegion = useRatesByRegion(cohort.tableQuery);
  const { regions } = useRegionOptions();
  const groups = useRegionGroups();
  const { values: v, drill } = cohort;
  const groupName = groups.data?.find((g) => g.id === v.group)?.name;
  const scopeName = v.regionId
    ? (regions.find((r) => r.id === v.regionId)?.name ?? me.regionName ?? v.regionId)
    : (groupName ?? t('rates.filter.wholeCity'));
  const totalName = t('rates.totalOf', { scope: groupName ?? t('rates.filter.wholeCity') });
  const target = drillTarget(drill, rates.data, byRegion.data, { scopeName, totalName });
  const error = rates.error ?? byRegion.error;

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('rates.title')}</h1>
          <div className="tj-page-subtitle" data-testid="cohort-line">
            {rates.data ? `${scopeName} · ${cohortText(t, rates.data.cohort)}` : t('rates.subtitle')}
          </div>
        </div>
        {SETTINGS_WRITERS.includes(me.role) && <Link to="/settings">{t('rates.configure')}</Link>}
      </div>
      <CohortFilters cohort={cohort} current={rates.data?.cohort} mobile={mobile} />
      {error && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(t, error)}
          style={{ marginBottom: 16 }}
          action={
            <Button onClick={() => void Promise.all([rates.refetch(), byRegion.refetch()])}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      <div className="tj-rate-cards" data-testid="rate-cards">
        {rates.isPending && !rates.error
          ? Array.from({ length: 6 }, (_, i) => (
              <Card key={i} variant="borderless" size="small">
                <Skeleton active paragraph={{ rows: 3 }} />
              </Card>
            ))
          : rates.data?.rates.map((r) => (
              <RateCard key={r.key} rate={r} onDrill={(side) => cohort.openDrill(r.key, side)} />
            ))}
      </div>
      {/* A county officer sees its own county only: the comparison adds nothing to the cards. */}
      {(byRegion.data?.rows.length ?? 2) > 1 && (
        <Card
          variant="borderless"
          title={t('rates.byRegion')}
          extra={groupName && <span className="tj-muted">{groupName}</span>}
          style={{ marginBottom: 16 }}
        >
          <p className="tj-muted" style={{ marginTop: 0 }}>
            {t('rates.byRegionHint')}
          </p>
          <RegionRatesTable
            rows={byRegion.data?.rows ?? []}
            total={byRegion.data?.total ?? []}
            highlight={v.regionId}
            mobile={mobile}
            loading={byRegion.isFetching}
            onDrill={cohort.openDrill}
            totalAt={DRILL_TOTAL}
          />
        </Card>
      )}
      {byRegion.data && byRegion.data.rows.length > 1 && (
        <Card variant="borderless" title={t('rates.chart')}>
          <RegionRatesChart rows={byRegion.data.rows} highlight={v.regionId} mobile={mobile} />
        </Card>
      )}
      {drill && (
        <DrillDrawer
          drill={drill}
          query={cohort.drillQuery}
          rate={target.rate}
          where={target.where}
          mobile={mobile}
          onSide={cohort.setDrillSide}
          onPage={cohort.setDrillPage}
          onClose={cohort.closeDrill}
        />
      )}
    </>
  );
}
