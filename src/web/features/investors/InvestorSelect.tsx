import { Select, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useInvestors } from './queries';
import type { Investor } from './types';

type Props = {
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** Called with the chosen record (null when cleared), so that a form can copy its facts. */
  onPick?: (investor: Investor | null) => void;
  /** What to show for the current value before a search has loaded it (e.g. the project's investor name). */
  currentLabel?: string;
  'data-testid'?: string;
};

type Option = { value: string; label: string; investor?: Investor };

/** Searches the registry (name, normalised name or credit code) as the user types. */
export function InvestorSelect({ value, onChange, onPick, currentLabel, ...rest }: Props) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const search = useInvestors({ q, kind: '', originRegion: '', flag: '', page: 1, pageSize: 20 });
  const items = useMemo(() => search.data?.items ?? [], [search.data]);

  const options: Option[] = items.map((i) => ({ value: i.id, label: i.name, investor: i }));
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: currentLabel ?? value });
  }

  return (
    <Select<string, Option>
      data-testid={rest['data-testid']}
      allowClear
      value={value ?? undefined}
      placeholder={t('investor.selectPlaceholder')}
      loading={search.isFetching}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      notFoundContent={search.isFetching ? t('app.loading') : t('investor.noMatch')}
      onChange={(id?: string) => {
        onChange?.(id ?? null);
        onPick?.(id ? (items.find((i) => i.id === id) ?? null) : null);
        setTyped('');
      }}
      options={options}
      optionRender={(option) => {
        const inv = option.data.investor;
        if (!inv) return option.label;
        return (
          <div className="tj-investor-option">
            <div>{inv.name}</div>
            <div className="tj-project-sub">
              {inv.creditCode ?? t('investor.noCreditCode')}
              {inv.originRegion && (
                <Tag variant="outlined" style={{ marginInlineStart: 6 }}>
                  {t.label('originRegion', inv.originRegion)}
                </Tag>
              )}
            </div>
          </div>
        );
      }}
    />
  );
}
