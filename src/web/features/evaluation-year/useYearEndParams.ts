import { useSearchParams } from 'react-router';
import { shanghaiToday } from '../evaluation/period';
import { defaultYear } from './yearEnd';

/** The page lives in its address: ?year=2026&group=counties (defaults: the year being closed, 县市区). */
export function useYearEndParams() {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year =
    Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : defaultYear(shanghaiToday());
  const group = params.get('group') || 'counties';
  const set = (next: { year?: number; group?: string }) => {
    const search = new URLSearchParams();
    search.set('year', String(next.year ?? year));
    search.set('group', next.group ?? group);
    setParams(search, { replace: true });
  };
  return { year, group, set };
}
