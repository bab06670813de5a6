import { Empty, Pagination, Tabs } from 'antd';
import { ITEM_STATES, type ItemState } from '../../../domain/supervision/items';
import { useT } from '../../i18n/useT';
import { ItemCard } from './ItemCard';
import type { ItemPage } from './types';
import type { StateTab } from './useSupervisionFilters';

type Props = {
  page: ItemPage | undefined;
  tab: StateTab;
  onTab: (tab: StateTab) => void;
  onPage: (page: number) => void;
};

const openCount = (counts: Record<ItemState, number>) =>
  ITEM_STATES.filter((s) => s !== 'closed').reduce((a, s) => a + counts[s], 0);

/**
 * One list with a state selector (every open item, or one state), each tab with its count for the
 * current filters; most urgent first. The phone's board, and the desktop's list view.
 */
export function SupervisionStateList({ page, tab, onTab, onPage }: Props) {
  const t = useT();
  const counts = page?.countsByState;
  const label = (name: string, n: number | undefined) => (
    <span className="tj-sv-tab">
      {name}
      <span className="tj-sv-tab-count">{n ?? '–'}</span>
    </span>
  );
  const items = page?.items ?? [];
  return (
    <div data-testid="sv-list-view">
      <Tabs
        className="tj-sv-tabs"
        activeKey={tab}
        onChange={(k) => onTab(k as StateTab)}
        size="small"
        data-testid="sv-state-tabs"
        items={[
          { key: 'open', label: label(t('sv.tab.open'), counts && openCount(counts)) },
          ...ITEM_STATES.map((s) => ({ key: s, label: label(t(`sv.state.${s}`), counts?.[s]) })),
        ]}
      />
      {page && items.length === 0 ? (
        <Empty description={t('sv.empty')} />
      ) : (
        <div className="tj-sv-list" data-testid="sv-list">
          {items.map((item) => (
            <ItemCard key={item.id} item={item} showState={tab === 'open'} />
          ))}
        </div>
      )}
      {page && page.total > page.pageSize && (
        <Pagination
          className="tj-sv-pager"
          current={page.page}
          pageSize={page.pageSize}
          total={page.total}
          onChange={onPage}
          showSizeChanger={false}
          showTotal={(total) => t('sv.list.total', { total })}
          size="small"
        />
      )}
    </div>
  );
}
