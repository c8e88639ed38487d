/** Werksessie shapes (answers and stream messages), as the server declares them. */
export type {
  AnswerView,
  ConsoleView,
  GuestView,
  MyAnswer,
  PublicAnswer,
  SessionKind,
  SessionSummary,
  StreamMessage,
} from '../../../src/modules/sessions/schemas.ts';
export type { CardColumn } from '../../../src/domain/card.ts';
