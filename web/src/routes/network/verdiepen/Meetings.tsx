import '../../../styles/meetings.css';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT, useLocale, formatDate } from '../../../i18n';
import { useResource } from '../../../api/useResource';
import type { MeetingSummary, MeetingsView } from '../../../api/meetings-types';
import { PageTitle } from '../../../components/page';
import { SortHeader, useSort } from '../../../components/SortHeader';
import { Button, ErrorAlert, Heading, Loading, Paragraph, Table, TextField, TextLink } from '../../../components/ui';
import { useNetwork } from '../context';
import { MeetingForm } from './meetings/MeetingForm';

type SortKey = 'date' | 'title' | 'status';

/** Bijeenkomsten: every meeting with search and sort, and the form to plan one. */
export default function Meetings() {
  const t = useT();
  const locale = useLocale();
  const navigate = useNavigate();
  const { networkId, role } = useNetwork();
  const list = useResource<MeetingsView>(`/api/networks/${networkId}/meetings`, networkId);
  const [query, setQuery] = useState('');
  const [planning, setPlanning] = useState(false);
  const { sort, toggle } = useSort<SortKey>('date', -1);
  const canWrite = role !== 'meekijker';

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const rows = (list.data?.meetings ?? []).filter(
      (m) => !q || m.title.toLowerCase().includes(q) || (m.place ?? '').toLowerCase().includes(q),
    );
    const key = (m: MeetingSummary) => (sort.key === 'date' ? m.startsAt : sort.key === 'title' ? m.title : m.status);
    return [...rows].sort((a, b) => key(a).localeCompare(key(b), locale) * sort.dir || a.id.localeCompare(b.id));
  }, [list.data, query, sort, locale]);

  return (
    <>
      <PageTitle title={t('mt.title')} />
      <Paragraph lead>{t('mt.lead')}</Paragraph>
      <ErrorAlert error={list.error} />
      {canWrite ? (
        <section aria-labelledby="plan-heading">
          <Heading level={2} id="plan-heading">
            {t('mt.planTitle')}
          </Heading>
          {planning && list.data ? (
            <MeetingForm
              networkId={networkId}
              choices={list.data.choices}
              onDone={(m) => navigate(`/netwerken/${networkId}/verdiepen/bijeenkomsten/${m.id}`)}
              onCancel={() => setPlanning(false)}
            />
          ) : (
            <Button onClick={() => setPlanning(true)}>{t('mt.plan')}</Button>
          )}
        </section>
      ) : null}
      {!list.data ? (
        <Loading />
      ) : list.data.meetings.length === 0 ? (
        <Paragraph>{t('mt.none')}</Paragraph>
      ) : (
        <section aria-labelledby="meetings-heading">
          <Heading level={2} id="meetings-heading">
            {t('mt.caption')}
          </Heading>
          <TextField
            id="meeting-search"
            type="search"
            label={t('mt.search')}
            description={t('mt.searchHint')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          {shown.length === 0 ? (
            <Paragraph>{t('mt.noneFound', { query })}</Paragraph>
          ) : (
            <Table caption={t('mt.caption')}>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <SortHeader column="date" label={t('mt.col.date')} sort={sort} onSort={toggle} firstDir={-1} />
                  <SortHeader column="title" label={t('mt.col.title')} sort={sort} onSort={toggle} />
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('mt.col.place')}
                  </th>
                  <SortHeader column="status" label={t('mt.col.status')} sort={sort} onSort={toggle} />
                  <th className="utrecht-table__header-cell" scope="col">
                    {t('mt.col.results')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {shown.map((m) => (
                  <tr key={m.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell" data-label={t('mt.col.date')}>
                      {formatDate(`${m.date}T12:00:00Z`, locale)}, {m.startTime}
                      {m.endTime ? `–${m.endTime}` : ''}
                    </td>
                    <th className="utrecht-table__header-cell wk-row-head" scope="row" data-label={t('mt.col.title')}>
                      <TextLink to={`/netwerken/${networkId}/verdiepen/bijeenkomsten/${m.id}`}>{m.title}</TextLink>
                    </th>
                    <td className="utrecht-table__cell" data-label={t('mt.col.place')}>
                      {m.place ?? (m.videoUrl ? t('mt.online') : '—')}
                    </td>
                    <td className="utrecht-table__cell" data-label={t('mt.col.status')}>
                      {t(`mt.status.${m.status}`)}
                    </td>
                    <td className="utrecht-table__cell" data-label={t('mt.col.results')}>
                      {t('mt.results', { decisions: m.decisions, actions: m.actions })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </section>
      )}
    </>
  );
}
