import { Menu } from 'antd';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import {
  AUDIT_READERS,
  DELIVERY_READERS,
  DUPLICATE_READERS,
  IMPORTERS,
  INVESTOR_READERS,
  PROJECT_READERS,
  RATES_READERS,
  SETTINGS_WRITERS,
  SIGNING_READERS,
  SUPERVISION_READERS,
  USER_MANAGERS,
} from '../features/auth/permissions';
import { useCurrentUser } from '../features/auth/queries';
import { MissingReportIcon, MyProjectsIcon, OverviewIcon, RatesIcon } from '../features/overview/navIcons';
import type { MessageKey } from '../i18n/zh-CN';
import { useT } from '../i18n/useT';
import {
  AuditIcon,
  BatchIcon,
  CalendarIcon,
  DuplicateIcon,
  ImportIcon,
  InvestorIcon,
  PipelineIcon,
  ProjectsIcon,
  SettingsIcon,
  UsersIcon,
} from '../lib/icons';
import { SupervisionIcon } from '../features/supervision/SupervisionIcon';
import { NotifyNavIcon } from '../features/notify/NotifyNavIcon';
import { NOTIFY_MANAGERS } from '../features/notify/permissions';
import { AtlasNavIcon } from '../features/atlas/AtlasNavIcon';
import { ATLAS_READERS } from '../features/atlas/permissions';
import { MeetingNavIcon } from '../features/meetings/icons';
import { MEETING_READERS } from '../features/meetings/permissions';
import { EvaluationNavIcon } from '../features/evaluation/EvaluationNavIcon';
import { EVALUATION_READERS } from '../features/evaluation/permissions';
import { CockpitNavIcon } from '../features/cockpit/CockpitNavIcon';
import { COCKPIT_READERS } from '../features/cockpit/permissions';
import { InspectionNavIcon } from '../features/inspections/InspectionNavIcon';

const ENTRIES: { path: string; label: MessageKey; icon: ReactNode; roles: readonly string[] }[] = [
  { path: '/cockpit', label: 'nav.cockpit', icon: <CockpitNavIcon />, roles: COCKPIT_READERS },
  { path: '/projects', label: 'nav.projects', icon: <ProjectsIcon />, roles: PROJECT_READERS },
  { path: '/delivery/mine', label: 'nav.myProjects', icon: <MyProjectsIcon />, roles: DELIVERY_READERS },
  { path: '/pipeline', label: 'nav.pipeline', icon: <PipelineIcon />, roles: PROJECT_READERS },
  { path: '/investors', label: 'nav.investors', icon: <InvestorIcon />, roles: INVESTOR_READERS },
  { path: '/atlas', label: 'nav.atlas', icon: <AtlasNavIcon />, roles: ATLAS_READERS },
  { path: '/signing-days', label: 'nav.signingDays', icon: <CalendarIcon />, roles: SIGNING_READERS },
  { path: '/batches', label: 'nav.batches', icon: <BatchIcon />, roles: SIGNING_READERS },
  { path: '/delivery', label: 'nav.deliveryOverview', icon: <OverviewIcon />, roles: DELIVERY_READERS },
  {
    path: '/reports/missing',
    label: 'nav.missingReports',
    icon: <MissingReportIcon />,
    roles: DELIVERY_READERS,
  },
  {
    path: '/supervision',
    label: 'nav.supervision',
    icon: <SupervisionIcon />,
    roles: SUPERVISION_READERS,
  },
  { path: '/meetings', label: 'nav.meetings', icon: <MeetingNavIcon />, roles: MEETING_READERS },
  { path: '/notify', label: 'nav.notify', icon: <NotifyNavIcon />, roles: NOTIFY_MANAGERS },
  { path: '/rates', label: 'nav.rates', icon: <RatesIcon />, roles: RATES_READERS },
  { path: '/evaluation', label: 'nav.evaluation', icon: <EvaluationNavIcon />, roles: EVALUATION_READERS },
  { path: '/inspections', label: 'nav.inspections', icon: <InspectionNavIcon />, roles: EVALUATION_READERS },
  { path: '/imports', label: 'nav.imports', icon: <ImportIcon />, roles: IMPORTERS },
  { path: '/duplicates', label: 'nav.duplicates', icon: <DuplicateIcon />, roles: DUPLICATE_READERS },
  { path: '/settings', label: 'nav.settings', icon: <SettingsIcon />, roles: SETTINGS_WRITERS },
  { path: '/audit', label: 'nav.audit', icon: <AuditIcon />, roles: AUDIT_READERS },
  { path: '/users', label: 'nav.users', icon: <UsersIcon />, roles: USER_MANAGERS },
];

/** The navigation; its entries follow the role of the signed-in user. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = ENTRIES.filter((e) => e.roles.includes(me.role));
  // The most specific entry wins (/delivery/mine over /delivery).
  const selected = entries
    .filter((e) => pathname === e.path || pathname.startsWith(`${e.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return (
    <Menu
      data-testid="side-menu"
      theme="dark"
      mode="inline"
      selectedKeys={selected ? [selected.path] : []}
      items={entries.map((e) => ({ key: e.path, icon: e.icon, label: t(e.label) }))}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
