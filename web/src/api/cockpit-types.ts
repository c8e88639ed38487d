/** Response and request types of the cockpit, health coverage and digest routes, as the server declares them. */
import type { z } from 'zod';
import type { digestSetting, unsubscribeBody } from '@schemas/cockpit';
export type {
  CockpitView,
  CockpitItemView,
  HealthCoverageView,
  DigestSettingView,
} from '../../../src/modules/cockpit/schemas.ts';

export type DigestSetting = z.input<typeof digestSetting>;
export type UnsubscribeBody = z.input<typeof unsubscribeBody>;
