import { decimal, div, hundredthsText, r, toHundredths } from '../../domain/evaluation/rational';
import { displayAmount, yuanToWan } from '../../domain/money/money';
import {
  govDocument,
  govFooter,
  govHeading,
  govParagraph,
  govTable,
  govTitle,
  titledTableDocument,
} from '../office/docx';
import { tableWorkbook, type Column } from '../office/xlsx';
import type { EventReport } from './report';

type Row = EventReport['projects'][number];

const CATEGORY: Record<string, string> = {
  industrial: '工业',
  services: '服务业',
  agriculture: '农业',
  infrastructure: '基础设施',
  social: '社会民生',
};
const TYPE: Record<string, string> = { framework: '框架协议', formal: '正式合同' };
const yi = (yuan: string | null) =>
  yuan === null
    ? ''
    : displayAmount(yuan).unit === 'yi'
      ? `${displayAmount(yuan).text}亿元`
      : `${displayAmount(yuan).text}万元`;

/** The signing list (签约项目清单) as .xlsx: amounts in 万元 as exact numbers. */
export function signingListXlsx(report: EventReport) {
  const columns: Column<Row & { n: number }>[] = [
    { header: '序号', width: 6, value: (r) => r.n },
    { header: '项目编号', width: 14, value: (r) => r.code },
    { header: '项目名称', width: 36, value: (r) => r.name },
    { header: '县（市、区）', width: 14, value: (r) => r.regionName },
    { header: '投资方', width: 32, value: (r) => r.investorName },
    { header: '产业类别', width: 10, value: (r) => CATEGORY[r.industryCategory] ?? r.industryCategory },
    { header: '行业', width: 14, value: (r) => r.industry },
    {
      header: '总投资（万元）',
      width: 16,
      value: (r) => Number(yuanToWan(r.totalInvestment)),
      numFmt: '#,##0.00',
    },
    {
      header: '合同引资额（万元）',
      width: 18,
      value: (r) => (r.contractedInvestment ? Number(yuanToWan(r.contractedInvestment)) : null),
      numFmt: '#,##0.00',
    },
    {
      header: '签约类型',
      width: 10,
      value: (r) => (r.signingType ? (TYPE[r.signingType] ?? r.signingType) : ''),
    },
  ];
  return tableWorkbook(
    '签约项目清单',
    columns,
    report.projects.map((r, i) => ({ ...r, n: i + 1 })),
    `${report.title}签约项目清单（${report.heldOn}）`,
  );
}

const listTable = (report: EventReport) => ({
  headers: ['序号', '项目名称', '县（市、区）', '投资方', '总投资', '签约类型'],
  widths: [700, 3000, 1300, 2600, 1300, 1100],
  align: ['center', 'left', 'center', 'left', 'right', 'center'] as ('left' | 'center' | 'right')[],
  rows: report.projects.map((r, i) => [
    String(i + 1),
    r.name,
    r.regionName,
    r.investorName,
    yi(r.totalInvestment),
    r.signingType ? (TYPE[r.signingType] ?? '') : '',
  ]),
});
/** 元 → 亿元 with two decimals, exact. */
const yiText = (yuan: string) => hundredthsText(toHundredths(div(decimal(yuan), r(100_000_000))));
const dayWords = (d: string) =>
  d.replace(
    /^(\d{4})-(\d{2})-(\d{2})$/,
    (_m, y: string, m: string, dd: string) => `${y}年${Number(m)}月${Number(dd)}日`,
  );

/**
 * 签约推进日情况通报: the release text, the signings by county (projects, total investment in 亿元
 * to two decimals), the projects not counted under the counting rules, and the signing list.
 */
export function signingReleaseDocx(report: EventReport, issuedOn: string) {
  const title = `关于${report.title}签约情况的通报`;
  return {
    title,
    buffer: govDocument(title, [
      govTitle(title),
      govParagraph(`${dayWords(report.heldOn)}，${report.release}`),
      govHeading('一、各县（市、区）签约情况'),
      govTable({
        headers: ['县（市、区）', '签约项目（个）', '总投资（亿元）'],
        widths: [3000, 2500, 3000],
        align: ['left', 'right', 'right'],
        rows: [
          ...report.byRegion.map((r) => [r.regionName, String(r.count), yiText(r.totalInvestment)]),
          ['合计', String(report.statistics.all.count), yiText(report.statistics.all.totalInvestment)],
        ],
      }),
      govHeading('二、签约项目清单'),
      govTable(listTable(report)),
      govHeading('三、不予认定的项目'),
      govParagraph(
        report.excludedCount
          ? `按认定规则，${report.excluded.map((x) => `${x.name}（${x.regionName}）`).join('、')}等${report.excludedCount}个项目不计入本次签约统计。`
          : '本次签约项目均符合认定规则。',
      ),
      govFooter('南阳市招商引资工作领导小组办公室'),
      govFooter(dayWords(issuedOn)),
    ]),
  };
}

/** The signing list as .docx in the 公文 layout, led by the release text. */
export function signingListDocx(report: EventReport) {
  return titledTableDocument(
    `${report.title}签约项目清单`,
    report.release,
    listTable(report),
    dayWords(report.heldOn),
  );
}
