import { enShell } from './messages/shell.en-US';
import { enProjects } from './messages/projects.en-US';
import { enSigning } from './messages/signing.en-US';
import { enReview } from './messages/review.en-US';
import { enDelivery } from './messages/delivery.en-US';
import { enRates } from './messages/rates.en-US';
import { enSupervision } from './messages/supervision.en-US';
import { enNotifications } from './messages/notifications.en-US';
import { enNotify } from './messages/notify.en-US';
import { enAtlas } from './messages/atlas.en-US';
import { enAtlasEdit } from './messages/atlas-edit.en-US';
import { enMeetings } from './messages/meetings.en-US';
import { enEvaluation } from './messages/evaluation.en-US';
import { enCockpit } from './messages/cockpit.en-US';
import { enInspections } from './messages/inspections.en-US';
import { enEvaluationYear } from './messages/evaluation-year.en-US';
import type { MessageKey } from './zh-CN';

/** English; typed so that it has exactly the keys of the Chinese source dictionary. */
export const enUS: Record<MessageKey, string> = {
  ...enShell,
  ...enProjects,
  ...enSigning,
  ...enReview,
  ...enDelivery,
  ...enRates,
  ...enSupervision,
  ...enNotifications,
  ...enNotify,
  ...enAtlas,
  ...enAtlasEdit,
  ...enMeetings,
  ...enEvaluation,
  ...enCockpit,
  ...enInspections,
  ...enEvaluationYear,
};
