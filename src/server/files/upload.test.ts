import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { placeholderPng } from '../demo/png';
import { AppError } from '../http/errors';
import type { FileStore } from './store';
import { receiveUpload } from './upload';

/** A store in memory: what is in it is what the upload left behind. */
function memoryStore() {
  const held = new Map<string, Buffer>();
  let n = 0;
  const store: FileStore = {
    put(bytes) {
      n += 1;
      const key = `k${n}`;
      held.set(key, bytes);
      return Promise.resolve({ key, sha256: `sha-${n}`, size: bytes.length });
    },
    get(key) {
      const bytes = held.get(key);
      return bytes ? Promise.resolve(bytes) : Promise.reject(new Error(`no ${key}`));
    },
    remove(key) {
      held.delete(key);
      return Promise.resolve();
    },
  };
  return { store, held };
}

/** The part of a multipart request the helper reads: one file field. */
function requestWith(bytes: Buffer, filename: string): FastifyRequest {
  const part = { filename, toBuffer: () => Promise.resolve(bytes), file: { truncated: false } };
  return { file: () => Promise.resolve(part) } as unknown as FastifyRequest;
}

const codeOf = (err: unknown) => (err instanceof AppError ? err.code : String(err));

describe('receiveUpload', () => {
  it('stores an image with its preview and hands both keys to the writer', async () => {
    const { store, held } = memoryStore();
    const png = placeholderPng(800, 600, [1, 2, 3]);
    const out = await receiveUpload(requestWith(png, '照片.png'), store, (u) => Promise.resolve(u));
    expect(out).toMatchObject({ name: '照片.png', mime: 'image/png', size: png.length, sha256: 'sha-1' });
    expect(out.thumbnailKey).not.toBeNull();
    expect(held.get(out.storageKey)?.equals(png)).toBe(true);
    const thumb = held.get(out.thumbnailKey ?? '');
    expect(thumb?.subarray(8, 12).toString('latin1')).toBe('WEBP');
  });

  it('removes what it stored when the writer fails, and passes the failure on', async () => {
    const { store, held } = memoryStore();
    const png = placeholderPng(64, 64, [9, 9, 9]);
    const failure = await receiveUpload(requestWith(png, 'a.png'), store, () =>
      Promise.reject(new Error('the transaction failed')),
    ).catch((err: unknown) => err);
    expect(failure).toEqual(new Error('the transaction failed'));
    expect(held.size).toBe(0);
  });

  it('refuses an unreadable image and an unknown type before storing anything', async () => {
    const { store, held } = memoryStore();
    const png = placeholderPng(64, 64, [9, 9, 9]);
    const broken = Buffer.concat([png.subarray(0, 16), Buffer.alloc(64, 1)]);
    const never = () => Promise.reject(new Error('must not be called'));
    const bad = await receiveUpload(requestWith(broken, 'b.png'), store, never).catch(codeOf);
    expect(bad).toBe('FILE_INVALID');
    const exe = await receiveUpload(requestWith(Buffer.from('MZ...'), 'c.exe'), store, never).catch(codeOf);
    expect(exe).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(held.size).toBe(0);
  });

  it('keeps a PDF without a preview and caps a long file name', async () => {
    const { store } = memoryStore();
    const pdf = Buffer.from('%PDF-1.7\n%%EOF\n');
    const long = `${'很长的文件名'.repeat(60)}.pdf`;
    const out = await receiveUpload(requestWith(pdf, long), store, (u) => Promise.resolve(u));
    expect(out).toMatchObject({ mime: 'application/pdf', thumbnailKey: null });
    expect(out.name).toBe(long.slice(0, 200));
  });
});
