/** Stable error codes of the API, each with its HTTP status: the one place they are mapped. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  BAD_REQUEST: 400,
  PASSWORD_POLICY: 400,
  INVALID_CREDENTIALS: 401,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  ALREADY_EXISTS: 409,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  TRANSITION_FORBIDDEN: 422,
  RESUME_WRONG_STAGE: 422,
  SKIP_NOT_ALLOWED: 422,
  REQUIREMENT_MISSING: 422,
  DATE_IN_FUTURE: 422,
  DATE_BEFORE_PREVIOUS: 422,
  DATE_BEFORE_SIGNING: 422,
  PROJECT_NOT_SIGNED: 422,
  REPORT_MONTH_FUTURE: 422,
  REPORT_MONTH_BEFORE_SIGNING: 422,
  REPORT_MONTH_LOCKED: 423,
  REASON_REQUIRED: 422,
  FUNDS_NEED_CONFIRMATION: 422,
  ACTION_OUT_OF_ORDER: 409,
  RETURN_TOO_LATE: 422,
  EXTENSION_AFTER_DEADLINE: 422,
  EXTENSION_PENDING: 409,
  NO_EXTENSION_PENDING: 409,
  PLAN_ONLY_FOR_MAJOR: 422,
  PLAN_STEPS_OUT_OF_ORDER: 422,
  NO_SUCH_STEP: 422,
  EVENT_BEFORE_PREVIOUS: 409,
  WRONG_UNIT: 403,
  CALENDAR_OUT_OF_RANGE: 422,
  WEBHOOK_URL_INVALID: 422,
  NOT_OF_UNIT: 422,
  CHAIN_CYCLE: 422,
  SYSTEM_RETIRED: 409,
  NODE_HAS_PROJECTS: 409,
  NODE_HAS_CHILDREN: 409,
  TARGET_STATUS_MOVE: 422,
  CHAIN_IMPORT_INVALID: 422,
  METHOD_INVALID: 422,
  METHOD_PUBLISHED: 409,
  NO_METHOD: 422,
  PERIOD_INVALID: 400,
  CORRECTION_REASON_REQUIRED: 422,
  EVIDENCE_INVALID: 422,
  REGION_OUT_OF_SCOPE: 422,
  FILE_INVALID: 422,
  IMPORT_INVALID: 422,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorDetail = { path: string; message: string; code: string };

/** A domain or request error with a stable code; the error handler turns it into the envelope. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params?: Record<string, unknown>,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (what = 'record') => new AppError('NOT_FOUND', `No such ${what}`);
