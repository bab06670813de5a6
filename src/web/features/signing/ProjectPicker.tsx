import { Select } from 'antd';
import { useT } from '../../i18n/useT';
import { formatMoney } from '../../lib/format';
import { useProjectSearch } from '../projects/useProjectSearch';
import type { ProjectSummary } from '../projects/types';

type Props = {
  value?: string;
  onChange?: (id: string) => void;
  onPick?: (project: ProjectSummary | null) => void;
  /** Projects already on the agenda (shown, but not offered again). */
  exclude: readonly string[];
};

/** Searches the caller's projects still in the pipeline (线索 / 在谈), the ones an agenda takes. */
export function ProjectPicker({ value, onChange, onPick, exclude }: Props) {
  const t = useT();
  const { typed, setTyped, list, items } = useProjectSearch('lead,negotiating');
  return (
    <Select<string>
      data-testid="agenda-project"
      value={value}
      placeholder={t('agenda.projectPlaceholder')}
      loading={list.isFetching}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      notFoundContent={list.isFetching ? t('app.loading') : t('agenda.noProject')}
      onChange={(id) => {
        onChange?.(id);
        onPick?.(items.find((p) => p.id === id) ?? null);
        setTyped('');
      }}
      options={items.map((p) => ({
        value: p.id,
        disabled: exclude.includes(p.id),
        label: (
          <div className="tj-investor-option">
            <div>{p.name}</div>
            <div className="tj-project-sub">
              {p.code} · {p.regionName} · {t.label('stage', p.stage)} · {formatMoney(t, p.totalInvestment)}
            </div>
          </div>
        ),
        title: p.name,
      }))}
      optionLabelProp="title"
    />
  );
}
