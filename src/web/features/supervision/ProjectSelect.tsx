import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useProjectList } from '../projects/queries';

type Props = { value?: string | null; onChange?: (id: string | null) => void };

/** Searches the caller's projects (any stage) by name; optional. */
export function ProjectSelect({ value, onChange }: Props) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const list = useProjectList({
    region: '',
    q,
    stage: '',
    industryCategory: '',
    minInvestment: '',
    maxInvestment: '',
    overdue: false,
    sort: 'updatedAt',
    order: 'desc',
    page: 1,
    pageSize: 30,
  });
  const items = list.data?.items ?? [];
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
