import { useResource } from '../../../api/useResource';
import type {
  ActionView,
  AgreementsView,
  CardView,
  GoalComparison,
  GoalsView,
  LadderView,
  LeadsView,
  VocabularyView,
} from '../../../api/vormgeven-types';
import { useMe } from '../../../session';
import { useNetwork } from '../context';

const base = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}`;

export const useLadders = (networkId: string) => useResource<LadderView[]>(`${base(networkId)}/ladders`, networkId);
export const useVocabulary = (networkId: string) =>
  useResource<VocabularyView>(`${base(networkId)}/vocabulary`, networkId);
export const useComparison = (networkId: string) =>
  useResource<GoalComparison>(`${base(networkId)}/goals/comparison`, networkId);
export const useGoals = (networkId: string) => useResource<GoalsView>(`${base(networkId)}/goals`, networkId);
export const useCard = (networkId: string) => useResource<CardView>(`${base(networkId)}/card`, networkId);
export const useLeads = (networkId: string) => useResource<LeadsView>(`${base(networkId)}/leads`, networkId);
export const useAgreements = (networkId: string) =>
  useResource<AgreementsView>(`${base(networkId)}/agreements`, networkId);
export const useActions = (networkId: string, query = '') =>
  useResource<ActionView[]>(`${base(networkId)}/actions${query ? `?${query}` : ''}`, networkId);

export const apiBase = base;

/** The member id of the signed-in person in this network. */
export function useMyMemberId(): string | null {
  const me = useMe();
  const { overview } = useNetwork();
  return overview.members.find((m) => m.userId === me?.id)?.id ?? null;
}

/** "2026-11-29" → a local Date at noon (no time-zone slip). */
export const dayDate = (day: string) => new Date(`${day}T12:00:00`);
