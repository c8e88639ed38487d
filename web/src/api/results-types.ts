/** Response and request types of the results page routes, as the server declares them. */
import type { z } from 'zod';
import type { updateResults } from '@schemas/results';

export type {
  PublicResults,
  PublicPartner,
  ResultsHeadline,
  ResultsPartnerView,
  ResultsSettingsView,
} from '@schemas/results';
export type UpdateResults = z.input<typeof updateResults>;
