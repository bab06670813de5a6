import type { MessageKey } from '../../i18n/zh-CN';

/**
 * What a robot's error most likely means, for the person fixing it: a wrong signature or keyword
 * (DingTalk errcode 310000), an address the service does not know (WeCom 93000, DingTalk 300001,
 * HTTP 404), or no connection at all.
 */
export function testHintOf(error: string | null, httpStatus: number | null): MessageKey | null {
  if (!error) return null;
  if (/errcode 310000\b/.test(error)) return 'nf.test.hint.sign';
  if (/errcode (93000|300001)\b/.test(error) || httpStatus === 404) return 'nf.test.hint.address';
  if (/errcode 45009\b|errcode 130101\b/.test(error)) return 'nf.test.hint.rate';
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|fetch failed|timeout/i.test(error)) {
    return 'nf.test.hint.network';
  }
  return null;
}

/** A robot address with its token shortened: the address says which group, the token is a key. */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    for (const [k, v] of u.searchParams) {
      if (v.length > 8) u.searchParams.set(k, `${v.slice(0, 6)}…`);
    }
    return decodeURIComponent(u.toString());
  } catch {
    return url;
  }
}
