import { type MouseEvent } from 'react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { setLocale, useLocale, useT } from '../i18n';
import { patch } from '../api/client';
import type { MeResponse } from '../api/types';
import { setMe, signOut, useMe } from '../session';
import { useAnnouncement } from './page';
import { NameForm } from './NameForm';

export function Layout() {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const navigate = useNavigate();
  const announcement = useAnnouncement();

  const skipToMain = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    target?.focus();
  };

  const switchLanguage = async () => {
    const next = locale === 'nl' ? 'en' : 'nl';
    setLocale(next);
    if (me) {
      try {
        setMe(await patch<MeResponse>('/api/me', { locale: next }));
      } catch {
        /* the choice is kept in this browser anyway */
      }
    }
  };

  const doSignOut = async () => {
    await signOut();
    navigate('/inloggen');
  };

  return (
    <div className="wk-app">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main" onClick={skipToMain}>
        {t('layout.skipLink')}
      </a>
      <header className="utrecht-page-header wk-header">
        <div className="wk-header__inner">
          <Link to="/" className="wk-brand">
            {t('app.name')}
          </Link>
          <nav aria-label={t('layout.mainNav')} className="wk-nav">
            <ul className="wk-nav__list">
              {me ? (
                <>
                  <li>
                    <NavLink to="/" end className="wk-nav__link">
                      {t('nav.myNetworks')}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/mijn-acties" className="wk-nav__link">
                      {t('vg.nav.myActions')}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/account" className="wk-nav__link">
                      {t('nav.account')}
                    </NavLink>
                  </li>
                </>
              ) : me === null ? (
                <li>
                  <NavLink to="/inloggen" className="wk-nav__link">
                    {t('nav.signIn')}
                  </NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
          <div className="wk-header__tools">
            <button
              type="button"
              className="wk-header__button"
              onClick={switchLanguage}
              lang={locale === 'nl' ? 'en' : 'nl'}
            >
              {t('layout.switchLanguage')}
            </button>
            {me ? (
              <button type="button" className="wk-header__button" onClick={doSignOut}>
                {t('nav.signOut')}
              </button>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="wk-main">
        {/* Signed in without a name: "Wie ben je?" first (after signing up it is needed). */}
        {me?.askName ? <NameForm me={me} /> : <Outlet />}
      </main>
      <footer className="utrecht-page-footer wk-footer">
        <div className="wk-footer__inner">
          <p className="wk-footer__name">{t('footer.tagline')}</p>
          <ul className="wk-footer__links">
            <li>
              <Link className="wk-footer__link" to="/privacy">
                {t('footer.privacy')}
              </Link>
            </li>
            <li>
              <Link className="wk-footer__link" to="/toegankelijkheid">
                {t('footer.accessibility')}
              </Link>
            </li>
            <li>
              <a className="wk-footer__link" href="/api/docs">
                {t('footer.api')}
              </a>
            </li>
          </ul>
        </div>
      </footer>
      <div className="wk-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
