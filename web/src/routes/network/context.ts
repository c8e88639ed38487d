import { useOutletContext } from 'react-router';
import type { NetworkOverview } from '../../api/types';
import type { Role } from '@domain/vocabulary.ts';

export interface NetworkContext {
  networkId: string;
  overview: NetworkOverview;
  role: Role;
  reload: () => void;
}

export const useNetwork = () => useOutletContext<NetworkContext>();
