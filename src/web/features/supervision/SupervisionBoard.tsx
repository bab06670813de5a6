import { Button, Empty } from 'antd';
import { ITEM_STATES, type ItemState } from '../../../domain/supervision/items';
import { useT } from '../../i18n/useT';
import { StateTag } from './ColourTag';
import { ItemCard } from './ItemCard';
import type { ItemPage } from './types';

type Props = {
  page: ItemPage | undefined;
  /** Opens the whole of one state as a list. */
  onShowAll: (state: ItemState) => void;
};

/**
 * Kanban columns in the order of the flow (待签收 … 已销号, then 已退回). Each header shows the
 * server's count for the current filters; the column shows the most urgent few, in the server's
 * order (red, yellow, then the nearest breach), and offers the rest as a list.
 */
export function SupervisionBoard({ page, onShowAll }: Props) {
  const t = useT();
  return (
    <div className="tj-sv-board" data-testid="sv-board">
      {ITEM_STATES.map((state) => {
        const column = (page?.items ?? []).filter((i) => i.state === state);
        const count = page?.countsByState[state] ?? 0;
        return (
          <section
            key={state}
            className={`tj-sv-column is-${state}`}
            data-testid={`sv-column-${state}`}
            aria-label={t('sv.column.label', { state: t(`sv.state.${state}`), count })}
          >
            <header className="tj-board-column-head">
              <StateTag state={state} />
              <span className="tj-board-count" data-testid="sv-column-count">
                {count}
              </span>
            </header>
            <div className="tj-board-column-body">
              {column.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sv.emptyColumn')} />
              ) : (
                column.map((item) => <ItemCard key={item.id} item={item} compact />)
              )}
              {count > column.length && (
                <Button
                  type="link"
                  size="small"
                  className="tj-sv-column-more"
                  onClick={() => onShowAll(state)}
                  data-testid="sv-column-more"
                >
                  {t('sv.column.more', { n: count - column.length })}
                </Button>
              )}
            </div>
          </section>
        );
      })}
    </div>
  );
}
