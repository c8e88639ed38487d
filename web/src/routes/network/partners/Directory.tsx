import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { get, post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import type { DirectoryEntry } from '../../../api/types';
import { Button, ErrorAlert, Heading, Paragraph, SelectField, TextField } from '../../../components/ui';
import { domainLabel, domainOptions, kindLabel } from '../../../labels';
import { useNetwork } from '../context';
import type { LinkActor } from '../../../api/requests';

/** Search the shared directory (sociale kaart) of all networks and link an actor to this one. */
export function Directory({ inNetwork, onAdded }: { inNetwork: Set<string>; onAdded: (name: string) => void }) {
  const t = useT();
  const { networkId } = useNetwork();
  const [q, setQ] = useState('');
  const [domain, setDomain] = useState('');
  const [results, setResults] = useState<DirectoryEntry[] | null>(null);
  const request = useMutation();

  const search = async (e: FormEvent) => {
    e.preventDefault();
    const params = new URLSearchParams();
    if (q.trim()) params.set('q', q.trim());
    if (domain) params.set('domain', domain);
    await request.run(async () => setResults(await get<DirectoryEntry[]>(`/api/directory?${params}`)));
  };

  const add = (entry: DirectoryEntry) =>
    request.run(async () => {
      await post(`/api/networks/${networkId}/actors/link`, { actorId: entry.id } satisfies LinkActor);
      onAdded(entry.name);
    });

  return (
    <section aria-labelledby="directory-heading">
      <Heading level={2} id="directory-heading">
        {t('directory.title')}
      </Heading>
      <Paragraph>{t('directory.intro')}</Paragraph>
      <form onSubmit={search} role="search" aria-labelledby="directory-heading" className="wk-form">
        <TextField label={t('directory.query')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        <SelectField
          label={t('actor.domain')}
          value={domain}
          onChange={(e) => setDomain(e.target.value)}
          options={[{ value: '', label: t('directory.allDomains') }, ...domainOptions(t)]}
        />
        <Button type="submit" variant="secondary" busy={request.busy}>
          {t('directory.search')}
        </Button>
      </form>
      <ErrorAlert error={request.error} />
      {results ? (
        <div role="status">
          {results.length === 0 ? (
            <Paragraph>{t('directory.none')}</Paragraph>
          ) : (
            <>
              <p className="utrecht-paragraph wk-meta">{t('directory.found', { count: results.length })}</p>
              <ul className="wk-cards">
                {results.map((r) => (
                  <li key={r.id} className="wk-card">
                    <h3 className="utrecht-heading-3">{r.name}</h3>
                    <p className="utrecht-paragraph wk-meta">
                      {kindLabel(t, r.kind)} · {domainLabel(t, r.domain)}
                      {r.area ? ` · ${r.area}` : ''} · {t('directory.from', { network: r.homeNetworkName })}
                    </p>
                    {r.themes.length ? <p className="utrecht-paragraph">{r.themes.join(', ')}</p> : null}
                    {inNetwork.has(r.id) ? (
                      <p className="utrecht-paragraph wk-meta">{t('directory.alreadyIn')}</p>
                    ) : (
                      <Button
                        variant="secondary"
                        aria-label={`${t('directory.add')}: ${r.name}`}
                        onClick={() => add(r)}
                      >
                        {t('directory.add')}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
