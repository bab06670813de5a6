import { useSearchParams } from 'react-router';
import {
  ITEM_CATEGORIES,
  ITEM_STATES,
  type ItemCategory,
  type ItemState,
} from '../../../domain/supervision/items';
import type { Colour } from './types';

/** The list view's tab: every open item, or one state. */
export type StateTab = ItemState | 'open';

export type SupervisionFilters = {
  colour: Extract<Colour, 'red' | 'yellow'> | null;
  mine: boolean;
  /** A unit as the picker's value, "department:zrzy". */
  unit: string | null;
  category: ItemCategory | null;
  region: string | null;
  q: string | null;
  projectId: string | null;
  /** Kanban columns, or one list with a state selector (always the list on a phone). */
  view: 'board' | 'list';
  tab: StateTab;
  page: number;
};

const isState = (v: string | null): v is ItemState => (ITEM_STATES as readonly string[]).includes(v ?? '');

/** The board's filters live in the address (shareable, e.g. /supervision?projectId=…). */
export function useSupervisionFilters() {
  const [params, setParams] = useSearchParams();
  const colour = params.get('colour');
  const category = params.get('category');
  const tab = params.get('tab');
  const page = Number(params.get('page'));
  const filters: SupervisionFilters = {
    colour: colour === 'red' || colour === 'yellow' ? colour : null,
    mine: params.get('mine') === 'true',
    unit: params.get('unit'),
    category: (ITEM_CATEGORIES as readonly string[]).includes(category ?? '')
      ? (category as ItemCategory)
      : null,
    region: params.get('region'),
    q: params.get('q')?.trim() || null,
    projectId: params.get('projectId'),
    view: params.get('view') === 'list' ? 'list' : 'board',
    tab: isState(tab) ? tab : 'open',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
  /** Any change but a page turn starts again at page 1. */
  const update = (patch: Partial<SupervisionFilters>) => {
    const next = { ...filters, page: 1, ...patch };
    const search = new URLSearchParams();
    if (next.colour) search.set('colour', next.colour);
    if (next.mine) search.set('mine', 'true');
    if (next.unit) search.set('unit', next.unit);
    if (next.category) search.set('category', next.category);
    if (next.region) search.set('region', next.region);
    if (next.q) search.set('q', next.q);
    if (next.projectId) search.set('projectId', next.projectId);
    if (next.view === 'list') search.set('view', 'list');
    if (next.tab !== 'open') search.set('tab', next.tab);
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search, { replace: true });
  };
  return { filters, update };
}
