import '../../../styles/verkennen.css';
import { Outlet } from 'react-router';
import { SubNav } from '../../../components/SubNav';
import { useT } from '../../../i18n';
import { useNetwork } from '../context';

/** The pages of the phase "verkennen", with their own navigation under the network's tabs. */
export default function VerkennenLayout() {
  const t = useT();
  const context = useNetwork();
  const base = `/netwerken/${context.networkId}/verkennen`;
  const pages = [
    { to: base, label: t('verkennen.nav.steps'), end: true },
    { to: `${base}/kaart`, label: t('verkennen.nav.map') },
    { to: `${base}/analyse`, label: t('verkennen.nav.analysis') },
    { to: `${base}/medestanders`, label: t('verkennen.nav.allies') },
    { to: `${base}/wie-is-wie`, label: t('verkennen.nav.whoIsWho') },
    { to: `${base}/wijkprofiel`, label: t('verkennen.nav.profile') },
    { to: `${base}/focus`, label: t('verkennen.nav.focus') },
    { to: `${base}/import-export`, label: t('verkennen.nav.exchange') },
  ];
  return (
    <>
      <SubNav label={t('verkennen.nav.label')} pages={pages} />
      <Outlet context={context} />
    </>
  );
}
