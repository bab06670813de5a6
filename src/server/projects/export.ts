import { yuanToWan } from '../../domain/money/money';
import type { Ctx } from '../auth/principal';
import type { Db } from '../db/client';
import { tableWorkbook, type Column } from '../office/xlsx';
import { listProjects } from './service';
import type { ProjectListQuery, ProjectSummary } from './schemas';

export const EXPORT_MAX_ROWS = 50_000;

const STAGE: Record<string, string> = {
  lead: '线索',
  negotiating: '在谈',
  signed: '签约',
  registered: '注册',
  land_secured: '供地',
  started: '开工',
  completed: '竣工',
  producing: '投产',
  at_capacity: '达效',
  stalled: '停滞',
  terminated: '终止',
};
const CATEGORY: Record<string, string> = {
  industrial: '工业',
  services: '服务业',
  agriculture: '农业',
  infrastructure: '基础设施',
  social: '社会民生',
};
const wan = (v: string | null) => (v === null ? null : Number(yuanToWan(v)));

/** Any filtered project list as .xlsx (same filters and scope as the list; up to 50,000 rows). */
export async function exportProjects(db: Db, ctx: Ctx, query: ProjectListQuery) {
  const { items } = await listProjects(db, ctx, { ...query, page: 1, pageSize: EXPORT_MAX_ROWS });
  const columns: Column<ProjectSummary>[] = [
    { header: '项目编号', width: 14, value: (p) => p.code },
    { header: '项目名称', width: 36, value: (p) => p.name },
    { header: '县（市、区）', width: 14, value: (p) => p.regionName },
    { header: '阶段', width: 8, value: (p) => STAGE[p.stage] ?? p.stage },
    { header: '产业类别', width: 10, value: (p) => CATEGORY[p.industryCategory] ?? p.industryCategory },
    { header: '战略性新兴产业', width: 10, value: (p) => (p.strategicEmerging ? '是' : '否') },
    { header: '行业', width: 14, value: (p) => p.industry },
    { header: '投资方', width: 32, value: (p) => p.investorName },
    { header: '总投资（万元）', width: 16, value: (p) => wan(p.totalInvestment), numFmt: '#,##0.00' },
    {
      header: '合同引资额（万元）',
      width: 18,
      value: (p) => wan(p.contractedInvestment),
      numFmt: '#,##0.00',
    },
    {
      header: '签约类型',
      width: 10,
      value: (p) =>
        p.signingType === 'formal' ? '正式合同' : p.signingType === 'framework' ? '框架协议' : '',
    },
    { header: '签约日期', width: 12, value: (p) => p.signedOn },
    { header: '约定开工日期', width: 12, value: (p) => p.startBy },
    { header: '逾期未开工', width: 10, value: (p) => (p.overdueStart ? '是' : '') },
  ];
  return tableWorkbook('项目清单', columns, items);
}
