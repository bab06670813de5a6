import { Alert, Card, Tag } from 'antd';
import { useT } from '../../i18n/useT';
import { shanghaiDateTime } from '../../lib/shanghaiTime';
import type { LineDiff } from './diff';
import { periodLabel } from './period';
import { RankingCards } from './RankingCards';
import { RankingTable } from './RankingTable';
import { TotalsChart } from './TotalsChart';
import type { ResultView } from './types';

type Props = {
  result: ResultView;
  diff?: Map<string, LineDiff> | null;
  mobile: boolean;
  canOpen: (unitId: string) => boolean;
  onOpen: (unitId: string) => void;
};

/** Which method, which months, as of when, which version (已更正 with its reason). */
export function ResultMeta({ result }: { result: ResultView }) {
  const t = useT();
  const p = result.payload;
  const months = Number(p.to.slice(5, 7));
  return (
    <div className="ev-meta" data-testid="ev-meta">
      <span>{t('ev.meta.method', { name: p.method.name, version: p.method.version })}</span>
      <span>{t('ev.meta.range', { from: p.from, to: p.to, months })}</span>
      <span>{t('ev.meta.asOf', { date: p.asOf })}</span>
      {result.status === 'draft' ? (
        <span>
          <Tag color="gold">{t('ev.status.draft')}</Tag>
          {t('ev.meta.computed', { at: shanghaiDateTime(result.computedAt) })}
        </span>
      ) : (
        <span>
          {t('ev.meta.published', { at: shanghaiDateTime(result.publishedAt), version: result.version })}
          {result.version > 1 && (
            <Tag color="orange" style={{ marginInlineStart: 6 }} data-testid="ev-corrected">
              {t('ev.meta.corrected')}
            </Tag>
          )}
        </span>
      )}
    </div>
  );
}

/** A ranking: its facts, the table (cards on a phone) and the totals as bars. */
export function ResultSection({ result, diff, mobile, canOpen, onOpen }: Props) {
  const t = useT();
  const units = result.payload.units;
  const fallbacks = units.some((u) => u.indicators.some((i) => i.fallback));
  // Units the method's exclusion rules leave out: listed under the ranking, not ranked.
  const excluded = result.payload.excludedUnits ?? [];
  return (
    <>
      <Card
        variant="borderless"
        className="ev-result"
        title={
          result.status === 'draft'
            ? t('ev.result.draftTitle', { period: periodLabel(t, result.period) })
            : t('ev.result.title', { period: periodLabel(t, result.period) })
        }
        style={{ marginBottom: 16 }}
      >
        <ResultMeta result={result} />
        {result.version > 1 && result.reason && result.status !== 'draft' && (
          <Alert
            type="warning"
            showIcon
            className="ev-correction"
            title={t('ev.meta.correctionReason', { version: result.version, reason: result.reason })}
            data-testid="ev-correction"
          />
        )}
        {mobile ? (
          <RankingCards units={units} diff={diff} canOpen={canOpen} onOpen={onOpen} />
        ) : (
          <RankingTable units={units} diff={diff} canOpen={canOpen} onOpen={onOpen} />
        )}
        {excluded.length > 0 && (
          <p className="ev-foot" data-testid="ev-excluded">
            {t('ev.excl.notRankedNote', {
              units: excluded.map((u) => u.unitName).join(t('ev.excl.words.sep')),
            })}
          </p>
        )}
        <p className="tj-muted ev-foot">
          {fallbacks && <span>{t('ev.result.fallbackNote')} </span>}
          {t('ev.result.whyHint')}
        </p>
      </Card>
      {units.length > 1 && (
        <Card variant="borderless" title={t('ev.chart.title')} style={{ marginBottom: 16 }}>
          <TotalsChart units={units} mobile={mobile} />
        </Card>
      )}
    </>
  );
}
