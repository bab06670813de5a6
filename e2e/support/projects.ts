import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { pageCall } from './browser';

/**
 * A new industrial project of a county taken to 签约 on `signedOn` through the API, as the page's
 * user (negotiating from 1 January, a formal contract, start by 1 December of that year).
 */
export async function signedProject(
  page: Page,
  p: { name: string; regionId: string; totalInvestment: string },
  signedOn: string,
): Promise<{ id: string }> {
  const created = await pageCall<{ id: string; version: number }>(page, 'POST', '/api/projects', {
    ...p,
    industryCategory: 'industrial',
    strategicEmerging: true,
    industry: '装备制造',
    investorName: `${p.name}投资有限公司`,
    promotionMethods: ['chain'],
    brings: ['capital'],
    landSituation: 'new_land',
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const year = signedOn.slice(0, 4);
  let version = created.json.version;
  for (const step of [
    { to: 'negotiating', date: `${year}-01-10` },
    {
      to: 'signed',
      date: signedOn,
      signing: { signingType: 'formal', contractedInvestment: p.totalInvestment, startBy: `${year}-12-01` },
    },
  ]) {
    const moved = await pageCall<{ version: number }>(
      page,
      'POST',
      `/api/projects/${created.json.id}/transitions`,
      {
        version,
        ...step,
      },
    );
    expect(moved.status, JSON.stringify(moved.json)).toBe(200);
    version = moved.json.version;
  }
  return { id: created.json.id };
}
