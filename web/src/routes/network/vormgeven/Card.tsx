import { useState, type FormEvent, type ReactNode } from 'react';
import { useT, useLocale, formatDate } from '../../../i18n';
import { ApiError, del, patch, post, put } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import type { CardItemView, CardView, ColumnGuide, PersonalCardView, VersionView } from '../../../api/vormgeven-types';
import { roleAtLeast } from '@domain/vocabulary.ts';
import { PageTitle } from '../../../components/page';
import { Alert, Button, ButtonGroup, ErrorAlert, Heading, Loading, Paragraph, TextAreaField, TextLink } from '../../../components/ui';
import { useNetwork } from '../context';
import { apiBase, useCard, useMyMemberId } from './shared';
import { ConsentList, Downloads } from './CardVersion';
import { ConfirmButton } from '../../../components/ConfirmButton';

/** The partnership card: personal cards, the joint card with provenance, versions and consent. */
export default function Card() {
  const t = useT();
  const { networkId, role } = useNetwork();
  const card = useCard(networkId);
  const myMemberId = useMyMemberId();
  const lead = role === 'kartrekker';
  const canWrite = roleAtLeast(role, 'partner');
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);

  if (!card.data) {
    return (
      <>
        <PageTitle title={t('vg.card.title')} />
        {card.error ? <ErrorAlert error={card.error} /> : <Loading />}
      </>
    );
  }
  const data = card.data;
  const mine = data.personal.find((p) => p.memberId === myMemberId);
  const others = data.personal.filter((p) => p.memberId !== myMemberId && p.items.length > 0);
  const personalColumns = data.mode === 'short' ? data.columns.filter((c) => c.key === 'waarden') : data.columns;
  const done = (msg?: string) => {
    if (msg) setNotice(msg);
    setError(null);
    card.reload();
  };

  return (
    <>
      <PageTitle title={t('vg.card.title')} />
      <Paragraph lead>{t('vg.card.lead')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={error} />

      <ModePanel data={data} lead={lead} onDone={done} onError={setError} />

      {canWrite ? (
        <section aria-labelledby="personal-heading">
          <Heading level={2} id="personal-heading">
            {t('vg.card.personalTitle')}
          </Heading>
          <Paragraph>{data.mode === 'short' ? t('vg.card.personalShort') : t('vg.card.personalFull')}</Paragraph>
          <div className={`wk-board ${personalColumns.length === 1 ? 'wk-board--one' : ''}`}>
            {personalColumns.map((c) => (
              <PersonalColumn key={c.key} column={c} items={(mine?.items ?? []).filter((i) => i.column === c.key)} onDone={done} />
            ))}
          </div>
        </section>
      ) : null}

      <section aria-labelledby="joint-heading">
        <Heading level={2} id="joint-heading">
          {t('vg.card.jointTitle')}
        </Heading>
        <Paragraph>{lead ? t('vg.card.jointLead') : t('vg.card.jointExplain')}</Paragraph>
        <div className="wk-board">
          {data.columns.map((c) => (
            <JointColumn key={c.key} column={c} items={data.joint.filter((i) => i.column === c.key)} personal={data.personal} lead={lead} onDone={done} />
          ))}
        </div>
      </section>

      <VersionsSection data={data} lead={lead} canWrite={canWrite} onDone={done} onError={setError} />

      {others.length ? (
        <section aria-labelledby="others-heading">
          <Heading level={2} id="others-heading">
            {t('vg.card.othersTitle')}
          </Heading>
          <ul className="wk-cards">
            {others.map((p) => (
              <li key={p.memberId} className="wk-card">
                <Heading level={3}>{personName(p)}</Heading>
                {data.columns
                  .filter((c) => p.items.some((i) => i.column === c.key))
                  .map((c) => (
                    <div key={c.key}>
                      <p className="utrecht-paragraph wk-strong wk-column-label">{c.title}</p>
                      <ul className="wk-plain-list wk-items">
                        {p.items
                          .filter((i) => i.column === c.key)
                          .map((i) => (
                            <li key={i.id}>{i.text}</li>
                          ))}
                      </ul>
                    </div>
                  ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

const personName = (p: PersonalCardView) => (p.actorName ? `${p.memberName} (${p.actorName})` : p.memberName);

function ColumnHead({ column }: { column: ColumnGuide }) {
  const t = useT();
  return (
    <>
      <h3 className="utrecht-heading-3 wk-column__title">{column.title}</h3>
      {column.prompt ? <p className="utrecht-paragraph wk-column__prompt">{column.prompt}</p> : null}
      <details className="wk-column__questions">
        <summary>{t('vg.card.questions')}</summary>
        <ul>
          {column.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </details>
    </>
  );
}

function ModePanel({ data, lead, onDone, onError }: { data: CardView; lead: boolean; onDone: (m?: string) => void; onError: (e: unknown) => void }) {
  const t = useT();
  const { networkId } = useNetwork();
  const [busy, setBusy] = useState(false);
  const setMode = async (mode: 'full' | 'short') => {
    setBusy(true);
    try {
      await put(`${apiBase(networkId)}/card/mode`, { mode, version: data.modeVersion });
      onDone(mode === 'short' ? t('vg.card.modeShortSet') : t('vg.card.modeFullSet'));
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="wk-panel">
      <p className="utrecht-paragraph">
        <span className="wk-strong">{t('vg.card.modeLabel')} </span>
        {data.mode === 'short' ? t('vg.card.modeShort') : t('vg.card.modeFull')}
      </p>
      {lead ? (
        <Button variant="secondary" busy={busy} onClick={() => setMode(data.mode === 'short' ? 'full' : 'short')}>
          {data.mode === 'short' ? t('vg.card.toFull') : t('vg.card.toShort')}
        </Button>
      ) : null}
    </div>
  );
}

function PersonalColumn({ column, items, onDone }: { column: ColumnGuide; items: CardItemView[]; onDone: (m?: string) => void }) {
  const t = useT();
  const { networkId } = useNetwork();
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await post(`${apiBase(networkId)}/card/personal`, { column: column.key, text });
      setText('');
      onDone(t('vg.card.itemAdded'));
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="wk-column">
      <ColumnHead column={column} />
      {items.length ? (
        <ul className="wk-items">
          {items.map((i) => (
            <ItemRow key={i.id} item={i} onDone={onDone} />
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph wk-meta">{t('vg.card.noItems')}</p>
      )}
      <form onSubmit={submit} noValidate className="wk-form wk-column__form">
        <ErrorAlert error={error} />
        <TextAreaField
          id={`personal-${column.key}`}
          label={t('vg.card.newItem', { column: column.title })}
          description={column.prompt ?? undefined}
          rows={2}
          maxLength={500}
          value={text}
          error={error?.fields.text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button type="submit" variant="secondary" busy={busy}>
          {t('vg.card.addItem')}
        </Button>
      </form>
    </div>
  );
}

function ItemRow({ item, onDone, children }: { item: CardItemView; onDone: (m?: string) => void; children?: ReactNode }) {
  const t = useT();
  const { networkId } = useNetwork();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const [error, setError] = useState<ApiError | null>(null);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await patch(`${apiBase(networkId)}/card/items/${item.id}`, { text, version: item.version });
      setEditing(false);
      onDone(t('vg.card.itemSaved'));
    } catch (err) {
      setError(err as ApiError);
    }
  };
  const remove = async () => {
    setError(null);
    try {
      await del(`${apiBase(networkId)}/card/items/${item.id}`);
      onDone(t('vg.card.itemRemoved'));
    } catch (err) {
      setError(err as ApiError);
    }
  };
  return (
    <li className="wk-item">
      {editing ? (
        <form onSubmit={save} noValidate className="wk-form">
          <ErrorAlert error={error} />
          <TextAreaField id={`edit-${item.id}`} label={t('vg.card.editItem')} rows={2} maxLength={500} value={text} error={error?.fields.text} onChange={(e) => setText(e.target.value)} />
          <ButtonGroup>
            <Button type="submit">{t('vg.card.saveItem')}</Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <>
          <p className="utrecht-paragraph wk-item__text">{item.text}</p>
          {children}
          {item.editable ? (
            <div className="wk-item__tools">
              <Button variant="subtle" onClick={() => setEditing(true)} aria-label={`${t('vg.common.edit')}: ${item.text}`}>
                {t('vg.common.edit')}
              </Button>
              <ConfirmButton
                label={t('vg.card.removeItem')}
                about={item.text}
                question={t('common.removeSure')}
                confirmLabel={t('common.removeConfirm')}
                onConfirm={remove}
              />
            </div>
          ) : null}
          <ErrorAlert error={error} />
        </>
      )}
    </li>
  );
}

function JointColumn({ column, items, personal, lead, onDone }: { column: ColumnGuide; items: CardItemView[]; personal: PersonalCardView[]; lead: boolean; onDone: (m?: string) => void }) {
  const t = useT();
  const candidates = personal.flatMap((p) => p.items.filter((i) => i.column === column.key).map((i) => ({ item: i, who: personName(p) })));
  const [building, setBuilding] = useState(false);
  return (
    <div className="wk-column wk-column--joint">
      <ColumnHead column={column} />
      {items.length ? (
        <ul className="wk-items">
          {items.map((i) => (
            <ItemRow key={i.id} item={i} onDone={onDone}>
              {i.sources.length ? (
                <div className="wk-sources">
                  <p className="utrecht-paragraph wk-sources__label">{t('vg.card.cameFrom')}</p>
                  <ul className="wk-plain-list">
                    {i.sources.map((s) => (
                      <li key={s.itemId}>
                        <span className="wk-strong">{s.actorName ?? s.memberName}</span>
                        {s.actorName && s.memberName ? ` (${s.memberName})` : ''}: “{s.text}”
                      </li>
                    ))}
                  </ul>
                </div>
              ) : (
                <p className="utrecht-paragraph wk-meta">{t('vg.card.noSources')}</p>
              )}
            </ItemRow>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph wk-meta">{t('vg.card.jointEmpty')}</p>
      )}
      {lead ? (
        building ? (
          <JointForm column={column} candidates={candidates} onDone={(m) => { setBuilding(false); onDone(m); }} onCancel={() => setBuilding(false)} />
        ) : (
          <Button variant="secondary" onClick={() => setBuilding(true)} aria-label={t('vg.card.buildIn', { column: column.title })}>
            {t('vg.card.build')}
          </Button>
        )
      ) : null}
    </div>
  );
}

function JointForm({ column, candidates, onDone, onCancel }: { column: ColumnGuide; candidates: { item: CardItemView; who: string }[]; onDone: (m?: string) => void; onCancel: () => void }) {
  const t = useT();
  const { networkId } = useNetwork();
  const [picked, setPicked] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...picked, id] : picked.filter((x) => x !== id);
    setPicked(next);
    // Until you type yourself, the text follows what you picked: one item is taken over, several are joined.
    if (!touched) setText(candidates.filter((c) => next.includes(c.item.id)).map((c) => c.item.text).join(' / '));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await post(`${apiBase(networkId)}/card/joint`, { column: column.key, text, sourceItemIds: picked });
      onDone(t('vg.card.jointAdded'));
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="wk-form wk-joint-form">
      <ErrorAlert error={error} />
      {candidates.length ? (
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('vg.card.pick', { column: column.title })}</legend>
          <ul className="wk-plain-list">
            {candidates.map((c) => (
              <li key={c.item.id}>
                <label className="wk-tagpick__option">
                  <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={picked.includes(c.item.id)} onChange={(e) => toggle(c.item.id, e.target.checked)} />
                  <span>
                    <span className="wk-strong">{c.who}:</span> {c.item.text}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : (
        <p className="utrecht-paragraph wk-meta">{t('vg.card.noCandidates')}</p>
      )}
      <TextAreaField
        id={`joint-${column.key}`}
        label={t('vg.card.jointText')}
        description={t('vg.card.jointTextHint')}
        rows={3}
        maxLength={500}
        value={text}
        error={error?.fields.text}
        onChange={(e) => {
          setTouched(true);
          setText(e.target.value);
        }}
      />
      <ButtonGroup>
        <Button type="submit" busy={busy}>
          {t('vg.card.jointSave')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function VersionsSection({ data, lead, canWrite, onDone, onError }: { data: CardView; lead: boolean; canWrite: boolean; onDone: (m?: string) => void; onError: (e: unknown) => void }) {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const [busy, setBusy] = useState(false);
  const latestId = data.latestVersion?.id ?? null;
  const latest = useResource<VersionView>(latestId ? `${apiBase(networkId)}/card/versions/${latestId}` : null, networkId);
  const publish = async () => {
    setBusy(true);
    try {
      const v = await post<VersionView>(`${apiBase(networkId)}/card/versions`);
      onDone(t('vg.card.published', { number: v.number }));
      latest.reload();
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  const consent = async () => {
    if (!latestId) return;
    setBusy(true);
    try {
      await post(`${apiBase(networkId)}/card/versions/${latestId}/consent`);
      onDone(t('vg.card.consented', { party: data.yourParty.name }));
      latest.reload();
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  const myConsent = latest.data?.consents.find((c) => c.party === data.yourParty.party);
  return (
    <section aria-labelledby="versions-heading">
      <Heading level={2} id="versions-heading">
        {t('vg.card.versionsTitle')}
      </Heading>
      <Paragraph>{t('vg.card.versionsExplain')}</Paragraph>
      {data.latestVersion ? (
        <div className="wk-panel">
          <Heading level={3}>{t('vg.card.latest', { number: data.latestVersion.number, date: formatDate(data.latestVersion.publishedAt, locale) })}</Heading>
          {data.changedSincePublished ? <Alert type="warning">{t('vg.card.changedSince')}</Alert> : null}
          {latest.data ? (
            <>
              <ConsentList version={latest.data} />
              {canWrite && myConsent && !myConsent.consented && latest.data.isLatest ? (
                <Button busy={busy} onClick={consent}>
                  {t('vg.card.giveConsent', { party: data.yourParty.name })}
                </Button>
              ) : null}
            </>
          ) : (
            <Loading />
          )}
          <Paragraph>
            <TextLink to={`/netwerken/${networkId}/vormgeven/kaart/versie/${data.latestVersion.id}`}>{t('vg.card.readVersion', { number: data.latestVersion.number })}</TextLink>
          </Paragraph>
          <Downloads base={`${apiBase(networkId)}/card/versions/${data.latestVersion.id}/documents`} label={t('vg.card.versionDocs', { number: data.latestVersion.number })} />
        </div>
      ) : (
        <Paragraph>{t('vg.card.noVersion')}</Paragraph>
      )}
      {lead ? (
        data.changedSincePublished || !data.latestVersion ? (
          <Paragraph>
            <Button busy={busy} onClick={publish}>
              {t('vg.card.publish')}
            </Button>
          </Paragraph>
        ) : (
          <Paragraph small>{t('vg.card.nothingChanged', { number: data.latestVersion.number })}</Paragraph>
        )
      ) : null}
      <Downloads base={`${apiBase(networkId)}/documents`} label={t('vg.card.draftDocs')} />
      {data.versions.length > 1 ? (
        <>
          <Heading level={3}>{t('vg.card.earlier')}</Heading>
          <ul className="wk-plain-list">
            {data.versions
              .filter((v) => v.id !== latestId)
              .map((v) => (
                <li key={v.id}>
                  <TextLink to={`/netwerken/${networkId}/vormgeven/kaart/versie/${v.id}`}>{t('vg.card.versionLine', { number: v.number, date: formatDate(v.publishedAt, locale), consented: v.consented, parties: v.parties })}</TextLink>
                </li>
              ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
