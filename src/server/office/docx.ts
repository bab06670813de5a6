import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** Fonts of the usual government document layout (公文): 方正小标宋 titles, 仿宋 body, 黑体 and 楷体 headings. */
export const GOV_FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  subheading: '楷体_GB2312',
  table: '宋体',
} as const;

export type Align = 'left' | 'center' | 'right';
/** A line of a table cell: plain text, or text in bold. */
export type CellLine = string | { text: string; bold?: boolean };

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

const alignment = (align: Align | undefined) =>
  align === 'right' ? AlignmentType.RIGHT : align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER;

/** A bordered table cell in 宋体 五号: one paragraph per line. */
export function govCell(
  content: CellLine | readonly CellLine[],
  opts: { bold?: boolean; width: number; align?: Align; columnSpan?: number },
) {
  const lines = (Array.isArray(content) ? content : [content]) as readonly CellLine[];
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    borders,
    ...(opts.columnSpan ? { columnSpan: opts.columnSpan } : {}),
    children: lines.map((line) => {
      const { text, bold } = typeof line === 'string' ? { text: line, bold: opts.bold } : line;
      return new Paragraph({
        alignment: alignment(opts.align),
        children: [new TextRun({ text, bold: bold ?? false, font: GOV_FONTS.table, size: 21 })],
      });
    }),
  });
}

export type DocTable = {
  headers: string[];
  widths: number[];
  rows: (CellLine | readonly CellLine[])[][];
  align?: Align[];
};

/** A bordered table whose bold header row repeats on every page. */
export function govTable(table: DocTable) {
  const header = new TableRow({
    tableHeader: true,
    children: table.headers.map((h, i) => govCell(h, { bold: true, width: table.widths[i] ?? 1000 })),
  });
  const body = table.rows.map(
    (r) =>
      new TableRow({
        children: r.map((v, i) => govCell(v, { width: table.widths[i] ?? 1000, align: table.align?.[i] })),
      }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: table.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
  });
}

/** The document title: 方正小标宋 二号, centred. */
export const govTitle = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 300 },
    children: [new TextRun({ text, font: GOV_FONTS.title, size: 36 })],
  });

/** A body paragraph: 仿宋 三号, first line indented two characters. */
export const govParagraph = (text: string) =>
  new Paragraph({
    indent: { firstLine: 640 },
    spacing: { after: 200, line: 560 },
    children: [new TextRun({ text, font: GOV_FONTS.body, size: 32 })],
  });

/** A heading in 三号: 黑体 for 一、二、…, 楷体 for （一）（二）…. */
export const govHeading = (text: string, level: 1 | 2 = 1) =>
  new Paragraph({
    indent: { firstLine: 640 },
    spacing: { before: 200, after: 200, line: 560 },
    children: [
      new TextRun({
        text,
        font: level === 1 ? GOV_FONTS.heading : GOV_FONTS.subheading,
        size: 32,
      }),
    ],
  });

/** A right-aligned closing line (date, issuer). */
export const govFooter = (text: string) =>
  new Paragraph({
    spacing: { before: 300 },
    alignment: AlignmentType.RIGHT,
    children: [new TextRun({ text, font: GOV_FONTS.body, size: 28 })],
  });

/** A document on A4 with 公文 margins. */
export function govDocument(title: string, children: (Paragraph | Table)[]) {
  const doc = new Document({
    creator: 'Tuijin 推进',
    title,
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A titled document with an optional lead paragraph and one table, on A4 with 公文 margins. */
export async function titledTableDocument(
  title: string,
  lead: string | null,
  table: DocTable,
  footer?: string,
) {
  return govDocument(title, [
    govTitle(title),
    ...(lead ? [govParagraph(lead)] : []),
    govTable(table),
    ...(footer ? [govFooter(footer)] : []),
  ]);
}
