import { useState, type FormEvent } from 'react';
import { formatDate, useLocale, useT } from '../../../../i18n';
import { post } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { CardItemView, ColumnGuide, PersonalCardView } from '../../../../api/vormgeven-types';
import { Button, ButtonGroup, ErrorAlert, TextAreaField } from '../../../../components/ui';
import { useNetwork } from '../../context';
import { apiBase } from '../shared';
import { ColumnHead, ItemRow, personName } from './CardItems';
import type { CreateJointItem } from '../../../../api/requests';
import { emptyRequired } from '../../../../components/required';

/** The joint card's column: items with where they came from; the kartrekker builds new ones. */
export function JointColumn({
  column,
  items,
  personal,
  lead,
  onDone,
}: {
  column: ColumnGuide;
  items: CardItemView[];
  personal: PersonalCardView[];
  lead: boolean;
  onDone: (m?: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const candidates = personal.flatMap((p) =>
    p.items.filter((i) => i.column === column.key).map((i) => ({ item: i, who: personName(p) })),
  );
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
                        {s.session ? (
                          <>
                            <span className="wk-strong">
                              {s.session.title
                                ? t('vg.card.fromSessionTitled', {
                                    title: s.session.title,
                                    date: formatDate(s.session.date, locale),
                                  })
                                : t('vg.card.fromSession', { date: formatDate(s.session.date, locale) })}
                            </span>{' '}
                            {s.session.authors.length
                              ? `(${s.session.authors.map((n) => (n === 'anoniem' ? t('ws.anonymous') : n)).join(', ')})`
                              : null}
                            : “{s.text}”
                          </>
                        ) : (
                          <>
                            <span className="wk-strong">{s.actorName ?? s.memberName}</span>
                            {s.actorName && s.memberName ? ` (${s.memberName})` : ''}: “{s.text}”
                          </>
                        )}
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
          <JointForm
            column={column}
            candidates={candidates}
            onDone={(m) => {
              setBuilding(false);
              onDone(m);
            }}
            onCancel={() => setBuilding(false)}
          />
        ) : (
          <Button
            variant="secondary"
            onClick={() => setBuilding(true)}
            aria-label={t('vg.card.buildIn', { column: column.title })}
          >
            {t('vg.card.build')}
          </Button>
        )
      ) : null}
    </div>
  );
}

/** Build a joint item from personal items (provenance) and your own wording. */
function JointForm({
  column,
  candidates,
  onDone,
  onCancel,
}: {
  column: ColumnGuide;
  candidates: { item: CardItemView; who: string }[];
  onDone: (m?: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { networkId } = useNetwork();
  const [picked, setPicked] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const form = useMutation();
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...picked, id] : picked.filter((x) => x !== id);
    setPicked(next);
    // Until you type yourself, the text follows what you picked: one item is taken over, several are joined.
    if (!touched)
      setText(
        candidates
          .filter((c) => next.includes(c.item.id))
          .map((c) => c.item.text)
          .join(' / '),
      );
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = emptyRequired(t, { text });
    if (missing) return form.invalid(missing);
    await form.run(async () => {
      await post(`${apiBase(networkId)}/card/joint`, {
        column: column.key,
        text,
        sourceItemIds: picked,
      } satisfies CreateJointItem);
      onDone(t('vg.card.jointAdded'));
    });
  };
  return (
    <form onSubmit={submit} noValidate className="wk-form wk-joint-form">
      <ErrorAlert error={form.error} />
      {candidates.length ? (
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('vg.card.pick', { column: column.title })}
          </legend>
          <ul className="wk-plain-list">
            {candidates.map((c) => (
              <li key={c.item.id}>
                <label className="wk-tagpick__option">
                  <input
                    type="checkbox"
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    checked={picked.includes(c.item.id)}
                    onChange={(e) => toggle(c.item.id, e.target.checked)}
                  />
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
        error={form.fields.text}
        onChange={(e) => {
          setTouched(true);
          setText(e.target.value);
        }}
      />
      <ButtonGroup>
        <Button type="submit" busy={form.busy}>
          {t('vg.card.jointSave')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
