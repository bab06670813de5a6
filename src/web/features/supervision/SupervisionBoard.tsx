import { Empty } from 'antd';
import type { ItemState } from '../../../domain/supervision/items';
import { useT } from '../../i18n/useT';
import { StateTag } from './ColourTag';
import { ItemCard } from './ItemCard';
import type { Colour, ItemSummary } from './types';

const FLOW: readonly ItemState[] = [
  'assigned',
  'acknowledged',
  'deployed',
  'reported',
  'resolved',
  'verified',
];
const RANK: Record<Colour, number> = { red: 0, yellow: 1, green: 2 };

/** Worst colour first, then the nearest deadline. */
export function byUrgency(a: ItemSummary, b: ItemSummary): number {
  return (
    RANK[a.colour] - RANK[b.colour] ||
    (a.nextDeadline ?? '9999').localeCompare(b.nextDeadline ?? '9999') ||
    b.createdAt.localeCompare(a.createdAt)
  );
}

type Props = { items: readonly ItemSummary[]; showClosed: boolean; mobile: boolean };

/** Kanban columns by state on a desktop; one list, most urgent first, on a phone. */
export function SupervisionBoard({ items, showClosed, mobile }: Props) {
  const t = useT();
  if (mobile) {
    if (items.length === 0) return <Empty description={t('sv.empty')} />;
    return (
      <div className="tj-sv-list" data-testid="sv-list">
        {[...items].sort(byUrgency).map((item) => (
          <ItemCard key={item.id} item={item} showState />
        ))}
      </div>
    );
  }
  const returned = items.some((i) => i.state === 'returned');
  const states: ItemState[] = [
    ...(returned ? (['returned'] as const) : []),
    ...FLOW,
    ...(showClosed ? (['closed'] as const) : []),
  ];
  return (
    <div className="tj-sv-board" data-testid="sv-board">
      {states.map((state) => {
        const column = items.filter((i) => i.state === state).sort(byUrgency);
        return (
          <section
            key={state}
            className="tj-sv-column"
            data-testid={`sv-column-${state}`}
            aria-label={t(`sv.state.${state}`)}
          >
            <header className="tj-board-column-head">
              <StateTag state={state} />
              <span className="tj-board-count">{column.length}</span>
            </header>
            <div className="tj-board-column-body">
              {column.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sv.emptyColumn')} />
              ) : (
                column.map((item) => <ItemCard key={item.id} item={item} />)
              )}
            </div>
          </section>
        );
      })}
    </div>
  );
}
