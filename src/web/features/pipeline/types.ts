import type { EvidenceFile } from '../projects/types';

export type Visit = {
  id: string;
  visitedOn: string;
  visitors: string;
  peopleMet: string | null;
  place: string;
  outcome: string;
  nextStep: string | null;
  photos: EvidenceFile[];
  author: { id: string; displayName: string };
  createdAt: string;
};

export type VisitInput = {
  visitedOn: string;
  visitors: string;
  peopleMet: string | null;
  place: string;
  outcome: string;
  nextStep: string | null;
  photoFileIds: string[];
};

export type Note = {
  id: string;
  notedOn: string;
  content: string;
  author: { id: string; displayName: string };
  createdAt: string;
};

export type NoteInput = { notedOn: string; content: string };
