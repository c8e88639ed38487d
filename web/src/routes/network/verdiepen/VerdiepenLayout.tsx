import '../../../styles/verdiepen.css';
import { Outlet } from 'react-router';
import { SubNav } from '../../../components/SubNav';
import { useT } from '../../../i18n';
import { useNetwork } from '../context';

/** The pages of the phase "verdiepen", with their own navigation under the network's tabs. */
export default function VerdiepenLayout() {
  const t = useT();
  const context = useNetwork();
  const base = `/netwerken/${context.networkId}/verdiepen`;
  const pages = [
    { to: base, label: t('vd.nav.scan'), end: true },
    { to: `${base}/relatiecheck`, label: t('vd.nav.relation') },
    ...(context.role === 'kartrekker' ? [{ to: `${base}/cockpit`, label: t('vd.nav.cockpit') }] : []),
    { to: `${base}/gezondheid`, label: t('vd.nav.health') },
    { to: `${base}/bijeenkomsten`, label: t('vd.nav.meetings') },
    { to: `${base}/tijdlijn`, label: t('vd.nav.timeline') },
  ];
  return (
    <>
      <SubNav label={t('vd.nav.label')} pages={pages} />
      <Outlet context={context} />
    </>
  );
}
