import type { RegionKind } from '../../../domain/org/roles';

export type Region = { id: string; name: string; kind: RegionKind; parentId: string | null };
export type Department = { id: string; name: string };
