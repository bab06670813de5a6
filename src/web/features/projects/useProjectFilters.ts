import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useRegion } from '../org/regionContext';
import { PROJECT_SORTS, type ProjectListParams, type ProjectSort } from './types';

export type ProjectFilterValues = Pick<
  ProjectListParams,
  'q' | 'stage' | 'industryCategory' | 'minInvestment' | 'maxInvestment' | 'overdue'
>;

const URL_NAMES: Record<keyof ProjectFilterValues, string> = {
  q: 'q',
  stage: 'stage',
  industryCategory: 'industry',
  minInvestment: 'min',
  maxInvestment: 'max',
  overdue: 'overdue',
};

export const DEFAULT_PAGE_SIZE = 20;

/** The list's filters and page live in the URL, next to the header's `region`. */
export function useProjectFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { regionId } = useRegion();

  const params: ProjectListParams = useMemo(
    () => ({
      region: regionId,
      q: searchParams.get('q') ?? '',
      stage: searchParams.get('stage') ?? '',
      industryCategory: searchParams.get('industry') ?? '',
      minInvestment: searchParams.get('min') ?? '',
      maxInvestment: searchParams.get('max') ?? '',
      overdue: searchParams.get('overdue') === 'true',
      sort: (PROJECT_SORTS as readonly string[]).includes(searchParams.get('sort') ?? '')
        ? (searchParams.get('sort') as ProjectSort)
        : 'updatedAt',
      order: searchParams.get('order') === 'asc' ? 'asc' : 'desc',
      page: Math.max(1, Number(searchParams.get('page')) || 1),
      pageSize: Number(searchParams.get('pageSize')) || DEFAULT_PAGE_SIZE,
    }),
    [searchParams, regionId],
  );

  const setFilters = useCallback(
    (values: Partial<ProjectFilterValues>) => {
      setSearchParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(values)) {
          const name = URL_NAMES[key as keyof ProjectFilterValues];
          if (value === '' || value === false || value === undefined) next.delete(name);
          else next.set(name, String(value));
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
        if (pageSize !== DEFAULT_PAGE_SIZE) next.set('pageSize', String(pageSize));
        else next.delete('pageSize');
        return next;
      });
    },
    [setSearchParams],
  );

  const setSort = useCallback(
    (sort: ProjectSort | null, order: 'asc' | 'desc') => {
      setSearchParams((prev) => {
        const next = new URLSearchParams(prev);
        if (sort && sort !== 'updatedAt') next.set('sort', sort);
        else next.delete('sort');
        if (sort && order === 'asc') next.set('order', 'asc');
        else next.delete('order');
        next.delete('page');
        return next;
      });
    },
    [setSearchParams],
  );

  const reset = useCallback(() => {
    setSearchParams((prev) => {
      const next = new URLSearchParams();
      const region = prev.get('region');
      if (region) next.set('region', region);
      return next;
    });
  }, [setSearchParams]);

  return { params, setFilters, setPage, setSort, reset };
}
