import { Select } from 'antd';
import { useT } from '../../i18n/useT';
import { useProjectSearch } from '../projects/useProjectSearch';

type Props = { value?: string | null; onChange?: (id: string | null) => void };

/** Searches the caller's projects (any stage) by name; optional. */
export function ProjectSelect({ value, onChange }: Props) {
  const t = useT();
  const { typed, setTyped, list, items } = useProjectSearch();
  return (
    <Select<string>
      data-testid="sv-project"
      value={value ?? undefined}
      allowClear
      placeholder={t('sv.field.projectPlaceholder')}
      loading={list.isFetching}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      notFoundContent={list.isFetching ? t('app.loading') : t('sv.field.noProject')}
      onChange={(id) => {
        onChange?.(id ?? null);
        setTyped('');
      }}
      options={items.map((p) => ({
        value: p.id,
        title: p.name,
        label: (
          <div className="tj-investor-option">
            <div>{p.name}</div>
            <div className="tj-project-sub">
              {p.code} · {p.regionName} · {t.label('stage', p.stage)}
            </div>
          </div>
        ),
      }))}
      optionLabelProp="title"
    />
  );
}
