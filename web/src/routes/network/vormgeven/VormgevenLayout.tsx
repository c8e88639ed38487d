import '../../../styles/vormgeven.css';
import { Outlet } from 'react-router';
import { SubNav } from '../../../components/SubNav';
import { useT } from '../../../i18n';
import { useNetwork } from '../context';

/** The pages of the phase "vormgeven", with their own navigation under the network's tabs. */
export default function VormgevenLayout() {
  const t = useT();
  const context = useNetwork();
  const base = `/netwerken/${context.networkId}/vormgeven`;
  const pages = [
    { to: base, label: t('vg.nav.ladders'), end: true },
    { to: `${base}/doelen`, label: t('vg.nav.goals') },
    { to: `${base}/kaart`, label: t('vg.nav.card') },
    { to: `${base}/kartrekker`, label: t('vg.nav.lead') },
    { to: `${base}/afspraken`, label: t('vg.nav.agreements') },
    { to: `${base}/acties`, label: t('vg.nav.actions') },
  ];
  return (
    <>
      <SubNav label={t('vg.nav.label')} pages={pages} />
      <Outlet context={context} />
    </>
  );
}
