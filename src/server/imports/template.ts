import ExcelJS from 'exceljs';
import {
  INDUSTRY_CATEGORY_NAMES,
  LAND_SITUATION_NAMES,
  PROJECT_COLUMNS,
  PROMOTION_METHOD_NAMES,
  SIGNING_TYPE_NAMES,
} from '../../domain/imports/project-columns';
import { INVESTOR_COLUMNS } from '../../domain/imports/investor-sheet';

const list = (names: readonly string[]) => [`"${names.join(',')}"`];

/** The project import template: Chinese headers (required ones marked *), drop-downs, an example row and a sheet of rules. */
export async function projectTemplate(regionNames: readonly string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tuijin 推进';
  const ws = wb.addWorksheet('项目');
  ws.addRow(PROJECT_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header)));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  ws.addRow([
    '示例：智能装备产业园项目',
    regionNames[0] ?? '',
    '工业',
    '是',
    '装备制造',
    '深圳华光智能装备有限公司',
    '91350100M000100Y43',
    '25000',
    '20000',
    '需新供地',
    '正式合同',
    '2021-07-28',
    '2022-01-28',
    '产业链招商、以商招商',
    '（示例行，导入前请删除）',
  ]);
  ws.getRow(2).font = { italic: true, color: { argb: 'FF888888' } };
  PROJECT_COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 1).width = Math.max(12, c.header.length * 2 + 4);
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const col = (key: string) => String.fromCharCode(65 + PROJECT_COLUMNS.findIndex((c) => c.key === key));
  const range = (key: string) => `${col(key)}2:${col(key)}5001`;
  const validations: [string, string[]][] = [
    ['region', list(regionNames)],
    [
      'industryCategory',
      list(
        Object.keys(INDUSTRY_CATEGORY_NAMES).filter((n) => !['制造业', '现代服务业', '社会事业'].includes(n)),
      ),
    ],
    ['strategicEmerging', list(['是', '否'])],
    ['landSituation', list(['已有用地', '需新供地', '标准厂房'].filter((n) => n in LAND_SITUATION_NAMES))],
    ['signingType', list(Object.keys(SIGNING_TYPE_NAMES).filter((n) => n !== '合同'))],
  ];
  // exceljs keeps range validations in worksheet.dataValidations (present at runtime, absent from its typings).
  const rangeValidations = (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const [key, formulae] of validations) {
    rangeValidations.add(range(key), {
      type: 'list',
      allowBlank: true,
      formulae,
      showErrorMessage: true,
      errorTitle: '请从下拉列表中选择',
      error: '请从下拉列表中选择一个值',
    });
  }
  const help = wb.addWorksheet('填写说明');
  help.getColumn(1).width = 20;
  help.getColumn(2).width = 90;
  const rules: [string, string][] = [
    ['带 * 的列', '必填。'],
    ['金额', '按表头单位填写（默认万元），也可直接写“2.5亿”“5000万元”；可用千分位逗号和全角数字。'],
    ['日期', '2021-07-28、2021/7/28、2021.7.28、2021年7月28日 均可。'],
    ['县（市、区）', '写“宛城区”或“宛城”均可。'],
    ['统一社会信用代码', '18位，系统会校验最后一位校验码。'],
    ['招商方式', `可多选，用“、”分隔：${Object.keys(PROMOTION_METHOD_NAMES).join('、')}`],
    ['签约日期', '填写后项目按“已签约”导入，并记录线索→在谈→签约的生命周期。'],
    ['不接受', '公式（请粘贴为数值）、合并单元格、加密的工作簿。'],
  ];
  help.addRows(rules);
  help.getColumn(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The investor import template. */
export async function investorTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tuijin 推进';
  const ws = wb.addWorksheet('客商');
  ws.addRow(INVESTOR_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header)));
  ws.getRow(1).font = { bold: true };
  ws.addRow([
    '示例：江苏恒丰纺织科技有限公司',
    '91350100M000100Y43',
    '客商',
    '江苏省',
    '中国',
    '民营',
    '否',
    '否',
    '是',
    '纺织服装',
    '王经理',
    '13800000000',
  ]);
  ws.getRow(2).font = { italic: true, color: { argb: 'FF888888' } };
  INVESTOR_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = Math.max(12, c.header.length * 2 + 6)));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const rangeValidations = (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  const col = (key: string) => String.fromCharCode(65 + INVESTOR_COLUMNS.findIndex((c) => c.key === key));
  const lists: [string, string[]][] = [
    ['kind', ['客商', '本地企业', '目标企业']],
    ['ownership', ['民营', '国有', '外资', '港澳台']],
    ['fortune500', ['是', '否']],
    ['china500', ['是', '否']],
    ['listed', ['是', '否']],
  ];
  for (const [key, names] of lists) {
    rangeValidations.add(`${col(key)}2:${col(key)}5001`, {
      type: 'list',
      allowBlank: true,
      formulae: list(names),
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
