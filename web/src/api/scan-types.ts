/** Response types of the samenwerkingsscan routes, as the server declares them. */
export type {
  InstrumentView,
  RoundView,
  MyLinkView,
  AnswerForm,
  RoundResults,
  DimensionResult,
  LiveConsoleView,
  LivePhoneView,
  LiveAnswered,
  LiveItem,
  StartLiveInput,
  LiveAnswerInput,
} from '../../../src/modules/scan/schemas.ts';
export type { ScanDefinition } from '../../../src/domain/scan/definition.ts';
