import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../domain/limits';
import { auditEvents } from '../db/schema/audit';
import { placeholderPng } from '../demo/png';
import { projectBody, startTestApp, type TestApp } from '../test/harness';

type ItemFile = {
  id: string;
  name: string;
  mime: string;
  size: number;
  hasThumbnail: boolean;
  uploadedBy: string;
  createdAt: string;
};
type ErrorBody = { error: { code: string; params?: Record<string, unknown> } };

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** Attachments of supervision items: who may attach, what is refused, what comes back. */
describe('supervision item files', () => {
  let t: TestApp;
  let wancheng: string;
  let zrzy: string;
  let ducha: string;
  let dengzhou: string;
  let fgw: string;
  let itemId: string;
  let projectId: string;
  const photo = placeholderPng(640, 480, [200, 80, 40]);

  const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  /** Posts a file as multipart field "file", the way the browser does. */
  const attach = (cookie: string, bytes: Buffer, filename: string, id = itemId) => {
    const boundary = 'tuijinsvboundary';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return t.app.inject({
      method: 'POST',
      url: `/api/supervision/items/${id}/files`,
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
  };
  const list = async (cookie: string) => {
    const res = await api('GET', `/api/supervision/items/${itemId}/files`, cookie);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: ItemFile[] }>().items;
  };
  /** Every file in the store (bytes and previews), to see that refused uploads leave nothing behind. */
  const storedFiles = () => {
    const root = path.join(t.config.dataDir, 'files');
    if (!fs.existsSync(root)) return 0;
    return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;
  };
  const raise = async (cookie: string, body: Record<string, unknown> = {}) => {
    const res = await api('POST', '/api/supervision/items', cookie, {
      title: '项目用地指标未落实',
      description: '二期用地80亩需调剂新增建设用地指标',
      category: 'land',
      source: 'project_blocker',
      projectId,
      unit: { kind: 'department', id: 'zrzy' },
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };

  beforeAll(async () => {
    t = await startTestApp();
    wancheng = await t.login('wancheng');
    zrzy = await t.login('zrzy');
    ducha = await t.login('ducha');
    dengzhou = await t.login('dengzhou');
    fgw = await t.login('fgw');
    const p = await api('POST', '/api/projects', wancheng, projectBody());
    expect(p.statusCode, p.body).toBe(201);
    projectId = p.json<{ id: string }>().id;
    itemId = await raise(wancheng);
  });
  afterAll(() => t.close());

  it('the assigned unit attaches a photo and the creator a PDF; both are listed newest first', async () => {
    const a = await attach(zrzy, photo, '现场照片 1.png');
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json<ItemFile>()).toMatchObject({
      name: '现场照片 1.png',
      mime: 'image/png',
      size: photo.length,
      hasThumbnail: true,
      uploadedBy: '自然资源局经办人',
    });
    t.clock.advance(60_000);
    const b = await attach(wancheng, PDF, '用地指标申请.pdf');
    expect(b.statusCode, b.body).toBe(201);
    expect(b.json<ItemFile>()).toMatchObject({ mime: 'application/pdf', hasThumbnail: false });

    for (const cookie of [wancheng, zrzy, ducha]) {
      const items = await list(cookie);
      expect(items.map((f) => [f.name, f.uploadedBy])).toEqual([
        ['用地指标申请.pdf', '宛城区招商专员'],
        ['现场照片 1.png', '自然资源局经办人'],
      ]);
    }
  });

  it('gives back the same bytes with the right type and a UTF-8 file name, and a WebP preview', async () => {
    const [pdf, png] = await list(zrzy);
    const open = await api('GET', `/api/supervision/items/${itemId}/files/${png?.id}`, ducha);
    expect(open.statusCode).toBe(200);
    expect(open.headers['content-type']).toBe('image/png');
    expect(open.headers['content-disposition']).toBe(
      `inline; filename*=UTF-8''${encodeURIComponent('现场照片 1.png')}`,
    );
    expect(open.headers['x-content-type-options']).toBe('nosniff');
    expect(open.rawPayload.equals(photo)).toBe(true);

    const save = await api('GET', `/api/supervision/items/${itemId}/files/${pdf?.id}?download=1`, zrzy);
    expect(save.headers['content-type']).toBe('application/pdf');
    expect(save.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('用地指标申请.pdf')}`,
    );
    expect(save.rawPayload.equals(PDF)).toBe(true);

    const thumb = await api('GET', `/api/supervision/items/${itemId}/files/${png?.id}/thumbnail`, zrzy);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect(thumb.rawPayload.subarray(8, 12).toString('latin1')).toBe('WEBP');
    expect(thumb.rawPayload.length).toBeLessThan(photo.length);
    const none = await api('GET', `/api/supervision/items/${itemId}/files/${pdf?.id}/thumbnail`, zrzy);
    expect(none.statusCode).toBe(404);
  });

  it('audits each upload on the item, in the trail', async () => {
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'supervision.file_upload'), eq(auditEvents.entityId, itemId)));
    expect(rows.map((r) => [r.actorUsername, r.regionId, (r.diff as { name: string }).name])).toEqual([
      ['zrzy', '411302', '现场照片 1.png'],
      ['wancheng', '411302', '用地指标申请.pdf'],
    ]);
    expect(rows[0]?.diff).toMatchObject({ mime: 'image/png', size: photo.length });
  });

  it('refuses a file of the wrong type, an unreadable image and a too large file, storing nothing', async () => {
    const before = storedFiles();
    expect(before).toBe(3); // photo, its preview, the PDF
    const exe = await attach(zrzy, Buffer.from('MZ\x90\x00 not an accepted file'), '工具.exe');
    expect(exe.statusCode).toBe(415);
    expect(exe.json<ErrorBody>().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const docAsZip = await attach(zrzy, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), '压缩包.zip');
    expect(docAsZip.statusCode).toBe(415);
    const broken = Buffer.concat([photo.subarray(0, 16), Buffer.alloc(200, 7)]);
    const bad = await attach(zrzy, broken, '损坏.png');
    expect(bad.statusCode).toBe(422);
    expect(bad.json<ErrorBody>().error).toMatchObject({ code: 'FILE_INVALID', params: { name: '损坏.png' } });
    const big = Buffer.concat([PDF, Buffer.alloc(LIMITS.fileBytes, 0x20)]);
    const large = await attach(zrzy, big, '超大.pdf');
    expect(large.statusCode).toBe(413);
    expect(large.json<ErrorBody>().error.code).toBe('FILE_TOO_LARGE');
    expect(storedFiles()).toBe(before);
    expect(await list(zrzy)).toHaveLength(2);
  });

  it('another county and another department cannot see the files nor attach (404, as if missing)', async () => {
    const [pdf] = await list(zrzy);
    for (const cookie of [dengzhou, fgw]) {
      expect((await api('GET', `/api/supervision/items/${itemId}/files`, cookie)).statusCode).toBe(404);
      const open = await api('GET', `/api/supervision/items/${itemId}/files/${pdf?.id}`, cookie);
      expect(open.statusCode).toBe(404);
      const res = await attach(cookie, PDF, '越权.pdf');
      expect(res.statusCode).toBe(404);
    }
    // A file id of another item is not found through this one.
    const other = await raise(ducha, { title: '施工用电增容', category: 'utilities', projectId: null });
    const viaOther = await api('GET', `/api/supervision/items/${other}/files/${pdf?.id}`, ducha);
    expect(viaOther.statusCode).toBe(404);
    expect(await list(zrzy)).toHaveLength(2);
  });

  it('refuses someone who sees the item but is neither its unit, the office, a leader nor its creator', async () => {
    // Raised by the office on a 宛城区 project: the county's officer sees it but did not raise it.
    const byOffice = await raise(ducha);
    const res = await attach(wancheng, PDF, '县区补充材料.pdf', byOffice);
    expect(res.statusCode).toBe(403);
    expect(res.json<ErrorBody>().error.code).toBe('WRONG_UNIT');
    const seen = await api('GET', `/api/supervision/items/${byOffice}/files`, wancheng);
    expect(seen.json()).toEqual({ items: [], canAttach: false });
    const own = await api('GET', `/api/supervision/items/${itemId}/files`, wancheng);
    expect(own.json<{ canAttach: boolean }>().canAttach).toBe(true);
    const leader = await attach(await t.login('leader'), PDF, '领导批示.pdf', byOffice);
    expect(leader.statusCode, leader.body).toBe(201);
  });

  it('takes no more files once the item is closed', async () => {
    const act = (cookie: string, body: object) =>
      api('POST', `/api/supervision/items/${itemId}/events`, cookie, body);
    for (const [cookie, body] of [
      [zrzy, { type: 'acknowledged' }],
      [zrzy, { type: 'deployed' }],
      [zrzy, { type: 'reported', note: '已上报省厅' }],
      [zrzy, { type: 'resolved', note: '指标已批复' }],
      [ducha, { type: 'verified', satisfaction: 5 }],
      [ducha, { type: 'closed' }],
    ] as const) {
      const res = await act(cookie, body);
      expect(res.statusCode, res.body).toBe(200);
    }
    const late = await attach(zrzy, PDF, '补充.pdf');
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorBody>().error).toMatchObject({
      code: 'ACTION_OUT_OF_ORDER',
      params: { state: 'closed' },
    });
    expect(await list(ducha)).toHaveLength(2);
    const after = await api('GET', `/api/supervision/items/${itemId}/files`, zrzy);
    expect(after.json<{ canAttach: boolean }>().canAttach).toBe(false);
  });
});
