/** Response types of the relatiecheck routes, as the server declares them. */
export type {
  RelationRoundView,
  RatingForm,
  RelationResults,
  ReceivedView,
} from '../../../src/modules/relationcheck/schemas.ts';
