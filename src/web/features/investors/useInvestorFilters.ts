import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { INVESTOR_FLAGS, type InvestorFlag, type InvestorListParams } from './types';

export type InvestorFilterValues = Pick<InvestorListParams, 'q' | 'kind' | 'originRegion' | 'flag'>;

export const INVESTOR_PAGE_SIZE = 20;

/** The registry's search, filters and page live in the URL so that a search can be shared. */
export function useInvestorFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params: InvestorListParams = useMemo(() => {
    const flag = searchParams.get('flag') ?? '';
    return {
      q: searchParams.get('q') ?? '',
      kind: searchParams.get('kind') ?? '',
      originRegion: searchParams.get('origin') ?? '',
      flag: (INVESTOR_FLAGS as readonly string[]).includes(flag) ? (flag as InvestorFlag) : '',
      page: Math.max(1, Number(searchParams.get('page')) || 1),
      pageSize: Number(searchParams.get('pageSize')) || INVESTOR_PAGE_SIZE,
    };
  }, [searchParams]);

  const setFilters = useCallback(
    (values: Partial<InvestorFilterValues>) => {
      const names: Record<keyof InvestorFilterValues, string> = {
        q: 'q',
        kind: 'kind',
        originRegion: 'origin',
        flag: 'flag',
      };
      setSearchParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(values)) {
          const name = names[key as keyof InvestorFilterValues];
          if (!value) next.delete(name);
          else next.set(name, value);
        }
        next.delete('page');
        return next;
      });
    },
    [setSearchParams],
  );

  const setPage = useCallback(
    (page: number, pageSize: number) => {
      setSearchParams((prev) => {
        const next = new URLSearchParams(prev);
        if (page > 1) next.set('page', String(page));
        else next.delete('page');
        if (pageSize !== INVESTOR_PAGE_SIZE) next.set('pageSize', String(pageSize));
        else next.delete('pageSize');
        return next;
      });
    },
    [setSearchParams],
  );

  const reset = useCallback(() => setSearchParams(new URLSearchParams()), [setSearchParams]);
  return { params, setFilters, setPage, reset };
}
