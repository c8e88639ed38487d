/** Response types of the verankeren routes (price list, effect models), as the server declares them. */
export type {
  PriceItemView,
  PriceListView,
  PriceSettingsView,
  EffectModelView,
  EffectModelResultView,
  StakeholderProposal,
  OutcomeLinks,
} from '../../../src/modules/effects/schemas.ts';
export type { EffectResult, OutcomeLine, InputLine, YearLine } from '../../../src/domain/effects/calculate.ts';
export type { Tornado, TornadoBar } from '../../../src/domain/effects/uncertainty.ts';
