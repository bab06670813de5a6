import { useSearchParams } from 'react-router';
import { periodContaining, periodName, pickOf, shanghaiToday, type PeriodPick } from './period';

export type ResultTab = 'published' | 'draft';

type State = { period: PeriodPick; group: string; tab: ResultTab; unit: string | null };

/**
 * The results page lives in its address: ?period=2026Q4&group=counties&tab=draft&unit=411302 (the
 * open explanation), so that a ranking or a "why" can be sent as a link. Defaults: this quarter, 县市区.
 */
export function useEvaluationParams() {
  const [params, setParams] = useSearchParams();
  const state: State = {
    period: pickOf(params.get('period')) ?? periodContaining('quarter', shanghaiToday()),
    group: params.get('group') || 'counties',
    tab: params.get('tab') === 'draft' ? 'draft' : 'published',
    unit: params.get('unit') || null,
  };
  const set = (next: Partial<State>) => {
    const s = { ...state, ...next };
    const search = new URLSearchParams();
    search.set('period', periodName(s.period));
    search.set('group', s.group);
    if (s.tab === 'draft') search.set('tab', 'draft');
    if (s.unit) search.set('unit', s.unit);
    setParams(search, { replace: true });
  };
  return { ...state, periodText: periodName(state.period), set };
}
