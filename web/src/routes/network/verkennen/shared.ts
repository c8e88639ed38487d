import { useResource } from '../../../api/useResource';
import type { ActorView } from '../../../api/types';
import type { NetworkAnalysisView, RelationView } from '../../../api/verkennen-types';
import type { MessageKey, T } from '../../../i18n';
import { useMe } from '../../../session';
import { useNetwork } from '../context';

/** The actor the signed-in member acts for in this network, if any. */
export function useMyActorId(): string | null {
  const me = useMe();
  const { overview } = useNetwork();
  return overview.members.find((m) => m.userId === me?.id)?.actorId ?? null;
}

export function useActors(networkId: string) {
  return useResource<ActorView[]>(`/api/networks/${networkId}/actors`, networkId);
}

export function useRelations(networkId: string) {
  return useResource<RelationView[]>(`/api/networks/${networkId}/relations`, networkId);
}

export function useAnalysis(networkId: string) {
  return useResource<NetworkAnalysisView>(`/api/networks/${networkId}/analysis`, networkId);
}

export const QUALITIES = [1, 2, 3, 4] as const;
/** "3 – goed": the number with its meaning in words. */
export const qualityLabel = (t: T, q: number | null) =>
  q === null ? t('relation.quality.none') : `${q} – ${t(`relation.quality.${q}` as MessageKey)}`;

/** Frequencies offered in the form; stored as these Dutch words, shown in the reader's language. */
export const FREQUENCIES = ['wekelijks', 'maandelijks', 'per kwartaal', 'jaarlijks', 'af en toe'] as const;
const frequencyKey: Record<string, MessageKey> = {
  wekelijks: 'relation.frequency.weekly',
  maandelijks: 'relation.frequency.monthly',
  'per kwartaal': 'relation.frequency.quarterly',
  jaarlijks: 'relation.frequency.yearly',
  'af en toe': 'relation.frequency.sometimes',
};
export const frequencyLabel = (t: T, f: string) => (f ? (frequencyKey[f] ? t(frequencyKey[f]) : f) : '—');

/** Suggestions for the kind of collaboration; people may type their own words. */
export const KINDS = ['overleg', 'doorverwijzen', 'samen activiteiten', 'signaleren', 'informatie delen'] as const;
