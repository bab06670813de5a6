import { Badge, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { useIsMobile } from '../../lib/useIsMobile';
import type { Project } from '../projects/types';
import { EvidenceGallery } from './EvidenceGallery';
import { HistoryPanel } from './HistoryPanel';
import { MilestonesPanel } from './MilestonesPanel';
import { overdueMilestonesOf } from './overdue';
import { ReportsPanel } from './ReportsPanel';
import './delivery.css';

const TABS = ['overview', 'milestones', 'reports', 'evidence', 'history'] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | null): v is Tab => v !== null && (TABS as readonly string[]).includes(v);

type Props = { project: Project; canWrite: boolean; onReload: () => void; overview: ReactNode };

/**
 * The project page's tabs: the overview (fields, lifecycle actions, timeline) and, once signed, the
 * delivery story — milestones, monthly reports, evidence — plus the change history. The tab is in
 * the URL (?tab=reports) so that a link can open it.
 */
export function DeliveryTabs({ project, canWrite, onReload, overview }: Props) {
  const t = useT();
  const mobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const signed = project.signedOn !== null;
  const wanted = params.get('tab');
  const active: Tab =
    isTab(wanted) && (signed || wanted === 'overview' || wanted === 'history') ? wanted : 'overview';
  const overdue = overdueMilestonesOf(project).length;

  const items = [
    { key: 'overview', label: t('delivery.tab.overview'), children: overview },
    ...(signed
      ? [
          {
            key: 'milestones',
            label: (
              <Badge count={overdue} size="small" offset={[6, -2]}>
                {t('delivery.tab.milestones')}
              </Badge>
            ),
            children: <MilestonesPanel project={project} canWrite={canWrite} onReload={onReload} />,
          },
          {
            key: 'reports',
            label: t('delivery.tab.reports'),
            children: <ReportsPanel project={project} canWrite={canWrite} onReload={onReload} />,
          },
          {
            key: 'evidence',
            label: t('delivery.tab.evidence'),
            children: <EvidenceGallery project={project} />,
          },
        ]
      : []),
    { key: 'history', label: t('delivery.tab.history'), children: <HistoryPanel project={project} /> },
  ];

  return (
    <Tabs
      className="tj-delivery-tabs"
      data-testid="project-tabs"
      activeKey={active}
      tabBarGutter={mobile ? 20 : undefined}
      items={items}
      onChange={(key) => {
        const next = new URLSearchParams(params);
        if (key === 'overview') next.delete('tab');
        else next.set('tab', key);
        setParams(next, { replace: true });
      }}
    />
  );
}
