import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useLocale, useT } from '../../../i18n';
import { post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import { useResource } from '../../../api/useResource';
import type { ApproachResult, DirectoryEntry, Suggestion } from '../../../api/verkennen-types';
import { roleAtLeast } from '@domain/vocabulary.ts';
import { PageTitle } from '../../../components/page';
import {
  Alert,
  Button,
  ErrorAlert,
  Fieldset,
  Heading,
  Loading,
  Paragraph,
  SelectField,
  TextField,
  TextLink,
} from '../../../components/ui';
import { HEALTH_DIMENSIONS, dimensionLabel, domainLabel, domainOptions, kindLabel } from '../../../labels';
import { useNetwork } from '../context';
import type { ApproachBody, LinkActor } from '../../../api/requests';
import { SuggestionCard } from './allies/SuggestionCard';

const FILTERS = ['q', 'domain', 'theme', 'targetGroup', 'healthDimension', 'area'] as const;
type Filter = (typeof FILTERS)[number];
type Values = Record<Filter, string>;

const valuesFrom = (params: URLSearchParams): Values =>
  Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Values;

export default function Medestanders() {
  const t = useT();
  const { networkId, role } = useNetwork();
  const [params, setParams] = useSearchParams();
  const [values, setValues] = useState<Values>(() => valuesFrom(params));
  const [notice, setNotice] = useState('');
  const [approached, setApproached] = useState<(ApproachResult & { name: string })[]>([]);
  // Add and approach buttons sit on many result cards: one click need not wait for another.
  const action = useMutation({ parallel: true });
  const canAdd = roleAtLeast(role, 'partner');

  // The search lives in the address, so a link from "wie is wie" opens it and Back works.
  const query = new URLSearchParams();
  for (const f of FILTERS) {
    const v = params.get(f)?.trim();
    if (v) query.set(f, v);
  }
  const searched = query.toString() !== '';
  const results = useResource<DirectoryEntry[]>(
    searched ? `/api/networks/${networkId}/directory?${query}&limit=50` : null,
    networkId,
  );
  const suggestions = useResource<Suggestion[]>(`/api/networks/${networkId}/suggestions`, networkId);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const f of FILTERS) if (values[f].trim()) next.set(f, values[f].trim());
    setParams(next);
  };

  const add = (id: string, name: string) =>
    action.run(async () => {
      await post(`/api/networks/${networkId}/actors/link`, { actorId: id } satisfies LinkActor);
      setNotice(t('allies.added', { name }));
      results.reload();
      suggestions.reload();
    });

  const approach = (s: Suggestion, withoutMail: boolean) =>
    action.run(async () => {
      const result = await post<ApproachResult>(
        `/api/networks/${networkId}/suggestions/${s.id}/approach`,
        withoutMail ? ({ withoutMail: true } satisfies ApproachBody) : {},
      );
      setNotice('');
      setApproached((list) => [{ ...result, name: s.name }, ...list.filter((x) => x.actorId !== s.id)]);
      suggestions.reload();
    });

  const set = (f: Filter, v: string) => setValues((old) => ({ ...old, [f]: v }));

  return (
    <>
      <PageTitle title={t('allies.title')} />
      <Paragraph>{t('allies.intro')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={action.error} />
      {approached.map((a) => (
        <ApproachAlert key={a.actorId} result={a} />
      ))}

      <section aria-labelledby="search-heading">
        <Heading level={2} id="search-heading">
          {t('allies.searchTitle')}
        </Heading>
        <form onSubmit={submit} role="search" aria-labelledby="search-heading" className="wk-form wk-form--wide">
          <TextField
            label={t('allies.q')}
            description={t('allies.qHint')}
            type="search"
            value={values.q}
            maxLength={200}
            onChange={(e) => set('q', e.target.value)}
          />
          <Fieldset legend={t('allies.filters')} description={t('allies.filtersHint')}>
            <div className="wk-filters">
              <SelectField
                label={t('actor.domain')}
                value={values.domain}
                onChange={(e) => set('domain', e.target.value)}
                options={[{ value: '', label: t('directory.allDomains') }, ...domainOptions(t)]}
              />
              <SelectField
                label={t('allies.dimension')}
                value={values.healthDimension}
                onChange={(e) => set('healthDimension', e.target.value)}
                options={[
                  { value: '', label: t('allies.allDimensions') },
                  ...HEALTH_DIMENSIONS.map((d) => ({ value: d, label: dimensionLabel(t, d) })),
                ]}
              />
              <TextField
                label={t('allies.theme')}
                description={t('allies.themeHint')}
                value={values.theme}
                maxLength={60}
                onChange={(e) => set('theme', e.target.value)}
              />
              <TextField
                label={t('allies.targetGroup')}
                description={t('allies.targetGroupHint')}
                value={values.targetGroup}
                maxLength={60}
                onChange={(e) => set('targetGroup', e.target.value)}
              />
              <TextField
                label={t('allies.area')}
                description={t('allies.areaHint')}
                value={values.area}
                maxLength={120}
                onChange={(e) => set('area', e.target.value)}
              />
            </div>
          </Fieldset>
          <Button type="submit">{t('allies.search')}</Button>
        </form>
        {searched ? <Results entries={results.data} error={results.error} canAdd={canAdd} onAdd={add} /> : null}
      </section>

      <section aria-labelledby="suggestions-heading">
        <Heading level={2} id="suggestions-heading">
          {t('allies.suggestionsTitle')}
        </Heading>
        <Paragraph>{t('allies.suggestionsIntro')}</Paragraph>
        <ErrorAlert error={suggestions.error} />
        {!suggestions.data ? (
          suggestions.error ? null : (
            <Loading />
          )
        ) : suggestions.data.length === 0 ? (
          <Paragraph>
            {t('allies.suggestionsNone')}{' '}
            {role === 'kartrekker' ? (
              <TextLink to={`/netwerken/${networkId}/instellingen`}>{t('allies.toSettings')}</TextLink>
            ) : null}
          </Paragraph>
        ) : (
          <ul className="wk-cards">
            {suggestions.data.map((s) => (
              <SuggestionCard
                key={s.id}
                s={s}
                isLead={role === 'kartrekker'}
                canAdd={canAdd}
                onApproach={approach}
                onAdd={(x) => add(x.id, x.name)}
              />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function ApproachAlert({ result }: { result: ApproachResult & { name: string } }) {
  const t = useT();
  const { contact } = result;
  return (
    <Alert type="ok" live>
      <p className="utrecht-paragraph">
        {result.mailed
          ? t('allies.mailed', { name: result.name, email: contact.email ?? '' })
          : t('allies.notMailed', { name: result.name })}
      </p>
      {!result.mailed ? (
        contact.phone || contact.website ? (
          <ul className="wk-list">
            {contact.phone ? (
              <li>
                {t('allies.call')}{' '}
                <a className="utrecht-link utrecht-link--html-a" href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>
                  {contact.phone}
                </a>
              </li>
            ) : null}
            {contact.website ? (
              <li>
                {t('allies.visit')}{' '}
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={contact.website}
                  rel="noopener noreferrer"
                  target="_blank"
                >
                  {contact.website}
                </a>
              </li>
            ) : null}
          </ul>
        ) : (
          <p className="utrecht-paragraph">{t('allies.askAround')}</p>
        )
      ) : null}
      <p className="utrecht-paragraph">{t('allies.markedApproached', { name: result.name })}</p>
    </Alert>
  );
}

function Results({
  entries,
  error,
  canAdd,
  onAdd,
}: {
  entries?: DirectoryEntry[];
  error?: unknown;
  canAdd: boolean;
  onAdd: (id: string, name: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  if (error) return <ErrorAlert error={error} />;
  if (!entries) return <Loading />;
  return (
    <div>
      <p className="utrecht-paragraph wk-meta" role="status">
        {entries.length === 0
          ? t('allies.none')
          : t('allies.found', {
              count: new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(entries.length),
            })}
      </p>
      {entries.length ? (
        <ol className="wk-cards">
          {entries.map((r) => (
            <li key={r.id} className="wk-card">
              <h3 className="utrecht-heading-3">{r.name}</h3>
              <p className="utrecht-paragraph wk-meta">
                {kindLabel(t, r.kind)} · {domainLabel(t, r.domain)}
                {r.area ? ` · ${r.area}` : ''} · {t('directory.from', { network: r.homeNetworkName })}
              </p>
              {r.themes.length ? (
                <p className="utrecht-paragraph">
                  <span className="wk-strong">{t('actor.themes')}:</span> {r.themes.join(', ')}
                </p>
              ) : null}
              {r.targetGroups.length ? (
                <p className="utrecht-paragraph">
                  <span className="wk-strong">{t('actor.targetGroups')}:</span> {r.targetGroups.join(', ')}
                </p>
              ) : null}
              {r.inNetwork ? (
                <p className="utrecht-paragraph wk-meta">{t('directory.alreadyIn')}</p>
              ) : canAdd ? (
                <Button
                  variant="secondary"
                  aria-label={`${t('directory.add')}: ${r.name}`}
                  onClick={() => onAdd(r.id, r.name)}
                >
                  {t('directory.add')}
                </Button>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
