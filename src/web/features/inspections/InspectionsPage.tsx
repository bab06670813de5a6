import { Button, Card, Empty, Spin } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { PlusIcon } from '../../lib/icons';
import { useIsMobile } from '../../lib/useIsMobile';
import { useCurrentUser } from '../auth/queries';
import { CreateInspectionDrawer } from './CreateInspectionDrawer';
import { InspectionCards, InspectionTable, type InspectionRow } from './InspectionList';
import { canManageInspections, seesAllMarks } from './permissions';
import { useInspections } from './queries';
import { QueryErrorAlert } from '../../lib/QueryErrorAlert';
import './inspections.css';

/** /inspections: 半年观摩 — every inspection with its progress; the city sets one up, judges score. */
export function InspectionsPage() {
  const t = useT();
  const me = useCurrentUser();
  const mobile = useIsMobile();
  const manage = canManageInspections(me.role);
  const [creating, setCreating] = useState(false);
  // The server lists what the caller may open (outside the city, a judge's own), newest first.
  const list = useInspections();
  const rows: InspectionRow[] = list.data ?? [];

  return (
    <>
      <div className="tj-page-head">
        <div className="insp-head-text">
          <h1 className="tj-page-title">{t('insp.title')}</h1>
          <div className="tj-page-subtitle">{t('insp.subtitle')}</div>
        </div>
        {manage && (
          <Button
            type="primary"
            icon={<PlusIcon />}
            onClick={() => setCreating(true)}
            size={mobile ? 'large' : 'middle'}
            data-testid="insp-new"
          >
            {t('insp.new')}
          </Button>
        )}
      </div>
      <QueryErrorAlert query={list} />
      {list.isPending && <Spin style={{ display: 'block', margin: '64px auto' }} />}
      {!list.isPending && !list.error && rows.length === 0 && (
        <Card variant="borderless">
          <Empty
            description={
              <span data-testid="insp-empty">
                <strong>{t('insp.empty')}</strong>
                <br />
                <span className="tj-muted">
                  {manage
                    ? t('insp.emptyHintAdmin')
                    : seesAllMarks(me.role)
                      ? t('insp.emptyHint')
                      : t('insp.emptyHintJudge')}
                </span>
              </span>
            }
          />
        </Card>
      )}
      {rows.length > 0 && (mobile ? <InspectionCards rows={rows} /> : <InspectionTable rows={rows} />)}
      {manage && <CreateInspectionDrawer open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
