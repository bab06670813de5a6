import { Alert, Button, Spin } from 'antd';
import { useState } from 'react';
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
import { unitFromValue } from './UnitPicker';
import { useSupervisionFilters } from './useSupervisionFilters';
import '../pipeline/pipeline.css';
import './supervision.css';

/** /supervision: 督办事项 — a board by state (a list on phones), coloured by the 13710 clock. */
export function SupervisionPage() {
  const t = useT();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const { filters, update } = useSupervisionFilters();
  const [creating, setCreating] = useState(false);
  const list = useSupervisionItems({
    state: filters.closed ? undefined : 'open',
    colour: filters.colour ?? undefined,
    unit: unitFromValue(filters.unit ?? undefined)?.id,
    mine: filters.mine,
    projectId: filters.projectId ?? undefined,
  });
  const all = list.data?.items ?? [];
  // The API has no category filter (yet): it is applied to the loaded page.
  const items = filters.category ? all.filter((i) => i.category === filters.category) : all;
  const projectName = filters.projectId
    ? all.find((i) => i.projectId === filters.projectId)?.projectName
    : null;
  const total = list.data?.total ?? 0;

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('sv.title')}</h1>
          <div className="tj-page-subtitle">{t('sv.subtitle')}</div>
        </div>
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
      <SupervisionFiltersBar filters={filters} update={update} />
      {list.error ? (
        <Alert type="error" showIcon title={errorMessage(t, list.error)} />
      ) : (
        <Spin spinning={list.isFetching}>
          {total > all.length && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('sv.more', { shown: all.length, total })}
            />
          )}
          <SupervisionBoard items={items} showClosed={filters.closed} mobile={mobile} />
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
