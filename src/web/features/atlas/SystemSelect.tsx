import { Select, Tag } from 'antd';
import type { SystemStatus } from '../../../domain/atlas/fields';
import { useT } from '../../i18n/useT';
import type { AtlasSystem } from './types';

const STATUS_COLORS: Record<SystemStatus, string> = {
  published: 'green',
  draft: 'orange',
  retired: 'default',
};

export function SystemStatusTag({ status }: { status: SystemStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`atlas.systemStatus.${status}`)}
    </Tag>
  );
}

/** The published system is the default; drafts and retired versions are labelled. */
export function defaultSystemId(systems: AtlasSystem[] | undefined): string | undefined {
  return systems?.find((s) => s.status === 'published')?.id ?? systems?.[0]?.id;
}

type Props = {
  systems: AtlasSystem[] | undefined;
  loading: boolean;
  value: string | undefined;
  onChange: (id: string) => void;
};

/** Which version of the industry system to look at (versions coexist). */
export function SystemSelect({ systems, loading, value, onChange }: Props) {
  const t = useT();
  return (
    <Select
      className="tj-atlas-system-select"
      data-testid="atlas-system"
      aria-label={t('atlas.system')}
      loading={loading}
      value={value}
      onChange={onChange}
      popupMatchSelectWidth={false}
      options={(systems ?? []).map((s) => ({
        value: s.id,
        label: (
          <span className="tj-atlas-system-option">
            <span>{s.name}</span>
            <SystemStatusTag status={s.status} />
          </span>
        ),
      }))}
    />
  );
}
