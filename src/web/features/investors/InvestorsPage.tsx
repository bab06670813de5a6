import { Button } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { PlusIcon } from '../../lib/icons';
import { useIsMobile } from '../../lib/useIsMobile';
import { canEditInvestor, INVESTOR_WRITERS } from '../auth/permissions';
import { useCurrentUser } from '../auth/queries';
import { InvestorDrawer } from './InvestorDrawer';
import { InvestorFilters } from './InvestorFilters';
import { InvestorList } from './InvestorList';
import { useInvestors } from './queries';
import type { Investor } from './types';
import { useInvestorFilters } from './useInvestorFilters';
import { QueryErrorAlert } from '../../lib/QueryErrorAlert';
import '../projects/projects.css';
import './investors.css';

/** /investors: the investor registry (客商库) — search, filters, and the create/edit drawer. */
export function InvestorsPage() {
  const t = useT();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const { params, setFilters, setPage, reset } = useInvestorFilters();
  const list = useInvestors(params);
  const [drawer, setDrawer] = useState<{ investor?: Investor } | null>(null);
  const canWrite = INVESTOR_WRITERS.includes(me.role);

  return (
    <>
      <div className="tj-page-head">
        <div>
          <h1 className="tj-page-title">{t('investor.title')}</h1>
          <div className="tj-page-subtitle">{t('investor.subtitle')}</div>
        </div>
        {canWrite && (
          <Button
            type="primary"
            icon={<PlusIcon />}
            onClick={() => setDrawer({})}
            data-testid="investor-create"
          >
            {t('investor.new')}
          </Button>
        )}
      </div>
      <InvestorFilters values={params} onChange={setFilters} onReset={reset} />
      <QueryErrorAlert query={list} spaced />
      <InvestorList
        mobile={mobile}
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={params.page}
        pageSize={params.pageSize}
        loading={list.isFetching}
        onPage={setPage}
        canEdit={(i) => canWrite && canEditInvestor(me, i)}
        onEdit={(investor) => setDrawer({ investor })}
      />
      {canWrite && (
        <InvestorDrawer open={drawer !== null} investor={drawer?.investor} onClose={() => setDrawer(null)} />
      )}
    </>
  );
}
