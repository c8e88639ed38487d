import { z } from 'zod';
import { errors } from '../../core/errors.js';
import { text } from './schemas.js';

/**
 * Files travel as JSON `{fileName, contentBase64}`: that keeps the JSON-only rule that protects
 * against cross-site form posts. 5 MB of file is about 6.7 MB of base64.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const UPLOAD_BODY_LIMIT = 16 * 1024 * 1024;

export const uploadedFile = z.strictObject({
  fileName: text(200).refine((v) => v.length > 0, { error: 'Kies een bestand.' }),
  contentBase64: z
    .string()
    .min(1, { error: 'Het bestand is leeg. Kies een ander bestand.' })
    .max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4, { error: 'Het bestand is groter dan 5 MB. Kies een kleiner bestand.' })
    .regex(/^[A-Za-z0-9+/=\s]*$/, { error: 'Het bestand kwam niet goed door. Kies het opnieuw.' }),
}, { error: 'Het bestand kwam niet goed door. Kies het opnieuw.' });
export type UploadedFile = z.infer<typeof uploadedFile>;

export function fileBytes(file: UploadedFile, field = 'contentBase64'): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
  if (bytes.length === 0) throw errors.invalid({ [field]: 'Het bestand is leeg. Kies een ander bestand.' });
  return bytes;
}
