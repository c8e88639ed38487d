import { lazy, Suspense, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useLocale, useT } from '../../../i18n';
import { del } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import type { ActorView } from '../../../api/types';
import type { NetworkAnalysisView, RelationView } from '../../../api/verkennen-types';
import { PageTitle } from '../../../components/page';
import { Alert, ErrorAlert, Heading, Loading, Paragraph, SelectField, TextLink } from '../../../components/ui';
import { labelKey, mergeLabels } from '@domain/lemmas.ts';
import { domainLabel } from '../../../labels';
import { useNetwork } from '../context';
import { decimal, DOMAINS } from './domains';
import type { MapEdge, MapNode } from './MapCanvas';
import { RelationForm } from './RelationForm';
import { useActors, useAnalysis, useRelations } from './shared';
import { ActorDetails } from './map/ActorDetails';
import { ActorTable, RelationTable } from './map/MapTables';
import { NewRelation } from './map/NewRelation';

// Start loading the drawing code (Sigma, graphology) together with the data, not after it.
const mapModule = import('./MapCanvas');
const MapCanvas = lazy(() => mapModule);

type SizeBy = 'degree' | 'betweenness' | 'none';

/** The network map: who works with whom, drawn and as tables, with the relation forms. */
export default function NetworkMap() {
  const t = useT();
  const { networkId } = useNetwork();
  const actors = useActors(networkId);
  const relations = useRelations(networkId);
  const analysis = useAnalysis(networkId);
  const error = actors.error ?? relations.error ?? analysis.error;

  return (
    <>
      <PageTitle title={t('map.title')} />
      <Paragraph>{t('map.intro')}</Paragraph>
      <ErrorAlert error={error} />
      {actors.data && relations.data ? (
        // The map does not wait for the analysis: only the sizes by role as a connector need it.
        <MapPage
          actors={actors.data}
          relations={relations.data}
          analysis={analysis.data}
          reload={() => {
            relations.reload();
            analysis.reload();
          }}
        />
      ) : error ? null : (
        <Loading />
      )}
    </>
  );
}

function MapPage({
  actors,
  relations,
  analysis,
  reload,
}: {
  actors: ActorView[];
  relations: RelationView[];
  analysis?: NetworkAnalysisView;
  reload: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const [sizeBy, setSizeBy] = useState<SizeBy>('degree');
  const [domain, setDomain] = useState('');
  const [theme, setTheme] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<RelationView | null>(null);
  const [notice, setNotice] = useState('');
  const removal = useMutation();
  const tableHeading = useRef<HTMLHeadingElement>(null);
  const detailsHeading = useRef<HTMLHeadingElement>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  // Live updates fetch new arrays; the map is drawn (and laid out) again only when what it shows
  // changed, so keyed on that text rather than on the arrays.
  const structure =
    actors.map((a) => `${a.id}:${a.domain}:${a.name}`).join('|') +
    '#' +
    relations.map((r) => `${r.actorAId}-${r.actorBId}-${r.quality}`).join('|');
  const nodes = useMemo<MapNode[]>(
    () => actors.map((a) => ({ id: a.id, name: a.name, domain: a.domain })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on what the map shows, not on the arrays
    [structure],
  );
  const edges = useMemo<MapEdge[]>(
    () => relations.map((r) => ({ a: r.actorAId, b: r.actorBId, quality: r.quality })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- as above
    [structure],
  );

  const degree = useMemo(() => {
    const d = new Map<string, number>(actors.map((a) => [a.id, 0]));
    for (const r of relations) {
      d.set(r.actorAId, (d.get(r.actorAId) ?? 0) + 1);
      d.set(r.actorBId, (d.get(r.actorBId) ?? 0) + 1);
    }
    return d;
  }, [actors, relations]);
  const betweenness = useMemo(
    () => new Map((analysis?.centrality ?? []).map((c) => [c.id, c.betweenness])),
    [analysis],
  );

  const weights = useMemo(() => {
    const source = sizeBy === 'degree' ? degree : sizeBy === 'betweenness' ? betweenness : null;
    if (!source) return new Map<string, number>();
    const max = Math.max(0, ...source.values());
    return new Map([...source].map(([id, v]) => [id, max > 0 ? v / max : 0]));
  }, [sizeBy, degree, betweenness]);

  // Forms of one word (ontmoeten, ontmoeting) are one theme in the filter: the curated word forms decide.
  const themes = useMemo(() => mergeLabels(actors.flatMap((a) => a.themes)), [actors]);
  const shownActors = useMemo(
    () =>
      actors.filter(
        (a) => (!domain || a.domain === domain) && (!theme || a.themes.some((th) => labelKey(th) === theme)),
      ),
    [actors, domain, theme],
  );
  const visible = useMemo(() => new Set(shownActors.map((a) => a.id)), [shownActors]);
  const shownRelations = useMemo(
    () => relations.filter((r) => visible.has(r.actorAId) && visible.has(r.actorBId)),
    [relations, visible],
  );
  const domainCounts = useMemo(() => {
    const c = new Map<string, number>();
    for (const a of actors) c.set(a.domain, (c.get(a.domain) ?? 0) + 1);
    return DOMAINS.filter((d) => c.has(d)).map((d) => ({ domain: d, count: c.get(d)! }));
  }, [actors]);

  const selectedActor = actors.find((a) => a.id === selected) ?? null;

  useEffect(() => {
    if (selected) detailsHeading.current?.focus();
  }, [selected]);
  useEffect(() => {
    if (editing) editHeading.current?.focus();
  }, [editing]);

  const select = (id: string) => {
    // Back to where the reader came from on closing: a table row's button, not a button inside the
    // details that is about to change, and not the page itself after a click on the map.
    const from = document.activeElement;
    if (from instanceof HTMLElement && from !== document.body && !from.closest('.wk-map, .wk-details'))
      returnFocus.current = from;
    else if (!(from instanceof HTMLElement && from.closest('.wk-details'))) returnFocus.current = null;
    setSelected(id);
  };
  const closeDetails = () => {
    setSelected(null);
    const back = returnFocus.current;
    if (back?.isConnected) back.focus();
    else tableHeading.current?.focus();
  };
  const skipToTable = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    tableHeading.current?.focus();
    tableHeading.current?.scrollIntoView({ block: 'start' });
  };
  const removeRelation = (r: RelationView) =>
    removal.run(async () => {
      await del(`/api/networks/${networkId}/relations/${r.id}`);
      setNotice(t('relation.removed', { a: r.actorAName, b: r.actorBName }));
      reload();
    });

  const mostConnected = [...degree].sort((a, b) => b[1] - a[1])[0];
  const mapLabel = t('map.ariaLabel', {
    actors: actors.length,
    relations: relations.length,
    domains: domainCounts.map((d) => `${domainLabel(t, d.domain)} ${d.count}`).join(', '),
    most:
      mostConnected && mostConnected[1] > 0
        ? t('map.ariaMost', {
            name: actors.find((a) => a.id === mostConnected[0])?.name ?? '',
            count: mostConnected[1],
          })
        : '',
  });

  return (
    <>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <section aria-labelledby="map-heading">
        <Heading level={2} id="map-heading">
          {t('map.mapTitle')}
        </Heading>
        <p className="utrecht-paragraph">
          <a href="#map-table-heading" className="utrecht-link utrecht-link--html-a" onClick={skipToTable}>
            {t('map.skip')}
          </a>
        </p>
        {actors.length === 0 ? (
          <Paragraph>
            {t('map.noActors')} <TextLink to={`/netwerken/${networkId}/partners`}>{t('map.toPartners')}</TextLink>
          </Paragraph>
        ) : (
          <>
            <div className="wk-map-controls">
              <SelectField
                label={t('map.sizeBy')}
                value={sizeBy}
                onChange={(e) => setSizeBy(e.target.value as SizeBy)}
                options={[
                  { value: 'degree', label: t('map.size.degree') },
                  { value: 'betweenness', label: t('map.size.betweenness') },
                  { value: 'none', label: t('map.size.none') },
                ]}
              />
              <SelectField
                label={t('map.filterDomain')}
                value={domain}
                onChange={(e) => setDomain(e.target.value)}
                options={[
                  { value: '', label: t('map.allDomains') },
                  ...domainCounts.map((d) => ({ value: d.domain, label: domainLabel(t, d.domain) })),
                ]}
              />
              <SelectField
                label={t('map.filterTheme')}
                value={theme}
                onChange={(e) => setTheme(e.target.value)}
                options={[
                  { value: '', label: t('map.allThemes') },
                  ...themes.map((th) => ({ value: th.key, label: th.label })),
                ]}
              />
            </div>
            <p className="utrecht-paragraph wk-meta" role="status">
              {t('map.shown', { actors: shownActors.length, total: actors.length, relations: shownRelations.length })}
            </p>
            <div className="wk-map-layout">
              <div className="wk-map-frame">
                <Suspense fallback={<Loading />}>
                  <MapCanvas
                    nodes={nodes}
                    edges={edges}
                    weights={weights}
                    visible={visible}
                    selected={selected}
                    onSelect={select}
                    label={mapLabel}
                    fallback={t('map.noWebgl')}
                  />
                </Suspense>
                <p className="utrecht-paragraph wk-meta">{t('map.howTo')}</p>
              </div>
              <div className="wk-map-side">
                <Heading level={3}>{t('map.legend')}</Heading>
                <ul className="wk-legend">
                  {domainCounts.map((d) => (
                    <li key={d.domain}>
                      <span className="wk-legend__swatch" data-domain={d.domain} aria-hidden="true" />
                      {domainLabel(t, d.domain)} ({d.count})
                    </li>
                  ))}
                </ul>
                <p className="utrecht-paragraph wk-meta">
                  {sizeBy === 'none'
                    ? t('map.legendSizeNone')
                    : t('map.legendSize', {
                        measure: t(sizeBy === 'degree' ? 'map.size.degree' : 'map.size.betweenness'),
                      })}
                </p>
                {selectedActor ? (
                  <ActorDetails
                    actor={selectedActor}
                    relations={relations}
                    degree={degree.get(selectedActor.id) ?? 0}
                    betweenness={betweenness.get(selectedActor.id) ?? 0}
                    headingRef={detailsHeading}
                    onSelect={select}
                    onClose={closeDetails}
                  />
                ) : (
                  <p className="utrecht-paragraph wk-meta">{t('map.detailsHint')}</p>
                )}
              </div>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="map-table-heading">
        <h2 id="map-table-heading" ref={tableHeading} tabIndex={-1} className="utrecht-heading-2">
          {t('map.tableTitle')}
        </h2>
        <ActorTable
          actors={shownActors}
          degree={degree}
          betweenness={betweenness}
          analysed={analysis !== undefined}
          onSelect={select}
        />
        <ErrorAlert error={removal.error} />
        <RelationTable
          relations={shownRelations}
          onEdit={(r) => {
            setNotice('');
            setEditing(r);
          }}
          onRemove={removeRelation}
        />
      </section>

      {editing ? (
        <section aria-labelledby="relation-edit-heading" className="wk-panel">
          <h2 id="relation-edit-heading" ref={editHeading} tabIndex={-1} className="utrecht-heading-2">
            {t('relation.editTitle')}
          </h2>
          <RelationForm
            key={editing.id}
            networkId={networkId}
            actors={actors}
            relation={editing}
            fixedActorId={null}
            onEditExisting={setEditing}
            onCancel={() => setEditing(null)}
            onDone={(r) => {
              setNotice(t('relation.saved', { a: r.actorAName, b: r.actorBName }));
              setEditing(null);
              reload();
            }}
          />
        </section>
      ) : null}

      <NewRelation
        actors={actors}
        onEditExisting={(r) => {
          setNotice('');
          setEditing(r);
        }}
        onCreated={(r) => {
          setNotice(t('relation.created', { a: r.actorAName, b: r.actorBName }));
          reload();
        }}
      />
      {analysis ? (
        <p className="utrecht-paragraph wk-meta">
          {t('map.numbersNote', { density: decimal(analysis.density, locale) })}
        </p>
      ) : null}
    </>
  );
}
