import { PhaseSteps } from '../../../components/PhaseSteps';
import { useNetwork } from '../context';

/** Progress of the phase "vormgeven", from the one progress registry; never forces an order. */
export function VormgevenProgress({ networkId }: { networkId: string }) {
  const { role } = useNetwork();
  return <PhaseSteps networkId={networkId} phase="vormgeven" role={role} />;
}
