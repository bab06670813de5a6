import { Alert, Drawer, Tabs } from 'antd';
import { LIMITS } from '../../../domain/limits';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { cohortText, formulaText, percentText, rateName, sideName } from './definitionText';
import { DrillList } from './DrillList';
import { useRateDrill } from './queries';
import type { CohortQuery, DrillSide, RateView } from './types';
import type { DrillState } from './useCohortParams';

type Props = {
  drill: DrillState;
  query: CohortQuery;
  /** The figure the drill-down was opened from (its counts and definition), when known. */
  rate: RateView | undefined;
  /** Whose figure: a region's name, the total, or the cohort's scope. */
  where: string;
  mobile: boolean;
  onSide: (side: DrillSide) => void;
  onPage: (page: number) => void;
  onClose: () => void;
};

const PAGE_SIZE = 20;

/** The projects behind a figure, numerator and denominator in two tabs. */
export function DrillDrawer({ drill, query, rate, where, mobile, onSide, onPage, onClose }: Props) {
  const t = useT();
  const result = useRateDrill({
    ...query,
    rate: drill.rate,
    side: drill.side,
    page: drill.page,
    pageSize: Math.min(PAGE_SIZE, LIMITS.pageSizeMax),
  });
  const tabLabel = (side: DrillSide) => {
    const numerator = side === 'numerator';
    if (!rate) return t(numerator ? 'rates.drill.numeratorShort' : 'rates.drill.denominatorShort');
    const count = numerator ? rate.numeratorCount : rate.denominatorCount;
    // Phones have room for "分子（n）" only; the set's name goes under the tabs.
    if (mobile)
      return t(numerator ? 'rates.drill.numeratorCount' : 'rates.drill.denominatorCount', { count });
    return t(numerator ? 'rates.drill.numerator' : 'rates.drill.denominator', {
      name: sideName(t, drill.rate, side, rate.definition),
      count,
    });
  };
  const cohort = result.data?.cohort;
  return (
    <Drawer
      open
      onClose={onClose}
      size={mobile ? '100%' : 1000}
      title={t('rates.drill.title', { rate: rateName(t, drill.rate), where })}
      data-testid="drill-drawer"
      destroyOnHidden
    >
      {rate && (
        <p className="tj-drill-formula">
          <strong>{percentText(rate.percent)}</strong> · {formulaText(t, drill.rate, rate.definition)}
        </p>
      )}
      {cohort && (
        <p className="tj-muted" style={{ marginTop: 0 }}>
          {cohortText(t, cohort)}
        </p>
      )}
      <Tabs
        activeKey={drill.side}
        onChange={(k) => onSide(k === 'denominator' ? 'denominator' : 'numerator')}
        items={(['numerator', 'denominator'] as const).map((side) => ({
          key: side,
          label: <span data-testid={`drill-tab-${side}`}>{tabLabel(side)}</span>,
          children:
            side === drill.side ? (
              <>
                {mobile && rate && (
                  <p className="tj-muted" style={{ marginTop: 0 }}>
                    {sideName(t, drill.rate, side, rate.definition)}
                  </p>
                )}
                {result.error && (
                  <Alert
                    type="error"
                    showIcon
                    title={errorMessage(t, result.error)}
                    style={{ marginBottom: 12 }}
                  />
                )}
                <DrillList data={result.data} loading={result.isFetching} mobile={mobile} onPage={onPage} />
              </>
            ) : null,
        }))}
      />
    </Drawer>
  );
}
