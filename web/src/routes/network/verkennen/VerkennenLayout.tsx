import '../../../styles/verkennen.css';
import { NavLink, Outlet } from 'react-router';
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
      <nav aria-label={t('verkennen.nav.label')} className="wk-subnav">
        <ul className="wk-subnav__list">
          {pages.map((p) => (
            <li key={p.to}>
              <NavLink to={p.to} end={p.end} className="wk-subnav__link">
                {p.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={context} />
    </>
  );
}
