import { zhShell } from './messages/shell.zh-CN';
import { zhProjects } from './messages/projects.zh-CN';
import { zhSigning } from './messages/signing.zh-CN';
import { zhReview } from './messages/review.zh-CN';
import { zhDelivery } from './messages/delivery.zh-CN';
import { zhRates } from './messages/rates.zh-CN';
import { zhSupervision } from './messages/supervision.zh-CN';
import { zhNotifications } from './messages/notifications.zh-CN';
import { zhNotify } from './messages/notify.zh-CN';
import { zhAtlas } from './messages/atlas.zh-CN';
import { zhAtlasEdit } from './messages/atlas-edit.zh-CN';
import { zhMeetings } from './messages/meetings.zh-CN';
import { zhEvaluation } from './messages/evaluation.zh-CN';
import { zhCockpit } from './messages/cockpit.zh-CN';
import { zhInspections } from './messages/inspections.zh-CN';
import { zhEvaluationYear } from './messages/evaluation-year.zh-CN';

/** The source dictionary (Chinese first), composed of one module per area. Every other locale must have exactly these keys. */
export const zhCN = {
  ...zhShell,
  ...zhProjects,
  ...zhSigning,
  ...zhReview,
  ...zhDelivery,
  ...zhRates,
  ...zhSupervision,
  ...zhNotifications,
  ...zhNotify,
  ...zhAtlas,
  ...zhAtlasEdit,
  ...zhMeetings,
  ...zhEvaluation,
  ...zhCockpit,
  ...zhInspections,
  ...zhEvaluationYear,
};

export type MessageKey = keyof typeof zhCN;
