import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';

/** A calendar date as YYYY-MM-DD (a real date: 2026-02-30 is refused). */
export const isoDate = z.iso.date({ error: schemaText('schema.date') });

export const today = (): string => new Date().toISOString().slice(0, 10);
