import '../../../styles/case-screen.css';
import { useEffect, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { caseScreenColumns, type CaseScreenColumns } from '@domain/effects/case-screen';
import { useLocale, useT, type Locale } from '../../../i18n';
import { useResource } from '../../../api/useResource';
import type { CaseView } from '../../../api/cases-types';
import { RequireAuth } from '../../../components/RequireAuth';
import { ErrorAlert, Loading } from '../../../components/ui';
import { apiBase, decimal, euro } from './shared';

/**
 * One case on the big screen of a werksessie, in the order of the Effectenarena conversation:
 * activities → effects → who invests → who benefits. Read-only; it fetches again whenever
 * something changes in the network, so it follows the person who types on the case page.
 */
/** € 9.000 with a no-break space, so a line on the screen never breaks between € and the amount. */
const money = (n: number, locale: Locale) => euro(n, locale).replace(' ', '\u00a0');

export default function CaseScreen() {
  return (
    <RequireAuth>
      <Screen />
    </RequireAuth>
  );
}

function Screen() {
  const t = useT();
  const { networkId = '', caseId = '' } = useParams();
  const res = useResource<CaseView>(`${apiBase(networkId)}/cases/${caseId}`, networkId);
  const title = res.data?.name ?? t('cs.screen.title');
  useEffect(() => {
    document.title = `${title} – Wijknet`;
  }, [title]);
  return (
    <main id="main" className="cs-screen">
      {res.error && !res.data ? (
        <ErrorAlert error={res.error} />
      ) : !res.data ? (
        <Loading />
      ) : (
        <ScreenBody view={res.data} />
      )}
    </main>
  );
}

function ScreenBody({ view }: { view: CaseView }) {
  const t = useT();
  const locale = useLocale();
  const e = (n: number) => money(n, locale);
  const cols = caseScreenColumns(view);
  const net = view.total.effect;
  return (
    <div className="cs-screen__grid">
      <header className="cs-screen__header">
        <h1 className="cs-screen__title">{view.name}</h1>
        <p className="cs-screen__sub">
          {t('cs.screen.residents', { n: view.residents })}
          {' · '}
          <strong data-testid="case-screen-total">
            {net >= 0 ? t('cs.screen.total', { amount: e(net) }) : t('cs.screen.totalMin', { amount: e(-net) })}
          </strong>
        </p>
        {!view.complete ? <p className="cs-screen__warning">{t('cs.screen.incomplete')}</p> : null}
      </header>
      <h2 className="cs-screen__hidden">{t('cs.screen.columns')}</h2>
      <Columns cols={cols} locale={locale} />
    </div>
  );
}

function Column({ id, title, empty, children }: { id: string; title: string; empty: string; children: ReactNode[] }) {
  return (
    <section className={`cs-screen__col cs-screen__col--${id}`} aria-labelledby={`cs-col-${id}`}>
      <h3 className="cs-screen__col-title" id={`cs-col-${id}`}>
        {title}
      </h3>
      {children.length === 0 ? (
        <p className="cs-screen__empty">{empty}</p>
      ) : (
        // Focusable so a column with more lines than fit can be scrolled with the keyboard.
        <ul className="cs-screen__items" aria-labelledby={`cs-col-${id}`} tabIndex={0}>
          {children}
        </ul>
      )}
    </section>
  );
}

function Columns({ cols, locale }: { cols: CaseScreenColumns; locale: Locale }) {
  const t = useT();
  const e = (n: number) => money(n, locale);
  const n = (q: number) => decimal(q, locale, Number.isInteger(q) ? 0 : 1);
  return (
    <div className="cs-screen__cols">
      <Column id="activities" title={t('cs.screen.activities')} empty={t('cs.screen.noActivities')}>
        {cols.activities.map((a, i) => (
          <li key={i} className="cs-screen__item">
            <span className="cs-screen__label">{a.label}</span>
            <span className="cs-screen__figure">
              {t('cs.screen.activityCost', { quantity: n(a.quantity), amount: e(a.cost) })}
              {a.payerName ? ` · ${a.payerName}` : ''}
            </span>
          </li>
        ))}
      </Column>
      <Column id="effects" title={t('cs.screen.effects')} empty={t('cs.screen.noEffects')}>
        {cols.effects.map((x, i) => (
          <li key={i} className="cs-screen__item">
            <span className="cs-screen__label">{x.label}</span>
            <span className="cs-screen__figure">
              {t(`cs.screen.change.${x.change}`, { from: n(x.reference), to: n(x.withApproach) })}
              {' · '}
              {x.difference >= 0
                ? t('cs.screen.saves', { amount: e(x.difference) })
                : t('cs.screen.costs', { amount: e(-x.difference) })}
            </span>
          </li>
        ))}
      </Column>
      <Column id="invest" title={t('cs.screen.invest')} empty={t('cs.screen.noInvest')}>
        {cols.invest.map((p) => (
          <li key={p.payer} className="cs-screen__item">
            <span className="cs-screen__label">{p.payerName}</span>
            {p.activities > 0 ? (
              <span className="cs-screen__figure">{t('cs.screen.pays', { amount: e(p.activities) })}</span>
            ) : null}
            <span className="cs-screen__figure">
              {p.effect >= 0
                ? t('cs.screen.netPlus', { amount: e(p.effect) })
                : t('cs.screen.netMin', { amount: e(-p.effect) })}
            </span>
          </li>
        ))}
      </Column>
      <Column id="benefit" title={t('cs.screen.benefit')} empty={t('cs.screen.noBenefit')}>
        {cols.benefit.map((p) => (
          <li key={p.payer} className="cs-screen__item">
            <span className="cs-screen__label">{p.payerName}</span>
            <span className="cs-screen__figure cs-screen__figure--big">
              {t('cs.screen.saves', { amount: e(p.effect) })}
            </span>
          </li>
        ))}
      </Column>
    </div>
  );
}
