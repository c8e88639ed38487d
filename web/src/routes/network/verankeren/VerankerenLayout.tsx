import '../../../styles/verankeren.css';
import { Outlet } from 'react-router';
import { SubNav } from '../../../components/SubNav';
import { useT } from '../../../i18n';
import { useNetwork } from '../context';

/** The pages of the phase "verankeren", with their own navigation under the network's tabs. */
export default function VerankerenLayout() {
  const t = useT();
  const context = useNetwork();
  const base = `/netwerken/${context.networkId}/verankeren`;
  const pages = [
    { to: base, label: t('vk.nav.prices'), end: true },
    { to: `${base}/effecten`, label: t('vk.nav.models') },
    { to: `${base}/casussen`, label: t('vk.nav.cases') },
    { to: `${base}/borging`, label: t('vk.nav.continuity') },
    { to: `${base}/resultaten`, label: t('rs.nav') },
  ];
  return (
    <>
      <SubNav label={t('vk.nav.label')} pages={pages} />
      <Outlet context={context} />
    </>
  );
}
