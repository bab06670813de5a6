import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, nextAttemptAfter, readRobotAnswer, robotBody, webhookUrlProblem } from './webhooks';

describe('group-robot messages', () => {
  const m = {
    title: 'DB2026-00001 用地指标',
    lines: ['超期 1 天 *请* 督促'],
    link: 'https://tj.example.cn/supervision/1',
  };

  it('writes DingTalk markdown with a title and WeCom markdown content, escaping markdown in text', () => {
    expect(robotBody('dingtalk', m)).toEqual({
      msgtype: 'markdown',
      markdown: {
        title: 'DB2026-00001 用地指标',
        text: '#### DB2026-00001 用地指标\n\n超期 1 天 \\*请\\* 督促\n\n[在推进中查看](https://tj.example.cn/supervision/1)',
      },
    });
    expect(robotBody('wecom', { ...m, link: null })).toEqual({
      msgtype: 'markdown',
      markdown: { content: '**DB2026-00001 用地指标**\n> 超期 1 天 \\*请\\* 督促' },
    });
  });

  it('reads success only from errcode 0 in a 2xx answer', () => {
    expect(readRobotAnswer(200, '{"errcode":0,"errmsg":"ok"}')).toEqual({ ok: true });
    expect(readRobotAnswer(200, '{"errcode":310000,"errmsg":"keywords not in content"}')).toEqual({
      ok: false,
      error: 'errcode 310000: keywords not in content',
    });
    expect(readRobotAnswer(200, '<html>')).toMatchObject({ ok: false });
    expect(readRobotAnswer(502, 'bad gateway')).toEqual({ ok: false, error: 'HTTP 502: bad gateway' });
  });

  it('backs off 30 s, 2 min, 10 min, 1 h, 6 h, then gives up', () => {
    const waits = [1, 2, 3, 4, 5].map((n) => (nextAttemptAfter(n, 0) ?? -1) / 1000);
    expect(waits).toEqual([30, 120, 600, 3600, 21600]);
    expect(MAX_ATTEMPTS).toBe(6);
    expect(nextAttemptAfter(6, 0)).toBeNull();
  });

  it('accepts http(s) robot addresses only', () => {
    expect(webhookUrlProblem('https://oapi.dingtalk.com/robot/send?access_token=x')).toBeNull();
    expect(webhookUrlProblem('http://10.0.0.5:8080/hook')).toBeNull();
    expect(webhookUrlProblem('ftp://x/y')).toBe('protocol ftp: is not http or https');
    expect(webhookUrlProblem('qyapi.weixin.qq.com')).toBe('not a URL');
  });
});
