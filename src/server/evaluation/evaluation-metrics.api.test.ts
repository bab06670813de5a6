import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD, evaluationTestbed, type Result, type Testbed } from '../test/evaluation-fixtures';

/**
 * What a method can measure beyond signings against targets: the delivery rates (as the rates
 * service counts them), exclusion rules, industry categories and size bands. 邓州丁 (15亿) is
 * signed on 2026-06-10 beside the testbed's three projects.
 */
describe('evaluation: rates, exclusion rules, categories and size bands', () => {
  let tb: Testbed;
  let admin: string;
  let wancheng: string;
  let api: Testbed['api'];
  let sign: Testbed['sign'];
  let line: Testbed['line'];

  beforeAll(async () => {
    tb = await evaluationTestbed();
    ({ admin, wancheng, api, sign, line } = tb);
    await sign(
      tb.dengzhou,
      {
        name: '邓州丁项目',
        regionId: '411381',
        investorName: '北京丁有限公司',
        totalInvestment: '1500000000',
      },
      '2026-06-10',
    );
  });
  afterAll(() => tb.t.close());

  /** Publishes a method version and ranks 2026Q2 by it. */
  const publishAndRank = async (methodId: string) => {
    await api(admin, 'POST', `/api/evaluations/methods/${methodId}/publish`);
    const res = await api(admin, 'POST', '/api/evaluations/results/compute', {
      period: '2026Q2',
      groupId: 'counties',
      methodId,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Result>();
  };
  /** A new method of the counties (from 2026), published, and 2026Q2 ranked by it. */
  const rankWith = async (family: string, body: object) => {
    const m = await api(admin, 'POST', '/api/evaluations/methods', {
      family,
      validFrom: '2026-01-01',
      groupIds: ['counties'],
      body,
    });
    expect(m.statusCode, m.body).toBe(201);
    return publishAndRank(m.json().id);
  };

  it('scores the delivery rates as the rates service counts them', async () => {
    const res = await rankWith('rates-test', {
      name: '履约考评',
      totalPoints: '10',
      periodKind: 'quarter',
      indicators: [
        {
          key: 'landing',
          name: '落地率',
          metric: 'rate_landing',
          basis: 'level',
          direction: 'positive',
          points: '10',
          normalisation: { kind: 'min_max' },
          target: 'none',
        },
      ],
      rules: [],
    });
    const rates = (
      await api(
        admin,
        'GET',
        '/api/rates/by-region?signedFrom=2026-01-01&signedTo=2026-06-30&asOf=2026-06-15',
      )
    ).json();
    const wanchengLanding = rates.rows
      .find((x: { regionId: string }) => x.regionId === '411302')
      .rates.find((x: { key: string }) => x.key === 'landing');
    const mine = line(res, '411302').indicators[0];
    // No project has registered yet: 0 of the signed ones — the same count as the rates page.
    expect(wanchengLanding).toMatchObject({ numeratorCount: 0, denominatorCount: 2 });
    expect(mine).toMatchObject({ raw: '0', fallback: 'zero_range', points: '10.00' });
  });

  it('leaves out what the exclusion rules name: small projects, framework agreements, a unit', async () => {
    const create = (exclusions: object) =>
      api(admin, 'POST', '/api/evaluations/methods', {
        family: 'exclusions-test',
        validFrom: '2026-01-01',
        groupIds: ['counties'],
        body: {
          name: '排除规则测试',
          totalPoints: '100',
          periodKind: 'quarter',
          indicators: [{ ...METHOD.indicators[1], points: '100' }],
          rules: [],
          exclusions,
        },
      });
    const paths = async (exclusions: object, status: number) => {
      const res = await create(exclusions);
      expect(res.statusCode).toBe(status);
      return res.json().error.details.map((d: { path: string }) => d.path);
    };
    // The shape is the schema's (400); that something must count is the method's rule (422).
    expect(await paths({ minInvestment: '-1' }, 400)).toEqual(['body.body.exclusions.minInvestment']);
    expect(await paths({ signingTypes: [] }, 422)).toEqual(['body.body.exclusions.signingTypes']);
    const m = await create({ minInvestment: '1000000000', signingTypes: ['formal'], units: ['411303'] });
    expect(m.statusCode, m.body).toBe(201);
    const res = (await publishAndRank(m.json().id)) as Result & {
      payload: { excludedUnits: { unitId: string }[] };
    };
    // 宛城: 甲 (5亿) is below 10亿, 乙 (12亿) counts; 邓州: 丙 (3亿) is left out, 丁 (15亿) counts.
    expect(line(res, '411302').indicators[0]).toMatchObject({ key: 'count', raw: '1' });
    expect(line(res, '411381').indicators[0]).toMatchObject({ key: 'count', raw: '1' });
    expect(res.payload.units.some((u) => u.unitId === '411303')).toBe(false);
    expect(res.payload.excludedUnits.map((u) => u.unitId)).toEqual(['411303']);
    const why = (await api(admin, 'GET', `/api/evaluations/results/${res.id}/explain?unitId=411302`)).json();
    expect(
      why.line.indicators[0].records.map((r: { label: string }) => r.label.replace(/^\S+ /, '')),
    ).toEqual(['宛城乙项目']);
  });

  it('measures signings by industry category and by size band', async () => {
    await sign(
      wancheng,
      {
        name: '宛城服务业项目',
        investorName: '杭州服务有限公司',
        industryCategory: 'services',
        totalInvestment: '200000000',
      },
      '2026-05-20',
    );
    const res = await rankWith('category-test', {
      name: '分类指标测试',
      totalPoints: '100',
      periodKind: 'quarter',
      indicators: [
        { ...METHOD.indicators[1], key: 'industrial', metric: 'signed_count_industrial', points: '50' },
        { ...METHOD.indicators[1], key: 'services', metric: 'signed_amount_services', points: '50' },
      ],
      rules: [
        {
          key: 'five',
          name: '5亿元以上项目',
          kind: 'bonus',
          metric: 'projects_over_5yi',
          each: '1',
          cap: null,
        },
      ],
    });
    const figures = (unitId: string) => {
      const l = line(res, unitId);
      return [...l.indicators.map((i) => i.raw), l.rules[0]?.points];
    };
    // 宛城: 甲 (5亿) and 乙 (12亿) industrial, the 2亿 services project; two of 5亿 or more.
    expect(figures('411302')).toEqual(['2', '200000000', '2.00']);
    // 邓州: 丙 (3亿) and 丁 (15亿) industrial, no services; one of 5亿 or more.
    expect(figures('411381')).toEqual(['2', '0', '1.00']);
  });

  it('marks a rate with nothing to compute it on (no supervision item resolved) instead of a bare 0', async () => {
    const res = await rankWith('no-base-test', {
      name: '按期办结率测试',
      totalPoints: '10',
      periodKind: 'quarter',
      indicators: [
        { ...METHOD.indicators[1], key: 'on_time', metric: 'supervision_on_time_rate', points: '10' },
      ],
      rules: [],
    });
    expect(new Set(res.payload.units.map((u) => u.indicators[0]?.fallback))).toEqual(new Set(['no_base']));
    expect(line(res, '411302').indicators[0]).toMatchObject({ raw: '0', points: '10.00' });
  });
});
