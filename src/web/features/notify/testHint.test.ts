import { describe, expect, it } from 'vitest';
import { maskUrl, testHintOf } from './testHint';

describe('what a robot’s error likely means', () => {
  it('names the cause of the usual failures', () => {
    expect(testHintOf('errcode 310000: sign not match', 200)).toBe('nf.test.hint.sign');
    expect(testHintOf('errcode 93000: invalid webhook url', 200)).toBe('nf.test.hint.address');
    expect(testHintOf('HTTP 404: not found', 404)).toBe('nf.test.hint.address');
    expect(testHintOf('errcode 45009: api freq out of limit', 200)).toBe('nf.test.hint.rate');
    expect(testHintOf('fetch failed: connect ECONNREFUSED 127.0.0.1:9', null)).toBe('nf.test.hint.network');
    expect(testHintOf('no answer in time (timeout)', null)).toBe('nf.test.hint.network');
    expect(testHintOf('errcode 40035: invalid parameter', 200)).toBeNull();
    expect(testHintOf(null, null)).toBeNull();
  });

  it('shortens the token of a robot address but keeps which robot it is', () => {
    expect(maskUrl('https://oapi.dingtalk.com/robot/send?access_token=1a2b3c4d5e6f7a8b')).toBe(
      'https://oapi.dingtalk.com/robot/send?access_token=1a2b3c…',
    );
    expect(maskUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc')).toBe(
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc',
    );
    expect(maskUrl('not a url')).toBe('not a url');
  });
});
