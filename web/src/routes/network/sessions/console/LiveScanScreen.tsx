import { useLocale, useT, type Locale } from '../../../../i18n';
import type { LiveConsoleView, RoundResults } from '../../../../api/scan-types';
import type { MessageKey } from '../../../../i18n/nl';

const MIN_RESPONDENTS = 3;

const oneDecimal = (value: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);

/**
 * The big screen during a live scan: the current question in large type with the scale, and how
 * many answered (a number, never what). After the moderator closes the round: the results per
 * dimension, each withheld below 3 respondents.
 */
export function LiveScanScreen({ live, results }: { live: LiveConsoleView; results: RoundResults | null }) {
  const t = useT();
  const locale = useLocale();
  const scale = locale === 'en' ? live.scaleEn : live.scale;
  const steps: number[] = [];
  for (let v = scale.min; v <= scale.max; v++) steps.push(v);

  if (live.status === 'open') {
    return (
      <>
        <header className="ws-screen__header">
          <h1 className="ws-screen__title">{t('sl.screen.label', { label: live.label })}</h1>
          <p className="ws-screen__question">{t('sl.screen.question', { n: live.index + 1, total: live.total })}</p>
        </header>
        <section className="ws-screen__answers" aria-label={t('sl.screen.scale')}>
          {live.item ? (
            <>
              <p className="ws-scan__dimension">{live.item.dimension[locale]}</p>
              <p className="ws-scan__item" aria-live="polite">
                {live.item[locale]}
              </p>
            </>
          ) : null}
          <p>{t('sl.screen.scale')}:</p>
          <ol className="ws-scan__scale">
            {steps.map((v) => (
              <li key={v}>
                <span className="ws-scan__value">{v}</span> {scale.labels[String(v)] ?? ''}
              </li>
            ))}
          </ol>
          <p className="ws-screen__count" role="status">
            {t('sl.count.people', { n: live.participants })} · {t('sl.count.current', { n: live.answeredCurrent })}
          </p>
        </section>
      </>
    );
  }

  return (
    <>
      <header className="ws-screen__header">
        <h1 className="ws-screen__title">{t('sl.screen.resultsTitle', { label: live.label })}</h1>
      </header>
      <section className="ws-screen__answers" aria-label={t('sl.screen.resultsTitle', { label: live.label })}>
        {!results || !results.available ? (
          <p className="ws-screen__question">
            {results && results.reason === 'too_few'
              ? t('sl.screen.tooFew', { needed: results.needed })
              : t('sl.screen.tooFew', { needed: MIN_RESPONDENTS })}
          </p>
        ) : (
          <>
            <p>{t('sl.screen.respondents', { n: results.respondents })}</p>
            <table className="ws-scan__results">
              <caption>{t('sl.screen.tableCaption', { min: results.scale.min, max: results.scale.max })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sl.screen.dimension')}</th>
                  <th scope="col">{t('sl.screen.mean')}</th>
                  <th scope="col">{t('sl.screen.n')}</th>
                  <th scope="col">{t('sl.screen.spread')}</th>
                </tr>
              </thead>
              <tbody>
                {results.dimensions.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{d.name[locale]}</th>
                    {d.mean === null ? (
                      <td colSpan={3}>{t('sl.screen.tooFew', { needed: Math.max(1, MIN_RESPONDENTS - d.n) })}</td>
                    ) : (
                      <>
                        <td>
                          <meter
                            className="ws-scan__meter"
                            min={results.scale.min}
                            max={results.scale.max}
                            value={d.mean}
                            aria-hidden="true"
                          />{' '}
                          {oneDecimal(d.mean, locale)}
                        </td>
                        <td>{d.n}</td>
                        <td>{d.spread ? t(`vd.results.spread.${d.spread}` as MessageKey) : '—'}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </>
  );
}
