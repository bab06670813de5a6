import { Alert, Button, Spin } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { errorMessage } from '../../lib/errors';
import { PlusIcon } from '../../lib/icons';
import { useIsMobile } from '../../lib/useIsMobile';
import { useCurrentUser } from '../auth/queries';
import { canCreateSupervision } from '../auth/permissions';
import { CreateItemDrawer } from './CreateItemDrawer';
import { useSupervisionItems } from './queries';
import { SupervisionBoard } from './SupervisionBoard';
import { SupervisionFiltersBar } from './SupervisionFiltersBar';
import { SupervisionStateList } from './SupervisionStateList';
import type { ItemListParams } from './types';
import { unitFromValue } from './UnitPicker';
import { useSupervisionFilters } from './useSupervisionFilters';
import '../pipeline/pipeline.css';
import './supervision.css';

/** Cards per kanban column; the rest of a state opens as a list. */
const PER_COLUMN = 20;
const LIST_PAGE = 30;

/** /supervision: 督办事项 — a kanban by state (a state selector and one list on phones), coloured by the 13710 clock. */
export function SupervisionPage() {
  const t = useT();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const { filters, update } = useSupervisionFilters();
  const [creating, setCreating] = useState(false);
  const unit = unitFromValue(filters.unit ?? undefined);
  const common: ItemListParams = {
    colour: filters.colour ?? undefined,
    unit: unit?.id,
    unitKind: unit?.kind,
    category: filters.category ?? undefined,
    region: filters.region ?? undefined,
    mine: filters.mine,
    projectId: filters.projectId ?? undefined,
    q: filters.q ?? undefined,
  };
  const board = !mobile && filters.view === 'board';
  const list = useSupervisionItems(
    board
      ? { ...common, perState: PER_COLUMN }
      : { ...common, state: filters.tab, page: filters.page, pageSize: LIST_PAGE },
    { keepPrevious: true },
  );
  const projectName = filters.projectId
    ? list.data?.items.find((i) => i.projectId === filters.projectId)?.projectName
    : null;

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('sv.title')}</h1>
          <div className="tj-page-subtitle">{t('sv.subtitle')}</div>
        </div>
        <div className="tj-sv-head-actions">
          <Button onClick={() => navigate('/supervision/stats')} data-testid="sv-stats-link">
            {t('sv.stats.link')}
          </Button>
          {canCreateSupervision(me.role) && (
            <Button
              type="primary"
              icon={<PlusIcon />}
              onClick={() => setCreating(true)}
              data-testid="sv-create"
            >
              {t('sv.new')}
            </Button>
          )}
        </div>
      </div>
      {filters.projectId && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="sv-project-filter"
          title={projectName ? t('sv.filter.project', { name: projectName }) : t('sv.filter.projectAny')}
          action={
            <Button size="small" type="link" onClick={() => update({ projectId: null })}>
              {t('sv.filter.clearProject')}
            </Button>
          }
        />
      )}
      <SupervisionFiltersBar filters={filters} update={update} mobile={mobile} />
      {list.error ? (
        <Alert type="error" showIcon title={errorMessage(t, list.error)} />
      ) : (
        <Spin spinning={list.isFetching}>
          {board ? (
            <SupervisionBoard page={list.data} onShowAll={(tab) => update({ view: 'list', tab })} />
          ) : (
            <SupervisionStateList
              page={list.data}
              tab={filters.tab}
              onTab={(tab) => update({ tab })}
              onPage={(page) => update({ page })}
            />
          )}
        </Spin>
      )}
      {canCreateSupervision(me.role) && (
        <CreateItemDrawer
          open={creating}
          onClose={() => setCreating(false)}
          projectId={filters.projectId ?? undefined}
        />
      )}
    </>
  );
}
