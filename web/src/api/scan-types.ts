/** Response types of the samenwerkingsscan routes, as the server declares them. */
export type {
  InstrumentView,
  RoundView,
  MyLinkView,
  AnswerForm,
  RoundResults,
  DimensionResult,
} from '../../../src/modules/scan/schemas.ts';
export type { ScanDefinition } from '../../../src/domain/scan/definition.ts';
