import sharp from 'sharp';

export const THUMBNAIL_PX = 320;

/**
 * A WebP preview no larger than 320×320 px, turned upright by its EXIF orientation (phone photos),
 * or null when the bytes are not a decodable image.
 */
export async function thumbnailOf(bytes: Buffer): Promise<Buffer | null> {
  try {
    return await sharp(bytes, { limitInputPixels: 80_000_000 })
      .rotate()
      .resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer();
  } catch {
    return null;
  }
}
