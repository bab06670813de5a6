import { useMemo } from 'react';
import { useI18n } from '../../i18n/useT';
import { formatDate } from '../../lib/format';
import { shortDate } from '../../lib/shanghaiTime';
import { useDepartments, useRegionOptions } from '../org/queries';
import { agendaSections, type AgendaSection } from './sections';
import type { Agenda } from './types';

/** The agenda's sections in the current language, with region and unit names from the org lists. */
export function useAgendaSections(agenda: Agenda | undefined): AgendaSection[] {
  const { t, locale } = useI18n();
  const { all: regions } = useRegionOptions();
  const departments = useDepartments();
  return useMemo(() => {
    if (!agenda) return [];
    const regionName = (id: string) => regions.find((r) => r.id === id)?.name ?? id;
    const unitByName = (name: string) => {
      const department = departments.data?.find((d) => d.name === name);
      if (department) return `department:${department.id}`;
      const region = regions.find((r) => r.name === name && r.kind !== 'city');
      return region ? `region:${region.id}` : undefined;
    };
    // "6月15日" within the agenda's year; a full date for older ones (a project stalled since 2023).
    const year = agenda.date.slice(0, 4);
    const date = (iso: string) => (iso.startsWith(year) ? shortDate(iso, locale) : formatDate(iso));
    return agendaSections(agenda, { t, date, regionName, unitByName });
  }, [agenda, t, locale, regions, departments.data]);
}
