import { lazy, Suspense, useEffect, useMemo, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { useLocale, useT } from '../../../i18n';
import { del } from '../../../api/client';
import type { ActorView } from '../../../api/types';
import type { NetworkAnalysisView, RelationView } from '../../../api/verkennen-types';
import { PageTitle } from '../../../components/page';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { SortHeader, useSort } from '../../../components/SortHeader';
import { Alert, Button, ErrorAlert, Heading, Loading, Paragraph, SelectField, Table, TextLink } from '../../../components/ui';
import { domainLabel, kindLabel } from '../../../labels';
import { useNetwork } from '../context';
import { decimal, DOMAINS, domainColor } from './domains';
import type { MapEdge, MapNode } from './MapCanvas';
import { RelationForm } from './RelationForm';
import { frequencyLabel, qualityLabel, useActors, useAnalysis, useMyActorId, useRelations } from './shared';

// Start loading the drawing code (Sigma, graphology) together with the data, not after it.
const mapModule = import('./MapCanvas');
const MapCanvas = lazy(() => mapModule);

type SizeBy = 'degree' | 'betweenness' | 'none';
/** Tables longer than this show the first rows and a button for the rest. */
const PAGE = 50;

export default function Kaart() {
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
        <MapPage actors={actors.data} relations={relations.data} analysis={analysis.data} reload={() => { relations.reload(); analysis.reload(); }} />
      ) : error ? null : (
        <Loading />
      )}
    </>
  );
}

function MapPage({ actors, relations, analysis, reload }: { actors: ActorView[]; relations: RelationView[]; analysis?: NetworkAnalysisView; reload: () => void }) {
  const t = useT();
  const locale = useLocale();
  const { networkId, role, overview } = useNetwork();
  const myActorId = useMyActorId();
  const [sizeBy, setSizeBy] = useState<SizeBy>('degree');
  const [domain, setDomain] = useState('');
  const [theme, setTheme] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<RelationView | null>(null);
  const [notice, setNotice] = useState('');
  const [removeError, setRemoveError] = useState<unknown>(null);
  const tableHeading = useRef<HTMLHeadingElement>(null);
  const detailsHeading = useRef<HTMLHeadingElement>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  // Live updates fetch new arrays; the map is drawn (and laid out) again only when what it shows
  // changed, so keyed on that text rather than on the arrays.
  const structure = actors.map((a) => `${a.id}:${a.domain}:${a.name}`).join('|') + '#' + relations.map((r) => `${r.actorAId}-${r.actorBId}-${r.quality}`).join('|');
  const nodes = useMemo<MapNode[]>(() => actors.map((a) => ({ id: a.id, name: a.name, domain: a.domain })), [structure]);
  const edges = useMemo<MapEdge[]>(() => relations.map((r) => ({ a: r.actorAId, b: r.actorBId, quality: r.quality })), [structure]);

  const degree = useMemo(() => {
    const d = new Map<string, number>(actors.map((a) => [a.id, 0]));
    for (const r of relations) {
      d.set(r.actorAId, (d.get(r.actorAId) ?? 0) + 1);
      d.set(r.actorBId, (d.get(r.actorBId) ?? 0) + 1);
    }
    return d;
  }, [actors, relations]);
  const betweenness = useMemo(() => new Map((analysis?.centrality ?? []).map((c) => [c.id, c.betweenness])), [analysis]);

  const weights = useMemo(() => {
    const source = sizeBy === 'degree' ? degree : sizeBy === 'betweenness' ? betweenness : null;
    if (!source) return new Map<string, number>();
    const max = Math.max(0, ...source.values());
    return new Map([...source].map(([id, v]) => [id, max > 0 ? v / max : 0]));
  }, [sizeBy, degree, betweenness]);

  const themes = useMemo(() => [...new Set(actors.flatMap((a) => a.themes))].sort((a, b) => a.localeCompare(b, 'nl')), [actors]);
  const shownActors = useMemo(() => actors.filter((a) => (!domain || a.domain === domain) && (!theme || a.themes.includes(theme))), [actors, domain, theme]);
  const visible = useMemo(() => new Set(shownActors.map((a) => a.id)), [shownActors]);
  const shownRelations = useMemo(() => relations.filter((r) => visible.has(r.actorAId) && visible.has(r.actorBId)), [relations, visible]);
  const domainCounts = useMemo(() => {
    const c = new Map<string, number>();
    for (const a of actors) c.set(a.domain, (c.get(a.domain) ?? 0) + 1);
    return DOMAINS.filter((d) => c.has(d)).map((d) => ({ domain: d, count: c.get(d)! }));
  }, [actors]);

  const selectedActor = actors.find((a) => a.id === selected) ?? null;
  const canEditAny = role === 'kartrekker';
  const canEnter = canEditAny || (role === 'partner' && myActorId !== null);

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
    if (from instanceof HTMLElement && from !== document.body && !from.closest('.wk-map, .wk-details')) returnFocus.current = from;
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
  const removeRelation = async (r: RelationView) => {
    setRemoveError(null);
    try {
      await del(`/api/networks/${networkId}/relations/${r.id}`);
      setNotice(t('relation.removed', { a: r.actorAName, b: r.actorBName }));
      reload();
    } catch (err) {
      setRemoveError(err);
    }
  };

  const mostConnected = [...degree].sort((a, b) => b[1] - a[1])[0];
  const mapLabel = t('map.ariaLabel', {
    actors: actors.length,
    relations: relations.length,
    domains: domainCounts.map((d) => `${domainLabel(t, d.domain)} ${d.count}`).join(', '),
    most: mostConnected && mostConnected[1] > 0 ? t('map.ariaMost', { name: actors.find((a) => a.id === mostConnected[0])?.name ?? '', count: mostConnected[1] }) : '',
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
              <SelectField label={t('map.filterDomain')} value={domain} onChange={(e) => setDomain(e.target.value)} options={[{ value: '', label: t('map.allDomains') }, ...domainCounts.map((d) => ({ value: d.domain, label: domainLabel(t, d.domain) }))]} />
              <SelectField label={t('map.filterTheme')} value={theme} onChange={(e) => setTheme(e.target.value)} options={[{ value: '', label: t('map.allThemes') }, ...themes.map((th) => ({ value: th, label: th }))]} />
            </div>
            <p className="utrecht-paragraph wk-meta" role="status">
              {t('map.shown', { actors: shownActors.length, total: actors.length, relations: shownRelations.length })}
            </p>
            <div className="wk-map-layout">
              <div className="wk-map-frame">
                <Suspense fallback={<Loading />}>
                  <MapCanvas nodes={nodes} edges={edges} weights={weights} visible={visible} selected={selected} onSelect={select} label={mapLabel} fallback={t('map.noWebgl')} />
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
                <p className="utrecht-paragraph wk-meta">{sizeBy === 'none' ? t('map.legendSizeNone') : t('map.legendSize', { measure: t(sizeBy === 'degree' ? 'map.size.degree' : 'map.size.betweenness') })}</p>
                {selectedActor ? (
                  <ActorDetails actor={selectedActor} relations={relations} degree={degree.get(selectedActor.id) ?? 0} betweenness={betweenness.get(selectedActor.id) ?? 0} headingRef={detailsHeading} onSelect={select} onClose={closeDetails} />
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
        <ActorTable actors={shownActors} degree={degree} betweenness={betweenness} analysed={analysis !== undefined} onSelect={select} />
        <ErrorAlert error={removeError} />
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

      <section aria-labelledby="relation-new-heading">
        <Heading level={2} id="relation-new-heading">
          {t('relation.newTitle')}
        </Heading>
        {canEnter && actors.length >= 2 ? (
          <>
            <Paragraph>{canEditAny ? t('relation.introLead') : t('relation.introPartner')}</Paragraph>
            <RelationForm
              networkId={networkId}
              actors={actors}
              relation={null}
              fixedActorId={canEditAny ? null : myActorId}
              onEditExisting={(r) => {
                setNotice('');
                setEditing(r);
              }}
              onDone={(r) => {
                setNotice(t('relation.created', { a: r.actorAName, b: r.actorBName }));
                reload();
              }}
            />
          </>
        ) : actors.length < 2 ? (
          <Paragraph>{t('relation.needTwo')}</Paragraph>
        ) : role === 'partner' ? (
          <Paragraph>
            {t('relation.actForFirst')} <TextLink to={`/netwerken/${networkId}/partners`}>{t('relation.toActsFor')}</TextLink>
          </Paragraph>
        ) : (
          <Paragraph>{t('relation.readOnly', { name: overview.network.name })}</Paragraph>
        )}
      </section>
      {analysis ? <p className="utrecht-paragraph wk-meta">{t('map.numbersNote', { density: decimal(analysis.density, locale) })}</p> : null}
    </>
  );
}

function ActorDetails({
  actor,
  relations,
  degree,
  betweenness,
  headingRef,
  onSelect,
  onClose,
}: {
  actor: ActorView;
  relations: RelationView[];
  degree: number;
  betweenness: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSelect: (id: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const own = relations.filter((r) => r.actorAId === actor.id || r.actorBId === actor.id);
  return (
    <section aria-labelledby="actor-details-heading" className="wk-details">
      <h3 id="actor-details-heading" ref={headingRef} tabIndex={-1} className="utrecht-heading-3">
        {actor.name}
      </h3>
      <dl className="wk-facts wk-facts--compact">
        <div>
          <dt>{t('actor.kind')}</dt>
          <dd>{kindLabel(t, actor.kind)}</dd>
        </div>
        <div>
          <dt>{t('actor.domain')}</dt>
          <dd>
            <span className="wk-legend__swatch" data-domain={actor.domain} aria-hidden="true" />
            {domainLabel(t, actor.domain)}
          </dd>
        </div>
        <div>
          <dt>{t('actor.themes')}</dt>
          <dd>{actor.themes.join(', ') || '—'}</dd>
        </div>
        {actor.targetGroups.length ? (
          <div>
            <dt>{t('actor.targetGroups')}</dt>
            <dd>{actor.targetGroups.join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('map.col.degree')}</dt>
          <dd>{degree}</dd>
        </div>
        <div>
          <dt>{t('map.col.betweenness')}</dt>
          <dd>{decimal(betweenness, locale, 3)}</dd>
        </div>
      </dl>
      <h4 className="utrecht-heading-4 wk-h4">{t('map.detailsRelations', { count: own.length })}</h4>
      {own.length === 0 ? (
        <p className="utrecht-paragraph">{t('map.detailsNone')}</p>
      ) : (
        <ul className="wk-list wk-details__relations">
          {own.map((r) => {
            const otherId = r.actorAId === actor.id ? r.actorBId : r.actorAId;
            const otherName = r.actorAId === actor.id ? r.actorBName : r.actorAName;
            return (
              <li key={r.id}>
                <button type="button" className="wk-linkbutton" onClick={() => onSelect(otherId)}>
                  {otherName}
                </button>
                <span className="wk-meta">
                  {' '}
                  — {[r.kind, r.frequency ? frequencyLabel(t, r.frequency) : '', r.quality ? qualityLabel(t, r.quality) : ''].filter(Boolean).join(', ') || t('map.detailsNoInfo')}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <Button variant="secondary" onClick={onClose}>
        {t('map.detailsClose')}
      </Button>
    </section>
  );
}

type ActorSort = 'name' | 'domain' | 'degree' | 'betweenness';

function ActorTable({ actors, degree, betweenness, analysed, onSelect }: { actors: ActorView[]; degree: Map<string, number>; betweenness: Map<string, number>; analysed: boolean; onSelect: (id: string) => void }) {
  const t = useT();
  const locale = useLocale();
  const { sort, toggle } = useSort<ActorSort>('name');
  const [all, setAll] = useState(false);
  const rows = useMemo(() => {
    const byName = (a: ActorView, b: ActorView) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' });
    const cmp = (a: ActorView, b: ActorView): number =>
      sort.key === 'name'
        ? byName(a, b)
        : sort.key === 'domain'
          ? domainLabel(t, a.domain).localeCompare(domainLabel(t, b.domain), 'nl')
          : sort.key === 'degree'
            ? (degree.get(a.id) ?? 0) - (degree.get(b.id) ?? 0)
            : (betweenness.get(a.id) ?? 0) - (betweenness.get(b.id) ?? 0);
    return [...actors].sort((a, b) => sort.dir * cmp(a, b) || byName(a, b));
  }, [actors, sort, degree, betweenness, t]);
  const shown = all || rows.length <= PAGE + 10 ? rows : rows.slice(0, PAGE);
  if (actors.length === 0) return <Paragraph>{t('map.noneShown')}</Paragraph>;
  return (
    <>
      <Table caption={t('map.actorsCaption')}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <SortHeader column="name" label={t('actor.name')} sort={sort} onSort={toggle} />
            <SortHeader column="domain" label={t('actor.domain')} sort={sort} onSort={toggle} />
            <SortHeader column="degree" label={t('map.col.degree')} sort={sort} onSort={toggle} firstDir={-1} />
            <SortHeader column="betweenness" label={t('map.col.betweenness')} sort={sort} onSort={toggle} firstDir={-1} />
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {shown.map((a) => (
            <tr key={a.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell wk-row-head">
                <button type="button" className="wk-linkbutton" aria-label={t('map.showDetails', { name: a.name })} onClick={() => onSelect(a.id)}>
                  {a.name}
                </button>
              </th>
              <td className="utrecht-table__cell" data-label={t('actor.domain')}>
                <span className="wk-legend__swatch" data-domain={a.domain} aria-hidden="true" />
                {domainLabel(t, a.domain)}
              </td>
              <td className="utrecht-table__cell wk-num" data-label={t('map.col.degree')}>{degree.get(a.id) ?? 0}</td>
              <td className="utrecht-table__cell wk-num" data-label={t('map.col.betweenness')}>{analysed ? decimal(betweenness.get(a.id) ?? 0, locale, 3) : '…'}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {shown.length < rows.length ? (
        <Button variant="secondary" onClick={() => setAll(true)}>
          {t('map.showAllActors', { count: rows.length })}
        </Button>
      ) : null}
    </>
  );
}

type RelationSort = 'a' | 'b' | 'kind' | 'frequency' | 'quality';

function RelationTable({ relations, onEdit, onRemove }: { relations: RelationView[]; onEdit: (r: RelationView) => void; onRemove: (r: RelationView) => void }) {
  const t = useT();
  const { sort, toggle } = useSort<RelationSort>('a');
  const [all, setAll] = useState(false);
  const anyEditable = relations.some((r) => r.editable);
  const rows = useMemo(() => {
    const text = (r: RelationView): string =>
      sort.key === 'a' ? r.actorAName : sort.key === 'b' ? r.actorBName : sort.key === 'kind' ? r.kind : frequencyLabel(t, r.frequency);
    const cmp = (a: RelationView, b: RelationView) =>
      sort.key === 'quality' ? (a.quality ?? 0) - (b.quality ?? 0) : text(a).localeCompare(text(b), 'nl', { sensitivity: 'base' });
    return [...relations].sort((a, b) => sort.dir * cmp(a, b) || a.actorAName.localeCompare(b.actorAName, 'nl') || a.actorBName.localeCompare(b.actorBName, 'nl'));
  }, [relations, sort, t]);
  const shown = all || rows.length <= PAGE + 10 ? rows : rows.slice(0, PAGE);
  if (relations.length === 0) return <Paragraph>{t('map.noRelations')}</Paragraph>;
  return (
    <>
      <Table caption={t('map.relationsCaption')}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <SortHeader column="a" label={t('map.col.partner')} sort={sort} onSort={toggle} />
            <SortHeader column="b" label={t('map.col.with')} sort={sort} onSort={toggle} />
            <SortHeader column="kind" label={t('relation.kind')} sort={sort} onSort={toggle} />
            <SortHeader column="frequency" label={t('relation.frequency')} sort={sort} onSort={toggle} />
            <SortHeader column="quality" label={t('relation.quality')} sort={sort} onSort={toggle} firstDir={-1} />
            {anyEditable ? <th scope="col" className="utrecht-table__header-cell">{t('common.actions')}</th> : null}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {shown.map((r) => {
            const pair = t('relation.pair', { a: r.actorAName, b: r.actorBName });
            return (
              <tr key={r.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell wk-row-head">{r.actorAName}</th>
                <td className="utrecht-table__cell" data-label={t('map.col.with')}>{r.actorBName}</td>
                <td className="utrecht-table__cell" data-label={t('relation.kind')}>{r.kind || '—'}</td>
                <td className="utrecht-table__cell" data-label={t('relation.frequency')}>{frequencyLabel(t, r.frequency)}</td>
                <td className="utrecht-table__cell" data-label={t('relation.quality')}>{qualityLabel(t, r.quality)}</td>
                {anyEditable ? (
                  <td className="utrecht-table__cell" data-label={t('common.actions')}>
                    {r.editable ? (
                      <div className="wk-cell-actions">
                        <Button variant="secondary" aria-label={`${t('relation.edit')}: ${pair}`} onClick={() => onEdit(r)}>
                          {t('relation.edit')}
                        </Button>
                        <ConfirmButton label={t('relation.remove')} about={pair} question={t('relation.removeQuestion', { pair })} confirmLabel={t('relation.removeConfirm')} onConfirm={() => onRemove(r)} />
                      </div>
                    ) : (
                      '—'
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </Table>
      {shown.length < rows.length ? (
        <Button variant="secondary" onClick={() => setAll(true)}>
          {t('map.showAllRelations', { count: rows.length })}
        </Button>
      ) : null}
    </>
  );
}
