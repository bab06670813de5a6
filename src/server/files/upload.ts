import type { FastifyReply, FastifyRequest } from 'fastify';
import { LIMITS } from '../../domain/limits';
import { AppError, notFound } from '../http/errors';
import { sniffMime } from './sniff';
import type { FileStore } from './store';
import { thumbnailOf } from './thumbnail';

/** What the upload routes say they accept (their OpenAPI summaries). */
export const UPLOAD_RULES = `multipart field "file"; images, PDF, .docx, .xlsx; ≤ ${LIMITS.fileBytes / 1024 / 1024} MB`;

/** An upload whose bytes (and, for an image, its preview) are in the file store. */
export type StoredUpload = {
  name: string;
  mime: string;
  size: number;
  sha256: string;
  storageKey: string;
  thumbnailKey: string | null;
};

/** A stored file as the download routes need it. */
export type StoredFile = Pick<StoredUpload, 'name' | 'mime' | 'storageKey' | 'thumbnailKey'>;

/**
 * Reads the multipart field "file" within the size limit, judges its type by its first bytes,
 * refuses an image that cannot be decoded, and stores it with its preview. Then `record` writes
 * what refers to it (a row and its audit event, in one transaction); when that fails, the stored
 * bytes are removed again, so the store holds no file that nothing points at.
 */
export async function receiveUpload<T>(
  req: FastifyRequest,
  store: FileStore,
  record: (upload: StoredUpload) => Promise<T>,
): Promise<T> {
  const part = await req.file({ limits: { fileSize: LIMITS.fileBytes, files: 1 } });
  if (!part) throw new AppError('BAD_REQUEST', 'Send the file as multipart field "file"');
  const bytes = await part.toBuffer();
  if (part.file.truncated)
    throw new AppError('FILE_TOO_LARGE', 'The file is too large', { maxBytes: LIMITS.fileBytes });
  const name = part.filename.slice(0, LIMITS.name) || 'file';
  const mime = sniffMime(bytes, name);
  if (!mime) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', `Files like "${name}" are not accepted`, {
      allowed: ['jpg', 'png', 'webp', 'pdf', 'docx', 'xlsx'],
    });
  }
  const image = mime.startsWith('image/');
  const thumb = image ? await thumbnailOf(bytes) : null;
  if (image && !thumb) throw new AppError('FILE_INVALID', `"${name}" is not a readable image`, { name });
  const stored = await store.put(bytes);
  const keys = [stored.key];
  try {
    const thumbStored = thumb ? await store.put(thumb) : null;
    if (thumbStored) keys.push(thumbStored.key);
    return await record({
      name,
      mime,
      size: stored.size,
      sha256: stored.sha256,
      storageKey: stored.key,
      thumbnailKey: thumbStored?.key ?? null,
    });
  } catch (err) {
    await Promise.all(keys.map((key) => store.remove(key)));
    throw err;
  }
}

/**
 * Sends a stored file with its sniffed type, `inline` (or `attachment` when asked to download),
 * its name in UTF-8 (RFC 5987), and no type guessing by the browser.
 */
export async function sendStoredFile(
  reply: FastifyReply,
  store: FileStore,
  file: StoredFile,
  download: boolean,
) {
  const bytes = await store.get(file.storageKey);
  return reply
    .header('content-type', file.mime)
    .header(
      'content-disposition',
      `${download ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, max-age=3600')
    .send(bytes);
}

/** Sends the WebP preview of an image file; 404 for a file without one. */
export async function sendThumbnail(reply: FastifyReply, store: FileStore, file: StoredFile) {
  if (!file.thumbnailKey) throw notFound('thumbnail');
  return (
    reply
      // An image small enough to be its own preview keeps its type.
      .header('content-type', file.thumbnailKey === file.storageKey ? file.mime : 'image/webp')
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, max-age=86400')
      .send(await store.get(file.thumbnailKey))
  );
}
