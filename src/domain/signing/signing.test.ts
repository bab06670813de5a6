import { describe, expect, it } from 'vitest';
import { roundFigure, signingReleaseSentence, signingReleaseText } from './release';
import {
  bandOf,
  signingStatistics,
  signingStatisticsFromGroups,
  type SignedGroup,
  type SignedProject,
} from './statistics';

const yi = (n: number) => `${n * 100_000_000}`;
const p = (over: Partial<SignedProject>): SignedProject => ({
  totalInvestment: yi(1),
  contractedInvestment: null,
  industryCategory: 'industrial',
  strategicEmerging: false,
  originRegion: null,
  foreign: false,
  signingType: 'formal',
  ...over,
});

describe('signing-day statistics', () => {
  it('sums exactly and counts the cumulative size bands', () => {
    const s = signingStatistics([
      p({
        totalInvestment: yi(60),
        contractedInvestment: yi(50),
        strategicEmerging: true,
        originRegion: 'yangtze_delta',
      }),
      p({
        totalInvestment: yi(12),
        industryCategory: 'services',
        originRegion: 'gba',
        signingType: 'framework',
      }),
      p({ totalInvestment: '50000000', industryCategory: 'agriculture', foreign: true, signingType: null }),
      p({ totalInvestment: '0.10' }),
      p({ totalInvestment: '0.20' }),
    ]);
    expect(s.all).toEqual({
      count: 5,
      totalInvestment: '7250000000.30',
      contractedInvestment: '5000000000.00',
    });
    expect(s.bySizeBand.map((b) => [b.minYi, b.bucket.count])).toEqual([
      [1, 2],
      [5, 2],
      [10, 2],
      [30, 1],
      [50, 1],
    ]);
    expect(s.byIndustry.industrial.count).toBe(3);
    expect(s.byIndustry.strategicEmerging).toEqual({
      count: 1,
      totalInvestment: '6000000000.00',
      contractedInvestment: '5000000000.00',
    });
    expect(s.byOrigin.gba.totalInvestment).toBe('1200000000.00');
    expect(s.byOrigin.unknown.count).toBe(3);
    expect([s.domestic.count, s.foreign.count]).toEqual([4, 1]);
    expect([
      s.bySigningType.formal.count,
      s.bySigningType.framework.count,
      s.bySigningType.unknown.count,
    ]).toEqual([3, 1, 1]);
  });
});

describe('statistics from database groups', () => {
  it('equal the statistics of the projects they group', () => {
    const projects = [
      p({ totalInvestment: yi(60), contractedInvestment: yi(50), originRegion: 'gba' }),
      p({ totalInvestment: yi(60), contractedInvestment: yi(40), originRegion: 'gba' }),
      p({ totalInvestment: yi(7), industryCategory: 'services', foreign: true }),
      p({ totalInvestment: '99999999.99', signingType: 'framework' }),
    ];
    const groups: SignedGroup[] = [
      {
        ...p({ originRegion: 'gba' }),
        bandMinYi: 50,
        count: 2,
        totalInvestment: yi(120),
        contractedInvestment: yi(90),
      },
      {
        ...p({ industryCategory: 'services', foreign: true }),
        bandMinYi: 5,
        count: 1,
        totalInvestment: yi(7),
        contractedInvestment: '0',
      },
      {
        ...p({ signingType: 'framework' }),
        bandMinYi: 0,
        count: 1,
        totalInvestment: '99999999.99',
        contractedInvestment: '0',
      },
    ];
    expect(signingStatisticsFromGroups(groups)).toEqual(signingStatistics(projects));
    expect([bandOf('99999999.99'), bandOf(yi(1)), bandOf(yi(29)), bandOf(yi(30))]).toEqual([0, 1, 10, 30]);
  });
});

describe('the release sentence', () => {
  it('says 超过 only when the total is strictly above the figure it names', () => {
    expect(signingReleaseSentence(42, '20050000000')).toBe('现场签约项目42个，总投资额超过200亿元');
    expect(signingReleaseSentence(42, '20000000000')).toBe('现场签约项目42个，总投资额200亿元');
    expect(signingReleaseSentence(42, '20000000000.01')).toBe('现场签约项目42个，总投资额超过200亿元');
  });

  it('rounds down by the documented steps', () => {
    expect(roundFigure('199990000000')).toEqual({ text: '1900', unit: '亿元', exceeds: true }); // 1999.9亿, step 100亿
    expect(roundFigure('19999000000')).toEqual({ text: '190', unit: '亿元', exceeds: true }); // 199.99亿, step 10亿
    expect(roundFigure('5630000000')).toEqual({ text: '56', unit: '亿元', exceeds: true }); // 56.3亿, step 1亿
    expect(roundFigure('356000000')).toEqual({ text: '3.5', unit: '亿元', exceeds: true }); // 3.56亿, step 0.1亿
    expect(roundFigure('300000000')).toEqual({ text: '3', unit: '亿元', exceeds: false });
    expect(roundFigure('56780000')).toEqual({ text: '5600', unit: '万元', exceeds: true }); // 5678万, step 100万
    expect(roundFigure('1234567')).toEqual({ text: '123', unit: '万元', exceeds: true });
    expect(roundFigure('0')).toEqual({ text: '0', unit: '万元', exceeds: false });
  });
});

describe('the release text', () => {
  it('lists the non-zero parts after the headline', () => {
    expect(
      signingReleaseText('南阳市2021年7月项目签约推进日', {
        count: 42,
        totalInvestment: '20160000000',
        atLeast10Yi: 6,
        atLeast5Yi: 14,
        industrial: 30,
        strategicEmerging: 12,
        services: 9,
        agriculture: 3,
        foreign: 2,
        formal: 35,
        framework: 7,
      }),
    ).toBe(
      '南阳市2021年7月项目签约推进日现场签约项目42个，总投资额超过200亿元。其中，10亿元以上项目6个，5亿元以上项目14个；' +
        '工业项目30个（其中战略性新兴产业项目12个），服务业项目9个，农业项目3个；外资项目2个；签约形式为正式合同35个、框架协议7个。',
    );
    expect(signingReleaseSentence(0, '0')).toBe('现场签约项目0个，总投资额0万元');
  });
});
