/** Input limits shared by the API schemas and the web forms: one place to change them. */
export const LIMITS = {
  username: { min: 3, max: 32 },
  displayName: 50,
  password: { min: 8, max: 128 },
  shortText: 100,
  name: 200,
  note: 2000,
  description: 5000,
  search: 100,
  pageSizeMax: 200,
  fileBytes: 20 * 1024 * 1024,
  evidencePerTransition: 20,
} as const;

/** File types accepted as evidence. */
export const EVIDENCE_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
