import { useT, useLocale, formatDate } from '../../../../i18n';
import type { MeetingView } from '../../../../api/meetings-types';
import { Heading, Paragraph, TextLink } from '../../../../components/ui';

/** The agenda in order, with the goal or agreement an item is about. */
export function Agenda({ meeting }: { meeting: MeetingView }) {
  const t = useT();
  if (!meeting.agenda.length) return <Paragraph>{t('mt.agendaNone')}</Paragraph>;
  return (
    <ol className="utrecht-ordered-list">
      {meeting.agenda.map((a, i) => (
        <li key={i} className="utrecht-ordered-list__item">
          {a.text}
          {a.goalTitle ? <span className="wk-meta"> — {t('mt.goal', { title: a.goalTitle })}</span> : null}
          {a.agreementTitle ? (
            <span className="wk-meta"> — {t('mt.agreement', { title: a.agreementTitle })}</span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** Who came, and the notes. */
export function Present({ meeting }: { meeting: MeetingView }) {
  const t = useT();
  const nobody = !meeting.presentMembers.length && !meeting.presentActors.length;
  return (
    <>
      {nobody ? (
        <Paragraph>{t('mt.min.nobody')}</Paragraph>
      ) : (
        <dl className="wk-meeting-facts">
          {meeting.presentMembers.length ? (
            <>
              <dt>{t('mt.min.members')}</dt>
              <dd>{meeting.presentMembers.map((m) => m.name).join(', ')}</dd>
            </>
          ) : null}
          {meeting.presentActors.length ? (
            <>
              <dt>{t('mt.min.partners')}</dt>
              <dd>{meeting.presentActors.map((a) => a.name).join(', ')}</dd>
            </>
          ) : null}
        </dl>
      )}
      <Heading level={3}>{t('mt.min.notes')}</Heading>
      {meeting.notes.trim() ? (
        meeting.notes.split('\n').map((line, i) => <Paragraph key={i}>{line}</Paragraph>)
      ) : (
        <Paragraph>{t('mt.min.noNotes')}</Paragraph>
      )}
    </>
  );
}

export function Decisions({ meeting, networkId }: { meeting: MeetingView; networkId: string }) {
  const t = useT();
  const locale = useLocale();
  if (!meeting.decisions.length) return <Paragraph>{t('mt.dec.none')}</Paragraph>;
  return (
    <>
      <ul className="wk-cards wk-cards--single">
        {meeting.decisions.map((d) => (
          <li key={d.id} className="wk-card">
            <p className="utrecht-paragraph wk-strong">{d.text}</p>
            {d.decidedBy.length ? (
              <Paragraph small>{t('mt.dec.decidedBy', { names: d.decidedBy.map((p) => p.name).join(', ') })}</Paragraph>
            ) : null}
            {d.reviewOn ? (
              <Paragraph small>
                {t('mt.dec.reviewOn', { date: formatDate(`${d.reviewOn}T12:00:00Z`, locale) })}
              </Paragraph>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph wk-no-print">
        <TextLink to={`/netwerken/${networkId}/vormgeven/afspraken`}>{t('mt.dec.toAgreements')}</TextLink>
      </p>
    </>
  );
}

export function MeetingActions({ meeting, networkId }: { meeting: MeetingView; networkId: string }) {
  const t = useT();
  const locale = useLocale();
  if (!meeting.actions.length) return <Paragraph>{t('mt.act.none')}</Paragraph>;
  return (
    <>
      <ul className="utrecht-unordered-list">
        {meeting.actions.map((a) => (
          <li key={a.id} className="utrecht-unordered-list__item">
            {a.ownerName ? t('mt.act.line', { title: a.title, owner: a.ownerName }) : a.title}
            {a.dueOn ? `, ${t('mt.act.due.line', { date: formatDate(`${a.dueOn}T12:00:00Z`, locale) })}` : ''}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph wk-no-print">
        <TextLink to={`/netwerken/${networkId}/vormgeven/acties`}>{t('mt.act.toPlan')}</TextLink>
      </p>
    </>
  );
}
