import type { FastifyReply } from 'fastify';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Sends a generated file as a download named in Chinese: `filename*` (RFC 5987) carries the real
 * name, `filename` an ASCII fallback for clients that do not read it.
 */
export function sendFile(reply: FastifyReply, type: string, name: string, bytes: Buffer | Uint8Array) {
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.')) : '';
  return reply
    .header('content-type', type)
    .header(
      'content-disposition',
      `attachment; filename="download${ext}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .send(bytes);
}

/** A Word document named `<title>.docx`. */
export const sendDocx = (reply: FastifyReply, title: string, bytes: Buffer | Uint8Array) =>
  sendFile(reply, DOCX, `${title}.docx`, bytes);

/** A workbook named `<title>.xlsx`. */
export const sendXlsx = (reply: FastifyReply, title: string, bytes: Buffer | Uint8Array) =>
  sendFile(reply, XLSX, `${title}.xlsx`, bytes);
