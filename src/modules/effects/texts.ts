/** Limits of the Monte Carlo the API runs, and the Dutch texts an agreement gets (stored content, not messages). */
export const MAX_RUNS_API = 10_000;
export const DEFAULT_RUNS = 10_000;

export const TEXT = {
  coFundingTitle: (model: string) => `Cofinanciering: ${model}`,
  coFundingBody: (total: string) => `Samen investeren we ${total} (contante waarde). Zo verdelen we dat.`,
} as const;
