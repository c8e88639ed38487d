import '../styles/vormgeven.css';
import { useState } from 'react';
import { useT, useLocale, formatDate } from '../i18n';
import { del, post } from '../api/client';
import { useMutation } from '../api/useMutation';
import { useResource } from '../api/useResource';
import type { MyActionView } from '../api/vormgeven-types';
import { RequireAuth } from '../components/RequireAuth';
import { PageTitle } from '../components/page';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorAlert,
  Heading,
  Loading,
  Paragraph,
  SelectField,
  Table,
  TextLink,
} from '../components/ui';
import { STATUSES, actionStatusLabel } from './network/vormgeven/Actions';
import { dayDate } from './network/vormgeven/shared';
import type { CalendarFeedLink } from '@schemas/actions';

/** Mijn acties: the signed-in person's actions from all their networks, and the calendar feed. */
export default function MyActions() {
  return (
    <RequireAuth>
      <MyActionsPage />
    </RequireAuth>
  );
}

function MyActionsPage() {
  const t = useT();
  const locale = useLocale();
  const [status, setStatus] = useState('');
  const actions = useResource<MyActionView[]>(`/api/me/actions${status ? `?status=${status}` : ''}`);
  return (
    <>
      <PageTitle title={t('vg.mine.title')} />
      <Paragraph lead>{t('vg.mine.lead')}</Paragraph>
      <ErrorAlert error={actions.error} />
      <div className="wk-vfilters">
        <SelectField
          label={t('vg.act.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={[
            { value: '', label: t('vg.act.allStatuses') },
            ...STATUSES.map((s) => ({ value: s, label: actionStatusLabel(t, s) })),
          ]}
        />
      </div>
      {!actions.data ? (
        <Loading />
      ) : actions.data.length === 0 ? (
        <div className="wk-empty">
          <Paragraph>{t('vg.mine.none')}</Paragraph>
        </div>
      ) : (
        <Table caption={t('vg.mine.caption')}>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {t('vg.act.what')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('vg.mine.network')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('vg.act.goal')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('vg.act.due')}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {t('vg.act.status')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {actions.data.map((a) => (
              <tr key={a.id} className={`utrecht-table__row ${a.overdue ? 'wk-row--overdue' : ''}`}>
                <th className="utrecht-table__header-cell wk-row-head" scope="row" data-label={t('vg.act.what')}>
                  {a.title}
                </th>
                <td className="utrecht-table__cell" data-label={t('vg.mine.network')}>
                  <TextLink to={`/netwerken/${a.networkId}/vormgeven/acties?jaar=${a.planYear}`}>
                    {a.networkName}
                  </TextLink>
                </td>
                <td className="utrecht-table__cell" data-label={t('vg.act.goal')}>
                  {a.goalTitle ?? '—'}
                </td>
                <td className="utrecht-table__cell" data-label={t('vg.act.due')}>
                  {a.dueOn ? formatDate(dayDate(a.dueOn).toISOString(), locale) : '—'}
                  {a.overdue ? <span className="wk-block wk-overdue">{t('vg.act.overdue')}</span> : null}
                </td>
                <td className="utrecht-table__cell" data-label={t('vg.act.status')}>
                  <span className={`wk-astatus wk-astatus--${a.status}`}>{actionStatusLabel(t, a.status)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <CalendarFeed />
    </>
  );
}

function CalendarFeed() {
  const t = useT();
  const [url, setUrl] = useState('');
  const [copied, setCopied] = useState(false);
  const [notice, setNotice] = useState('');
  const feed = useMutation();
  const make = async () => {
    setNotice('');
    setCopied(false);
    await feed.run(async () => setUrl((await post<CalendarFeedLink>('/api/me/calendar')).url));
  };
  const stop = () =>
    feed.run(async () => {
      await del('/api/me/calendar');
      setUrl('');
      setNotice(t('vg.cal.stopped'));
    });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      /* the address stays selectable */
    }
  };
  return (
    <section aria-labelledby="calendar-heading">
      <Heading level={2} id="calendar-heading">
        {t('vg.cal.title')}
      </Heading>
      <Paragraph>{t('vg.cal.intro')}</Paragraph>
      <ErrorAlert error={feed.error} />
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      {url ? (
        <div className="wk-linkbox">
          <Alert type="warning">{t('vg.cal.once')}</Alert>
          <label className="utrecht-form-label" htmlFor="calendar-url">
            {t('vg.cal.url')}
          </label>
          <input
            id="calendar-url"
            className="utrecht-textbox utrecht-textbox--html-input wk-mono"
            readOnly
            value={url}
            onFocus={(e) => e.target.select()}
          />
          <ButtonGroup>
            <Button onClick={copy}>{t('vg.cal.copy')}</Button>
          </ButtonGroup>
          {copied ? (
            <Alert type="ok" live>
              {t('vg.cal.copied')}
            </Alert>
          ) : null}
        </div>
      ) : null}
      <ButtonGroup>
        <Button variant={url ? 'secondary' : 'primary'} onClick={make}>
          {url ? t('vg.cal.renew') : t('vg.cal.make')}
        </Button>
        <Button variant="secondary" onClick={stop}>
          {t('vg.cal.stop')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
