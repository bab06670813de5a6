/** Where a lead came from. */
export const LEAD_SOURCES = [
  'door_knocking',
  'referral',
  'expo',
  'leader_assigned',
  'chain_map',
  'online',
  'other',
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];
