import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { uploadedFile } from '../common/upload.js';

/** One Kumu XLSX, or two CSV files (Elements and Connections). */
const files = z
  .array(uploadedFile)
  .min(1, { error: schemaText('schema.chooseFile') })
  .max(2, { error: schemaText('schema.oneFileKind') });

export const importPreview = z.strictObject({ files });
export const importCommit = z.strictObject({
  files,
  /** Import the good rows and leave the bad ones out; without it nothing is imported while a row is bad. */
  skipBadRows: z.boolean().optional(),
});

export const csvQuery = z.strictObject({
  /** puntkomma (;) for Dutch Excel, komma (,) for other programs. */
  scheiding: z.enum(['puntkomma', 'komma']).optional(),
});

export interface RowProblem {
  /** 'werkblad Elements', 'werkblad Connections', or the CSV file name. */
  source: string;
  row: number;
  message: string;
}

export interface ImportPreview {
  source: { elements: string; connections: string | null };
  actors: { rows: number; new: number; existing: number; newLabels: string[]; existingLabels: string[] };
  relations: { rows: number; new: number; existing: number; repeated: number };
  problems: RowProblem[];
}

export interface ImportResult {
  actorsCreated: number;
  actorsExisting: number;
  relationsCreated: number;
  relationsExisting: number;
  skippedRows: number;
}
