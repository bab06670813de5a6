import { zhShell } from './messages/shell.zh-CN';
import { zhProjects } from './messages/projects.zh-CN';
import { zhSigning } from './messages/signing.zh-CN';
import { zhReview } from './messages/review.zh-CN';

/** The source dictionary (Chinese first), composed of one module per area. Every other locale must have exactly these keys. */
export const zhCN = {
  ...zhShell,
  ...zhProjects,
  ...zhSigning,
  ...zhReview,
};

export type MessageKey = keyof typeof zhCN;
