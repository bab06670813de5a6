import { Alert, Button, Collapse, Empty, Spin } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { POSITIONS, type Position } from '../../../domain/atlas/fields';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { useIsMobile } from '../../lib/useIsMobile';
// atlas-edit insertion point: add a chain, system versions (city administrator only).
import { AtlasAdminActions } from '../atlas-edit/AtlasAdminActions';
import { AtlasFilters, type AtlasFilterValues } from './AtlasFilters';
import { ChainCard } from './ChainCard';
import { LeadersSummary } from './LeadersSummary';
import { useAtlasSystems, useChains } from './queries';
import { defaultSystemId } from './SystemSelect';
import type { AtlasSystem, ChainSummary } from './types';
import './atlas.css';

const asPosition = (v: string | null): Position | undefined =>
  (POSITIONS as readonly string[]).includes(v ?? '') ? (v as Position) : undefined;

/** The chains in the order of the system's groups (传统/支柱/新兴), the ungrouped last. */
function sections(system: AtlasSystem | undefined, chains: ChainSummary[]) {
  const groups = (system?.groups ?? []).map((g) => ({
    key: g.id,
    name: g.name,
    chains: chains.filter((c) => c.groupId === g.id),
  }));
  const known = new Set(groups.map((g) => g.key));
  const rest = chains.filter((c) => !c.groupId || !known.has(c.groupId));
  return [...groups, { key: '', name: '', chains: rest }].filter((g) => g.chains.length > 0);
}

/** /atlas: every chain of a system version, grouped, with the leaders' summary on top. */
export function AtlasOverviewPage() {
  const t = useT();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const systems = useAtlasSystems();
  const filters: AtlasFilterValues = {
    systemId: params.get('system') ?? defaultSystemId(systems.data),
    county: params.get('county') ?? undefined,
    position: asPosition(params.get('position')),
  };
  const list = useChains(
    {
      systemId: filters.systemId,
      regionId: filters.county,
      position: filters.county ? filters.position : undefined,
    },
    Boolean(filters.systemId),
  );
  const system = systems.data?.find((s) => s.id === filters.systemId);
  // Without a county, the position filter keeps chains that any county positions so.
  const chains = (list.data ?? []).filter(
    (c) => filters.county || !filters.position || c.positions.some((p) => p.position === filters.position),
  );
  const update = (next: Partial<AtlasFilterValues>) => {
    const merged = { ...filters, ...next };
    const search = new URLSearchParams();
    if (merged.systemId && merged.systemId !== defaultSystemId(systems.data))
      search.set('system', merged.systemId);
    if (merged.county) search.set('county', merged.county);
    if (merged.position) search.set('position', merged.position);
    setParams(search, { replace: true });
  };
  const filtered = Boolean(filters.county || filters.position);

  return (
    <div data-testid="atlas-page">
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('atlas.title')}</h1>
          <div className="tj-page-subtitle">{t('atlas.subtitle')}</div>
        </div>
        <AtlasAdminActions systemId={filters.systemId} />
        <Button
          data-testid="atlas-roadshow-link"
          onClick={() =>
            void navigate(`/atlas/roadshow${filters.systemId ? `?system=${filters.systemId}` : ''}`)
          }
        >
          {t('atlas.roadshowLink')}
        </Button>
      </div>
      <AtlasFilters systems={systems.data} loading={systems.isLoading} value={filters} onChange={update} />
      {system && system.status !== 'published' && (
        <Alert
          type={system.status === 'draft' ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          title={t(system.status === 'draft' ? 'atlas.system.draftNotice' : 'atlas.system.retiredNotice')}
        />
      )}
      {list.error ? (
        <Alert type="error" showIcon title={errorMessage(t, list.error)} />
      ) : list.isPending || systems.isPending ? (
        <Spin style={{ display: 'block', margin: '60px auto' }} />
      ) : chains.length === 0 ? (
        <Empty description={t(filtered ? 'atlas.emptyFiltered' : 'atlas.empty')} />
      ) : (
        <>
          <Collapse
            className="tj-atlas-leaders-collapse"
            defaultActiveKey={mobile ? [] : ['leaders']}
            items={[
              {
                key: 'leaders',
                label: t('atlas.leaders.title'),
                children: <LeadersSummary chains={chains} />,
              },
            ]}
          />
          {sections(system, chains).map((g) => (
            <section key={g.key || 'other'} className="tj-atlas-group" data-testid="atlas-group">
              <h2 className="tj-atlas-group-title">
                {g.name || t('atlas.group.other')} <span className="tj-muted">{g.chains.length}</span>
              </h2>
              <div className="tj-atlas-grid">
                {g.chains.map((c) => (
                  <ChainCard key={c.id} chain={c} />
                ))}
              </div>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
