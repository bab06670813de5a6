/** Kinds of signing events: the monthly signing day, a 三个一批 period event, an expo. */
export const SIGNING_EVENT_KINDS = ['monthly', 'three_batches', 'expo'] as const;
export type SigningEventKind = (typeof SIGNING_EVENT_KINDS)[number];

export const SIGNING_EVENT_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type SigningEventStatus = (typeof SIGNING_EVENT_STATUSES)[number];

export const AGENDA_STATUSES = ['planned', 'signed', 'withdrawn'] as const;
export type AgendaStatus = (typeof AGENDA_STATUSES)[number];
