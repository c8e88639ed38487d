import { z } from 'zod';

/** A calendar date as YYYY-MM-DD (a real date: 2026-02-30 is refused). */
export const isoDate = z.iso.date({ error: 'Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-11-29.' });

export const today = (): string => new Date().toISOString().slice(0, 10);
