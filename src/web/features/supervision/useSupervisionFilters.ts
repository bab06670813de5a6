import { useSearchParams } from 'react-router';
import { ITEM_CATEGORIES, type ItemCategory } from '../../../domain/supervision/items';
import type { Colour } from './types';

export type SupervisionFilters = {
  colour: Extract<Colour, 'red' | 'yellow'> | null;
  mine: boolean;
  unit: string | null;
  category: ItemCategory | null;
  closed: boolean;
  projectId: string | null;
};

/** The board's filters live in the address (shareable, e.g. /supervision?projectId=…). */
export function useSupervisionFilters() {
  const [params, setParams] = useSearchParams();
  const colour = params.get('colour');
  const category = params.get('category');
  const filters: SupervisionFilters = {
    colour: colour === 'red' || colour === 'yellow' ? colour : null,
    mine: params.get('mine') === 'true',
    unit: params.get('unit'),
    category: (ITEM_CATEGORIES as readonly string[]).includes(category ?? '')
      ? (category as ItemCategory)
      : null,
    closed: params.get('closed') === 'true',
    projectId: params.get('projectId'),
  };
  const update = (patch: Partial<SupervisionFilters>) => {
    const next = { ...filters, ...patch };
    const search = new URLSearchParams();
    if (next.colour) search.set('colour', next.colour);
    if (next.mine) search.set('mine', 'true');
    if (next.unit) search.set('unit', next.unit);
    if (next.category) search.set('category', next.category);
    if (next.closed) search.set('closed', 'true');
    if (next.projectId) search.set('projectId', next.projectId);
    setParams(search, { replace: true });
  };
  return { filters, update };
}
