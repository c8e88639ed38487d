import '../../../styles/guide.css';
import { NavLink, useParams } from 'react-router';
import { useLocale, useT } from '../../../i18n';
import { PageTitle } from '../../../components/page';
import { Button, Heading, Paragraph } from '../../../components/ui';
import { PhaseSteps, StepLink } from '../../../components/PhaseSteps';
import {
  EXAMPLE_NOTE,
  PHASES,
  guidanceFor,
  guidanceTools,
  stepDefinition,
  worksheet,
  type Phase,
} from '@domain/phases/index.ts';
import { useNetwork } from '../context';

const isPhase = (v: string | undefined): v is Phase => (PHASES as readonly string[]).includes(v ?? '');

/** One phase of the toolbox: purpose, questions, steps with status, tools, tips, example; prints as the werkblad. */
export default function Guide() {
  const t = useT();
  const locale = useLocale();
  const { fase } = useParams();
  const { networkId, role } = useNetwork();
  if (!isPhase(fase)) {
    return (
      <>
        <PageTitle title={t('guide.nav')} />
        <Paragraph>{t('guide.unknownPhase')}</Paragraph>
      </>
    );
  }
  const g = guidanceFor(fase);
  const sheet = worksheet(fase, locale);
  return (
    <>
      <div className="wk-guide-screen">
        <PageTitle title={t('guide.title', { phase: g.name[locale] })} />
        <nav aria-label={t('guide.phasesNav')} className="wk-tabs">
          <ul className="wk-tabs__list">
            {PHASES.map((p) => (
              <li key={p}>
                <NavLink to={`/netwerken/${networkId}/gids/${p}`} className="wk-tabs__link">
                  {guidanceFor(p).name[locale]}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <Paragraph lead>{g.purpose[locale]}</Paragraph>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('guide.print')}
        </Button>

        <section aria-labelledby="guide-questions">
          <Heading level={2} id="guide-questions">
            {t('guide.questions')}
          </Heading>
          <ul className="utrecht-unordered-list">
            {g.questions.map((q) => (
              <li key={q.nl} className="utrecht-unordered-list__item">
                {q[locale]}
              </li>
            ))}
          </ul>
        </section>

        <PhaseSteps networkId={networkId} phase={fase} role={role} />

        <section aria-labelledby="guide-how">
          <Heading level={2} id="guide-how">
            {t('guide.steps')}
          </Heading>
          <dl className="wk-guide-how">
            {g.steps.map((s) => (
              <div key={s.step}>
                <dt>{stepDefinition(s.step)?.label[locale] ?? s.step}</dt>
                <dd>{s.how[locale]}</dd>
              </div>
            ))}
          </dl>
        </section>

        <section aria-labelledby="guide-tools">
          <Heading level={2} id="guide-tools">
            {t('guide.tools')}
          </Heading>
          <ul className="utrecht-unordered-list">
            {guidanceTools(fase).map((tool) => (
              <li key={tool.id} className="utrecht-unordered-list__item">
                <span className="wk-strong">{tool.name[locale]}</span>: {tool.help.why[locale]}{' '}
                <StepLink networkId={networkId} step={{ route: tool.route, toolName: tool.name[locale] }} />
              </li>
            ))}
          </ul>
        </section>

        {g.terms.length ? (
          <section aria-labelledby="guide-terms">
            <Heading level={2} id="guide-terms">
              {t('guide.terms')}
            </Heading>
            <dl>
              {g.terms.map((term) => (
                <div key={term.term.nl}>
                  <dt className="wk-strong">{term.term[locale]}</dt>
                  <dd>{term.explanation[locale]}</dd>
                </div>
              ))}
            </dl>
          </section>
        ) : null}

        <section aria-labelledby="guide-tips">
          <Heading level={2} id="guide-tips">
            {t('guide.tips')}
          </Heading>
          <ul className="utrecht-unordered-list">
            {g.tips.map((tip) => (
              <li key={tip.id} className="utrecht-unordered-list__item">
                {tip.text[locale]}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="guide-example">
          <Heading level={2} id="guide-example">
            {t('guide.example', { title: g.example.title[locale] })}
          </Heading>
          {g.example.paragraphs.map((p) => (
            <Paragraph key={p.nl}>{p[locale]}</Paragraph>
          ))}
          <Paragraph small>{EXAMPLE_NOTE[locale]}</Paragraph>
        </section>
      </div>

      <article className="wk-worksheet" aria-hidden="true">
        <p className="wk-worksheet__title">{sheet.title}</p>
        <p>{sheet.purpose}</p>
        <div className="wk-worksheet__fields">
          {sheet.fields.map((f) => (
            <p key={f}>{f}: ______________________</p>
          ))}
        </div>
        {sheet.questions.map((q) => (
          <div key={q.text} className="wk-worksheet__question">
            <p className="wk-strong">{q.text}</p>
            {Array.from({ length: q.lines }, (_, i) => (
              <div key={i} className="wk-worksheet__line" />
            ))}
          </div>
        ))}
        <p className="wk-strong">{sheet.checklistTitle}</p>
        <ul className="wk-worksheet__checklist">
          {sheet.checklist.map((c) => (
            <li key={c}>☐ {c}</li>
          ))}
        </ul>
        <ul className="wk-worksheet__tips">
          {sheet.tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
        <p className="wk-worksheet__footer">{sheet.footer}</p>
      </article>
    </>
  );
}
