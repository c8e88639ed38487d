import { errors } from '../../core/errors.js';
import type { UploadedFile } from './upload.js';

/** Server side of an upload: the file's bytes (apart from upload.ts, whose schema the web app shares). */
export function fileBytes(file: UploadedFile, field = 'contentBase64'): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
  if (bytes.length === 0) throw errors.invalid({ [field]: 'error.emptyFile' });
  return bytes;
}
