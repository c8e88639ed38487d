import '../../../styles/meetings.css';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useResource } from '../../../api/useResource';
import type { TimelineKind, TimelineView } from '../../../api/meetings-types';
import { TIMELINE_KINDS } from '@domain/timeline/timeline.ts';
import { PageTitle } from '../../../components/page';
import {
  Button,
  ButtonGroup,
  CheckboxField,
  ErrorAlert,
  Fieldset,
  Heading,
  Loading,
  Paragraph,
  TextField,
  TextLink,
} from '../../../components/ui';
import { useNetwork } from '../context';

interface Filter {
  kinds: TimelineKind[];
  from: string;
  to: string;
}

const everything: Filter = { kinds: [...TIMELINE_KINDS], from: '', to: '' };

function query(f: Filter): string {
  const params = new URLSearchParams();
  if (f.kinds.length < TIMELINE_KINDS.length) params.set('kinds', f.kinds.join(','));
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  const q = params.toString();
  return q ? `?${q}` : '';
}

/** Tijdlijn: the network's history, newest first, filterable by kind and period, each entry linked to its page. */
export default function Timeline() {
  const t = useT();
  const { networkId } = useNetwork();
  const [draft, setDraft] = useState<Filter>(everything);
  const [applied, setApplied] = useState<Filter>(everything);
  const filtered = query(applied) !== '';
  // With no kind chosen there is nothing to ask for.
  const timeline = useResource<TimelineView>(
    applied.kinds.length ? `/api/networks/${networkId}/timeline${query(applied)}` : null,
    networkId,
  );

  // A period that ends before it starts is refused by the server; the browser says so first.
  const [periodError, setPeriodError] = useState('');
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) return setPeriodError(t('tl.period'));
    setPeriodError('');
    setApplied(draft);
  };
  const entries = applied.kinds.length ? timeline.data?.entries : [];

  return (
    <>
      <PageTitle title={t('tl.title')} />
      <Paragraph lead>{t('tl.lead')}</Paragraph>
      <form onSubmit={apply} noValidate className="wk-form wk-panel" aria-labelledby="timeline-filter">
        <Heading level={2} id="timeline-filter">
          {t('tl.filters')}
        </Heading>
        <Fieldset legend={t('tl.kinds')}>
          <div className="wk-checks">
            {TIMELINE_KINDS.map((k) => (
              <CheckboxField
                key={k}
                id={`timeline-kind-${k}`}
                label={t(`tl.kind.${k}`)}
                checked={draft.kinds.includes(k)}
                onChange={(e) =>
                  setDraft((d) => ({
                    ...d,
                    kinds: e.target.checked
                      ? TIMELINE_KINDS.filter((x) => x === k || d.kinds.includes(x))
                      : d.kinds.filter((x) => x !== k),
                  }))
                }
              />
            ))}
          </div>
        </Fieldset>
        <div className="wk-meeting-times">
          <TextField
            id="timeline-from"
            type="date"
            label={t('tl.from')}
            value={draft.from}
            onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
          />
          <TextField
            id="timeline-to"
            type="date"
            label={t('tl.to')}
            value={draft.to}
            error={periodError || undefined}
            onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
          />
        </div>
        <ButtonGroup>
          <Button type="submit">{t('tl.apply')}</Button>
          {filtered ? (
            <Button
              variant="secondary"
              onClick={() => {
                setDraft(everything);
                setApplied(everything);
                setPeriodError('');
              }}
            >
              {t('tl.reset')}
            </Button>
          ) : null}
        </ButtonGroup>
      </form>
      <ErrorAlert error={timeline.error} />
      {!entries ? (
        <Loading />
      ) : entries.length === 0 ? (
        <Paragraph>{filtered ? t('tl.noneFiltered') : t('tl.none')}</Paragraph>
      ) : (
        <section aria-labelledby="timeline-heading">
          <Heading level={2} id="timeline-heading">
            {t('tl.count', { count: entries.length })}
          </Heading>
          <ol className="wk-timeline">
            {entries.map((e) => (
              <li key={e.id} className="wk-timeline__entry">
                <span className="wk-timeline__meta wk-meta">
                  <time dateTime={e.day}>{e.date}</time> · {e.kindLabel}
                </span>
                <TextLink className="wk-timeline__title" to={`/netwerken/${networkId}/${e.path}`}>
                  {e.title}
                </TextLink>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
