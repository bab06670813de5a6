/**
 * Group-robot messages (DingTalk 自定义机器人, WeCom 群机器人): their body formats, how their answers
 * read, and the retry schedule. Signing (DingTalk 加签) needs an HMAC and lives in the server.
 */
export const WEBHOOK_KINDS = ['dingtalk', 'wecom'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Seconds to wait after the n-th failed attempt (1-based); after the last, the delivery has failed. */
export const RETRY_BACKOFF_SECONDS = [30, 120, 600, 3600, 6 * 3600] as const;
export const MAX_ATTEMPTS = RETRY_BACKOFF_SECONDS.length + 1;

/** When to try again after `attempts` failed attempts, or null when the delivery has failed for good. */
export function nextAttemptAfter(attempts: number, now: number): number | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const wait = RETRY_BACKOFF_SECONDS[Math.max(0, attempts - 1)] ?? 6 * 3600;
  return now + wait * 1000;
}

export type RobotMessage = {
  /** One line: what it is about. */
  title: string;
  /** Lines of the message (plain text; markdown-escaped here). */
  lines: readonly string[];
  /** An absolute link into Tuijin, when one is known. */
  link?: string | null;
};

const escapeMd = (s: string) => s.replace(/([\\`*_[\]#>])/g, '\\$1');

/** The JSON body each robot API expects for a markdown message. */
export function robotBody(kind: WebhookKind, m: RobotMessage): Record<string, unknown> {
  const lines = m.lines.map(escapeMd);
  const link = m.link ? `[在推进中查看](${m.link})` : null;
  if (kind === 'dingtalk') {
    const text = [`#### ${escapeMd(m.title)}`, ...lines, ...(link ? [link] : [])].join('\n\n');
    return { msgtype: 'markdown', markdown: { title: m.title.slice(0, 64), text } };
  }
  const content = [`**${escapeMd(m.title)}**`, ...lines.map((l) => `> ${l}`), ...(link ? [link] : [])].join(
    '\n',
  );
  return { msgtype: 'markdown', markdown: { content: content.slice(0, 4096) } };
}

export type RobotAnswer = { ok: true } | { ok: false; error: string };

/**
 * How a robot's HTTP answer reads. Both APIs answer 200 with `{"errcode":0,"errmsg":"ok"}` on
 * success; a wrong signature, keyword or rate limit is a 200 with another errcode.
 */
export function readRobotAnswer(status: number, text: string): RobotAnswer {
  if (status < 200 || status >= 300) return { ok: false, error: `HTTP ${status}: ${text.slice(0, 200)}` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: `HTTP ${status}, answer is not JSON: ${text.slice(0, 200)}` };
  }
  const code = (json as { errcode?: unknown }).errcode;
  if (code === 0) return { ok: true };
  const msg = (json as { errmsg?: unknown }).errmsg;
  return { ok: false, error: `errcode ${String(code)}: ${typeof msg === 'string' ? msg : ''}`.trim() };
}

/** Whether a URL may be a robot's: http(s) with a host. Private hosts are allowed (intranet robots). */
export function webhookUrlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return `protocol ${u.protocol} is not http or https`;
  if (!u.hostname) return 'no host';
  return null;
}
