import '../../../styles/meetings.css';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT, useLocale, formatDate } from '../../../i18n';
import { del, post } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { useMutation } from '../../../api/useMutation';
import type { InviteResult, MeetingView } from '../../../api/meetings-types';
import { PageTitle } from '../../../components/page';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { Alert, Button, ButtonGroup, ErrorAlert, Heading, Loading, Paragraph, TextLink } from '../../../components/ui';
import { useNetwork } from '../context';
import { MeetingForm } from './meetings/MeetingForm';
import { MinutesForm } from './meetings/MinutesForm';
import { DecisionForm } from './meetings/DecisionForm';
import { ActionForm } from './meetings/ActionForm';
import { Agenda, Decisions, MeetingActions, Present } from './meetings/MeetingParts';

/** One meeting: its plan, who came, notes, decisions and actions; prints as minutes. */
export default function Meeting() {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const { networkId, role } = useNetwork();
  const { meetingId } = useParams();
  const path = `/api/networks/${networkId}/meetings/${meetingId}`;
  const meeting = useResource<MeetingView>(path, networkId);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const actions = useMutation();
  const canWrite = role !== 'meekijker';
  const m = meeting.data;

  const saved = (text: string) => () => {
    setNotice(text);
    meeting.reload();
  };

  if (!m)
    return (
      <>
        <ErrorAlert error={meeting.error} />
        <Loading />
      </>
    );

  const open = m.status !== 'cancelled';
  const when = `${formatDate(`${m.date}T12:00:00Z`, locale)}, ${m.startTime}${m.endTime ? `–${m.endTime}` : ''}`;
  return (
    <article className="wk-minutes">
      <p className="utrecht-paragraph wk-no-print">
        <TextLink to={`/netwerken/${networkId}/verdiepen/bijeenkomsten`}>{t('mt.back')}</TextLink>
      </p>
      <PageTitle title={m.title} />
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={actions.error ?? meeting.error} />
      {!open ? <Alert type="warning">{t('mt.cancelledNotice')}</Alert> : null}
      <dl className="wk-meeting-facts">
        <dt>{t('mt.when')}</dt>
        <dd>{when}</dd>
        {m.place ? (
          <>
            <dt>{t('mt.where')}</dt>
            <dd>{m.place}</dd>
          </>
        ) : null}
        {m.videoUrl ? (
          <>
            <dt>{t('mt.video')}</dt>
            <dd>
              <a
                className="utrecht-link utrecht-link--html-a"
                href={m.videoUrl}
                rel="noreferrer noopener"
                target="_blank"
              >
                {m.videoUrl}
              </a>
            </dd>
          </>
        ) : null}
        {m.plannedBy ? (
          <>
            <dt>{t('mt.plannedBy')}</dt>
            <dd>{m.plannedBy.name}</dd>
          </>
        ) : null}
      </dl>
      {m.invitedAt ? <Paragraph small>{t('mt.invitedAt', { date: formatDate(m.invitedAt, locale) })}</Paragraph> : null}

      <div className="wk-no-print">
        <ButtonGroup>
          {canWrite && open ? (
            <Button
              busy={actions.busy}
              onClick={() =>
                actions.run(async () => {
                  const r = await post<InviteResult>(`${path}/invite`);
                  saved(t('mt.invited', { count: r.invited }))();
                })
              }
            >
              {t('mt.invite')}
            </Button>
          ) : null}
          <a
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            href={`${path}/ics`}
            download
          >
            {t('mt.ics')}
          </a>
          <a
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            href={`${path}/minutes.pdf`}
            download
          >
            {t('mt.pdf')}
          </a>
          <Button variant="secondary" onClick={() => window.print()}>
            {t('mt.print')}
          </Button>
          {canWrite && open && !editing ? (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t('mt.edit')}
            </Button>
          ) : null}
        </ButtonGroup>
        {editing ? (
          <MeetingForm
            networkId={networkId}
            choices={m.choices}
            meeting={m}
            onDone={() => {
              setEditing(false);
              saved(t('mt.saved'))();
            }}
            onCancel={() => setEditing(false)}
          />
        ) : null}
      </div>

      <section aria-labelledby="agenda-heading">
        <Heading level={2} id="agenda-heading">
          {t('mt.agendaTitle')}
        </Heading>
        <Agenda meeting={m} />
      </section>

      <section aria-labelledby="present-heading">
        <Heading level={2} id="present-heading">
          {t('mt.min.title')}
        </Heading>
        <Present meeting={m} />
        {canWrite && open ? <MinutesForm networkId={networkId} meeting={m} onSaved={saved(t('mt.min.saved'))} /> : null}
      </section>

      <section aria-labelledby="decisions-heading">
        <Heading level={2} id="decisions-heading">
          {t('mt.dec.title')}
        </Heading>
        <Decisions meeting={m} networkId={networkId} />
        {canWrite && open ? (
          <DecisionForm networkId={networkId} meeting={m} onSaved={saved(t('mt.dec.saved'))} />
        ) : null}
      </section>

      <section aria-labelledby="actions-heading">
        <Heading level={2} id="actions-heading">
          {t('mt.act.title')}
        </Heading>
        <MeetingActions meeting={m} networkId={networkId} />
        {canWrite && open ? <ActionForm networkId={networkId} meeting={m} onSaved={saved(t('mt.act.saved'))} /> : null}
      </section>

      {m.manageable ? (
        <div className="wk-no-print">
          <ButtonGroup>
            {open ? (
              <ConfirmButton
                label={t('mt.cancel')}
                about={m.title}
                question={t('mt.cancelConfirm')}
                confirmLabel={t('mt.cancel')}
                onConfirm={() =>
                  actions.run(async () => {
                    await post(`${path}/cancel`);
                    saved(t('mt.cancelled'))();
                  })
                }
              />
            ) : null}
            <ConfirmButton
              label={t('mt.remove')}
              about={m.title}
              question={t('mt.removeConfirm')}
              confirmLabel={t('mt.remove')}
              onConfirm={() =>
                actions.run(async () => {
                  await del(path);
                  navigate(`/netwerken/${networkId}/verdiepen/bijeenkomsten`);
                })
              }
            />
          </ButtonGroup>
        </div>
      ) : null}
    </article>
  );
}
