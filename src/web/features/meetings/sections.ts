import type { Translate } from '../../i18n/translate';
import type { Agenda, AgendaItem, AgendaMilestone, AgendaProject, DecisionPrefill } from './types';

/** The agenda's sections, in the order the meeting takes them (DESIGN §7). */
export const SECTION_KEYS = [
  'stalled',
  'overdueMilestones',
  'redItems',
  'yellowItems',
  'deadlinesThisWeek',
  'newSignings',
  'newLeads',
  'signedNotStarted',
] as const satisfies readonly (keyof Agenda)[];
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The server lists at most this many lines in each section. */
export const SECTION_CAP = 50;

export type Tone = 'red' | 'yellow' | 'green' | 'blue' | 'default';

/** One line of a section as shown: what it links to, what it says, and the decision it may become. */
export type AgendaRow = {
  key: string;
  href: string;
  code: string;
  title: string;
  meta: string[];
  badge?: { text: string; tone: Tone };
  decide?: DecisionPrefill;
};

export type AgendaSection = { key: SectionKey; label: string; tone: Tone; rows: AgendaRow[] };

type Helpers = {
  t: Translate;
  /** "2026-06-15" → "6月15日". */
  date: (iso: string) => string;
  regionName: (id: string) => string;
  /** A unit's picker value ("department:czj") from its name, when the org lists know it. */
  unitByName: (name: string) => string | undefined;
};

const TONE: Record<SectionKey, Tone> = {
  stalled: 'red',
  overdueMilestones: 'red',
  redItems: 'red',
  yellowItems: 'yellow',
  deadlinesThisWeek: 'blue',
  newSignings: 'green',
  newLeads: 'green',
  signedNotStarted: 'yellow',
};

/** "邓州停滞项目" → "邓州停滞": a title adds "项目" itself. */
const short = (name: string) => name.replace(/项目$/, '');

function projectRow(p: AgendaProject, extra: Omit<AgendaRow, 'key' | 'href' | 'code' | 'title'>) {
  return { key: p.id, href: `/projects/${p.id}`, code: p.code, title: p.name, ...extra };
}

function projectPrefill(p: AgendaProject, h: Helpers, kind: 'stalled' | 'notStarted'): DecisionPrefill {
  const params = {
    name: p.name,
    short: short(p.name),
    code: p.code,
    region: h.regionName(p.regionId),
    date: p.on ?? '—',
    days: p.days ?? '—',
  };
  return {
    title: h.t(`mt.prefill.${kind}.title`, params),
    description: h.t(`mt.prefill.${kind}.description`, params),
    category: 'other',
    project: { id: p.id, name: p.name },
    unit: `region:${p.regionId}`,
  };
}

function milestoneRow(m: AgendaMilestone & { regionId?: string }, h: Helpers): AgendaRow {
  const milestone = h.t.label('stage', m.milestone);
  const params = {
    name: m.name,
    short: short(m.name),
    code: m.code,
    region: m.regionName,
    milestone,
    date: m.plannedOn,
    days: m.daysLate,
  };
  return {
    key: `${m.projectId}:${m.milestone}`,
    href: `/projects/${m.projectId}`,
    code: m.code,
    title: m.name,
    meta: [m.regionName, h.t('mt.row.planned', { milestone, date: h.date(m.plannedOn) })],
    badge: { text: h.t('mt.row.daysLate', { days: m.daysLate }), tone: 'red' },
    decide: {
      title: h.t('mt.prefill.overdue.title', params),
      description: h.t('mt.prefill.overdue.description', params),
      category: 'other',
      project: { id: m.projectId, name: m.name },
      unit: typeof m.regionId === 'string' ? `region:${m.regionId}` : undefined,
    },
  };
}

function itemRow(i: AgendaItem, h: Helpers, colour: 'red' | 'yellow'): AgendaRow {
  const params = { title: i.title, code: i.code, unit: i.unitName, colour: h.t(`sv.colour.${colour}`) };
  return {
    key: i.id,
    href: `/supervision/${i.id}`,
    code: i.code,
    title: i.title,
    meta: [i.unitName],
    badge: {
      text: i.nextDeadline
        ? h.t('mt.row.deadline', { date: h.date(i.nextDeadline) })
        : h.t('mt.row.noDeadline'),
      tone: colour,
    },
    decide: {
      title: h.t('mt.prefill.item.title', params),
      description: h.t('mt.prefill.item.description', params),
      category: 'other',
      unit: h.unitByName(i.unitName),
    },
  };
}

const targetLabel = (t: Translate, key: string) =>
  t.dynamic(`sv.target.${key}`, t.dynamic(`sv.target.${key}.ordinary`, key));

/** Every section of an agenda with its lines, ready to show. */
export function agendaSections(agenda: Agenda, h: Helpers): AgendaSection[] {
  const { t } = h;
  const rows: Record<SectionKey, AgendaRow[]> = {
    stalled: agenda.stalled.map((p) =>
      projectRow(p, {
        meta: [h.regionName(p.regionId), ...(p.on ? [t('mt.row.stalledSince', { date: h.date(p.on) })] : [])],
        badge: p.days === null ? undefined : { text: t('mt.row.stalledDays', { days: p.days }), tone: 'red' },
        decide: projectPrefill(p, h, 'stalled'),
      }),
    ),
    overdueMilestones: agenda.overdueMilestones.map((m) => milestoneRow(m, h)),
    redItems: agenda.redItems.map((i) => itemRow(i, h, 'red')),
    yellowItems: agenda.yellowItems.map((i) => itemRow(i, h, 'yellow')),
    deadlinesThisWeek: agenda.deadlinesThisWeek.map((d) => ({
      key: `${d.id}:${d.key}`,
      href: `/supervision/${d.id}`,
      code: d.code,
      title: d.title,
      meta: [targetLabel(t, d.key)],
      badge: { text: t('mt.row.deadline', { date: h.date(d.deadline) }), tone: 'blue' },
    })),
    newSignings: agenda.newSignings.map((p) =>
      projectRow(p, {
        meta: [h.regionName(p.regionId), t.label('stage', p.stage)],
        badge: p.on ? { text: t('mt.row.signedOn', { date: h.date(p.on) }), tone: 'green' } : undefined,
      }),
    ),
    newLeads: agenda.newLeads.map((p) =>
      projectRow(p, {
        meta: [h.regionName(p.regionId)],
        badge: p.on ? { text: t('mt.row.createdOn', { date: h.date(p.on) }), tone: 'green' } : undefined,
      }),
    ),
    signedNotStarted: agenda.signedNotStarted.map((p) =>
      projectRow(p, {
        meta: [
          h.regionName(p.regionId),
          t.label('stage', p.stage),
          ...(p.on ? [t('mt.row.signedOn', { date: h.date(p.on) })] : []),
        ],
        badge:
          p.days === null ? undefined : { text: t('mt.row.signedDays', { days: p.days }), tone: 'yellow' },
        decide: projectPrefill(p, h, 'notStarted'),
      }),
    ),
  };
  return SECTION_KEYS.map((key) => ({
    key,
    label: t(`mt.section.${key}`),
    tone: TONE[key],
    rows: rows[key],
  }));
}
