import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { text } from './schemas.js';

/**
 * Files travel as JSON `{fileName, contentBase64}`: that keeps the JSON-only rule that protects
 * against cross-site form posts. 5 MB of file is about 6.7 MB of base64.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const UPLOAD_BODY_LIMIT = 16 * 1024 * 1024;

export const uploadedFile = z.strictObject(
  {
    fileName: text(200).refine((v) => v.length > 0, { error: schemaText('schema.chooseFile') }),
    contentBase64: z
      .string()
      .min(1, { error: schemaText('error.emptyFile') })
      .max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4, { error: schemaText('schema.fileTooLarge') })
      .regex(/^[A-Za-z0-9+/=\s]*$/, { error: schemaText('upload.garbled') }),
  },
  { error: schemaText('upload.garbled') },
);
export type UploadedFile = z.infer<typeof uploadedFile>;
