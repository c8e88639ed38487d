/** Types of the case method and the continuity checklist, as the server declares them (type-only imports). */
import type { z } from 'zod';
import type { caseLine, createCase, updateCase } from '@schemas/cases';
import type { createContinuityItem, updateContinuityItem } from '@schemas/continuity';

export type { CaseLineView, CasePayerView, CaseView, CaseListView, CaseSpreadView } from '@schemas/cases';
export type { ContinuityItemView, ContinuityListView, ContinuityStatus } from '@schemas/continuity';

export type CaseLineBody = z.input<typeof caseLine>;
export type CreateCase = z.input<typeof createCase>;
export type UpdateCase = z.input<typeof updateCase>;
export type CreateContinuityItem = z.input<typeof createContinuityItem>;
export type UpdateContinuityItem = z.input<typeof updateContinuityItem>;
