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

/** Fonts of the usual government document layout (公文): 方正小标宋 titles, 仿宋 body, 黑体 headings. */
export const GOV_FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  table: '宋体',
} as const;

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, opts: { bold?: boolean; width: number; align?: 'left' | 'center' | 'right' }) {
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    borders,
    children: [
      new Paragraph({
        alignment:
          opts.align === 'right'
            ? AlignmentType.RIGHT
            : opts.align === 'left'
              ? AlignmentType.LEFT
              : AlignmentType.CENTER,
        children: [new TextRun({ text, bold: opts.bold ?? false, font: GOV_FONTS.table, size: 21 })],
      }),
    ],
  });
}

export type DocTable = {
  headers: string[];
  widths: number[];
  rows: string[][];
  align?: ('left' | 'center' | 'right')[];
};

/** A titled document with an optional lead paragraph and one table, on A4 with 公文 margins. */
export async function titledTableDocument(
  title: string,
  lead: string | null,
  table: DocTable,
  footer?: string,
) {
  const header = new TableRow({
    tableHeader: true,
    children: table.headers.map((h, i) => cell(h, { bold: true, width: table.widths[i] ?? 1000 })),
  });
  const body = table.rows.map(
    (r) =>
      new TableRow({
        children: r.map((v, i) => cell(v, { width: table.widths[i] ?? 1000, align: table.align?.[i] })),
      }),
  );
  const doc = new Document({
    creator: 'Tuijin 推进',
    title,
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 300 },
            children: [new TextRun({ text: title, font: GOV_FONTS.title, size: 36 })],
          }),
          ...(lead
            ? [
                new Paragraph({
                  indent: { firstLine: 640 },
                  spacing: { after: 200, line: 560 },
                  children: [new TextRun({ text: lead, font: GOV_FONTS.body, size: 32 })],
                }),
              ]
            : []),
          new Table({
            rows: [header, ...body],
            width: { size: table.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
          }),
          ...(footer
            ? [
                new Paragraph({
                  spacing: { before: 300 },
                  alignment: AlignmentType.RIGHT,
                  children: [new TextRun({ text: footer, font: GOV_FONTS.body, size: 28 })],
                }),
              ]
            : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
