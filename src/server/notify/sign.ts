import { createHmac } from 'node:crypto';

/**
 * DingTalk 加签: the robot URL gets `timestamp` (ms) and `sign`, the Base64 HMAC-SHA256 of
 * "timestamp\nsecret" keyed with the secret, URL-encoded. DingTalk refuses a timestamp more than
 * an hour from its own clock, so the URL is signed at each attempt, never stored signed.
 */
export function dingtalkSignedUrl(url: string, secret: string, nowMs: number): string {
  const sign = createHmac('sha256', secret).update(`${nowMs}\n${secret}`).digest('base64');
  const u = new URL(url);
  u.searchParams.set('timestamp', String(nowMs));
  u.searchParams.set('sign', sign);
  return u.toString();
}
