import { useEffect, useId, useState } from 'react';
import { NavLink, Outlet, useLocation, useParams } from 'react-router';
import { useT } from '../../i18n';
import { useResource } from '../../api/useResource';
import type { NetworkOverview } from '../../api/types';
import { RequireAuth } from '../../components/RequireAuth';
import { PageTitle } from '../../components/page';
import { ErrorAlert, Loading, Paragraph, TextLink } from '../../components/ui';
import { roleLabel } from '../../labels';
import type { NetworkContext } from './context';
import { ToolHelp, toolAt } from '../../components/ToolHelp';
import { FeedbackBar } from '../../components/FeedbackBar';

export default function NetworkLayout() {
  return (
    <RequireAuth>
      <NetworkShell />
    </RequireAuth>
  );
}

function NetworkShell() {
  const t = useT();
  const { networkId = '' } = useParams();
  const { data, error, reload } = useResource<NetworkOverview>(
    `/api/networks/${encodeURIComponent(networkId)}`,
    networkId,
  );
  const { pathname } = useLocation();
  const tool = toolAt(pathname.split('/').slice(3).join('/').replace(/\/$/, ''));
  // On a phone the network's menu is folded behind one button, so the page's title stays in view.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  useEffect(() => setMenuOpen(false), [pathname]);

  if (error && (!data || error.status === 404 || error.status === 403)) {
    return (
      <>
        <PageTitle title={t('network.unavailable')} />
        <ErrorAlert error={error} />
        <Paragraph>
          <TextLink to="/">{t('notFound.home')}</TextLink>
        </Paragraph>
      </>
    );
  }
  if (!data) return <Loading />;

  const role = data.network.role;
  const context: NetworkContext = { networkId, overview: data, role, reload };
  const tabs = [
    { to: '', label: t('networkNav.overview'), end: true },
    { to: 'verkennen', label: t('networkNav.verkennen') },
    { to: 'vormgeven', label: t('vg.networkNav.vormgeven') },
    { to: 'verdiepen', label: t('vd.networkNav') },
    { to: 'verankeren', label: t('vk.networkNav') },
    { to: 'leden', label: t('networkNav.members') },
    { to: 'partners', label: t('networkNav.partners') },
    ...(role === 'kartrekker' ? [{ to: 'werksessies', label: t('ws.networkNav') }] : []),
    ...(role === 'kartrekker' ? [{ to: 'wijzigingen', label: t('vg.networkNav.changes') }] : []),
    ...(role === 'kartrekker' ? [{ to: 'instellingen', label: t('networkNav.settings') }] : []),
  ];
  const base = `/netwerken/${networkId}`;
  const current =
    [...tabs].reverse().find((tab) => tab.to !== '' && pathname.startsWith(`${base}/${tab.to}`)) ??
    (pathname.replace(/\/$/, '') === base ? tabs[0] : undefined);
  return (
    <div className="wk-network">
      <p className="wk-network__context">
        <span className="wk-network__name">{data.network.name}</span>
        <span className="wk-network__role">{t('network.yourRole', { role: roleLabel(t, role) })}</span>
      </p>
      <nav aria-label={t('networkNav.label', { name: data.network.name })} className="wk-tabs">
        <button
          type="button"
          className="wk-tabs__toggle"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          onClick={() => setMenuOpen((o) => !o)}
        >
          <span>{t('layout.menu')}</span>
          {current ? <span className="wk-tabs__current">{current.label}</span> : null}
        </button>
        <ul id={menuId} className={`wk-tabs__list${menuOpen ? ' wk-tabs__list--open' : ''}`}>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink
                to={tab.to === '' ? `/netwerken/${networkId}` : `/netwerken/${networkId}/${tab.to}`}
                end={tab.end}
                className="wk-tabs__link"
              >
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {tool ? <ToolHelp key={tool.id} tool={tool} networkId={networkId} /> : null}
      <Outlet context={context} />
      <FeedbackBar tool={tool} networkId={networkId} />
    </div>
  );
}
