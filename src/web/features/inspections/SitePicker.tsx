import { Button, Empty, Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { MAIN_PATH, PIPELINE_STAGES } from '../../../domain/lifecycle/stages';
import type { ProjectSummary } from '../projects/types';
import { useProjectSearch } from '../projects/useProjectSearch';

type Props = { value?: string[]; onChange?: (ids: string[]) => void };

/** A site is a signed project on its way to production (not a lead, not terminated). */
const SITE_STAGES = [...MAIN_PATH.filter((s) => !PIPELINE_STAGES.includes(s)), 'stalled'].join(',');
type Site = Pick<ProjectSummary, 'id' | 'code' | 'name' | 'regionName'>;

/**
 * The sites (观摩现场): projects searched by name or code and added in visiting order; each shows
 * its code, name and county and can be taken off again.
 */
export function SitePicker({ value, onChange }: Props) {
  const t = useT();
  const ids = value ?? [];
  const { typed, setTyped, list, items } = useProjectSearch(SITE_STAGES);
  const [known, setKnown] = useState<Record<string, Site>>({});

  const add = (id: string) => {
    const project = items.find((p) => p.id === id);
    if (project) setKnown((k) => ({ ...k, [id]: project }));
    if (!ids.includes(id)) onChange?.([...ids, id]);
    setTyped('');
  };

  return (
    <div className="insp-sites-field">
      <Select<string>
        value={null}
        placeholder={t('insp.field.sitesPlaceholder')}
        loading={list.isFetching}
        showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
        notFoundContent={list.isFetching ? t('app.loading') : t('insp.field.noProject')}
        onChange={add}
        options={items.map((p) => ({
          value: p.id,
          disabled: ids.includes(p.id),
          title: p.name,
          label: (
            <div className="tj-investor-option">
              <div>{p.name}</div>
              <div className="insp-sub">
                {p.code} · {p.regionName} · {t.label('stage', p.stage)}
              </div>
            </div>
          ),
        }))}
        optionLabelProp="title"
        data-testid="insp-site-search"
      />
      {ids.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('insp.field.sitesEmpty')}
          className="insp-sites-empty"
        />
      ) : (
        <ol className="insp-site-list" data-testid="insp-site-list">
          {ids.map((id, i) => {
            const site = known[id];
            return (
              <li key={id} className="insp-site-item" data-testid="insp-site-item">
                <span className="insp-site-index">{i + 1}</span>
                <span className="insp-site-text">
                  <span className="insp-site-name">{site?.name ?? id}</span>
                  {site && (
                    <span className="insp-sub">
                      {site.code} · {site.regionName}
                    </span>
                  )}
                </span>
                <Button
                  type="link"
                  danger
                  size="small"
                  onClick={() => onChange?.(ids.filter((x) => x !== id))}
                  aria-label={t('insp.field.removeSiteOf', { name: site?.name ?? '' })}
                  data-testid="insp-site-remove"
                >
                  {t('common.remove')}
                </Button>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
