import { useNetwork } from '../routes/network/context';
import { PhaseSteps } from './PhaseSteps';

/** The steps of the phase "verkennen", from the one progress registry. */
export function VerkennenProgress({ networkId, headingLevel = 2 }: { networkId: string; headingLevel?: 2 | 3 }) {
  const { role } = useNetwork();
  return <PhaseSteps networkId={networkId} phase="verkennen" role={role} headingLevel={headingLevel} />;
}
