import { useEffect, useState } from 'react';
import { useProjectList } from './queries';

/**
 * The project search behind the project pickers: what was typed (debounced 300 ms) against the
 * caller's projects, newest first, at most 30; `stage` narrows it ("lead,negotiating").
 */
export function useProjectSearch(stage = '') {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const list = useProjectList({
    region: '',
    q,
    stage,
    industryCategory: '',
    minInvestment: '',
    maxInvestment: '',
    overdue: false,
    sort: 'updatedAt',
    order: 'desc',
    page: 1,
    pageSize: 30,
  });
  return { typed, setTyped, list, items: list.data?.items ?? [] };
}
