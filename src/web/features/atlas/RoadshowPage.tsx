import { Alert, Button, Empty, Select, Spin } from 'antd';
import { useSearchParams } from 'react-router';
import { ORIGIN_REGIONS, type OriginRegion } from '../../../domain/investors/fields';
import { useT } from '../../i18n/useT';
import { DetailCrumb } from '../../lib/DetailPageFrame';
import { errorMessage } from '../../lib/errors';
import { useIsMobile } from '../../lib/useIsMobile';
import { useAtlasSystems, useRoadshow } from './queries';
import { RoadshowArea } from './RoadshowArea';
import { defaultSystemId, SystemSelect } from './SystemSelect';
import './atlas.css';

const asArea = (v: string | null): OriginRegion | undefined =>
  (ORIGIN_REGIONS as readonly string[]).includes(v ?? '') ? (v as OriginRegion) : undefined;

/** The areas in a fixed order (长三角, 京津冀, 粤港澳 …), the unnamed last. */
const rank = (area: OriginRegion | null) => (area ? ORIGIN_REGIONS.indexOf(area) : ORIGIN_REGIONS.length);

/** /atlas/roadshow: targets of the open gaps by where they are, printable for a roadshow trip. */
export function RoadshowPage() {
  const t = useT();
  const mobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const systems = useAtlasSystems();
  const systemId = params.get('system') ?? defaultSystemId(systems.data);
  const area = asArea(params.get('area'));
  const plan = useRoadshow({ systemId, area }, Boolean(systemId));
  const system = systems.data?.find((s) => s.id === systemId);
  const areas = [...(plan.data?.areas ?? [])].sort((a, b) => rank(a.area) - rank(b.area));
  const total = areas.reduce((n, a) => n + a.targets.length, 0);
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <div className="tj-atlas-roadshow" data-testid="atlas-roadshow">
      <div className="tj-no-print">
        <DetailCrumb listPath="/atlas" listTitle={t('atlas.chain.crumb')} crumb={t('atlas.roadshow.title')} />
      </div>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('atlas.roadshow.title')}</h1>
          <div className="tj-page-subtitle">
            {system?.name} {t('atlas.roadshow.subtitle')}
          </div>
        </div>
        <Button className="tj-no-print" data-testid="atlas-roadshow-print" onClick={() => window.print()}>
          {t('atlas.roadshow.print')}
        </Button>
      </div>
      <div className="tj-atlas-filters tj-no-print">
        <SystemSelect
          systems={systems.data}
          loading={systems.isLoading}
          value={systemId}
          onChange={(id) => set('system', id)}
        />
        <Select
          className="tj-atlas-filter"
          data-testid="atlas-roadshow-filter"
          aria-label={t('atlas.roadshow.area')}
          allowClear
          placeholder={t('atlas.roadshow.areaAll')}
          value={area}
          onChange={(v?: OriginRegion) => set('area', v)}
          options={ORIGIN_REGIONS.map((r) => ({ value: r, label: t.label('originRegion', r) }))}
        />
      </div>
      {plan.error ? (
        <Alert type="error" showIcon title={errorMessage(t, plan.error)} />
      ) : plan.isPending ? (
        <Spin style={{ display: 'block', margin: '60px auto' }} />
      ) : total === 0 ? (
        <Empty description={t('atlas.roadshow.empty')} />
      ) : (
        <>
          <p className="tj-muted" data-testid="atlas-roadshow-total">
            {t('atlas.roadshow.total', { n: total, areas: areas.length })}
          </p>
          {areas.map((a) => (
            <RoadshowArea key={a.area ?? 'none'} area={a.area} targets={a.targets} mobile={mobile} />
          ))}
        </>
      )}
    </div>
  );
}
