import { useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '../../../../i18n';
import { del, patch } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { CardItemView, ColumnGuide, PersonalCardView } from '../../../../api/vormgeven-types';
import { ConfirmButton } from '../../../../components/ConfirmButton';
import { Button, ButtonGroup, ErrorAlert, TextAreaField } from '../../../../components/ui';
import { useNetwork } from '../../context';
import { apiBase } from '../shared';
import type { UpdateCardItem } from '../../../../api/requests';
import { emptyRequired } from '../../../../components/required';

export const personName = (p: PersonalCardView) => (p.actorName ? `${p.memberName} (${p.actorName})` : p.memberName);

/** A column's title, its prompt and the toolbox's questions for it. */
export function ColumnHead({ column }: { column: ColumnGuide }) {
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

/** One item of a card, editable and removable by whoever may change it. */
export function ItemRow({
  item,
  onDone,
  children,
}: {
  item: CardItemView;
  onDone: (m?: string) => void;
  children?: ReactNode;
}) {
  const t = useT();
  const { networkId } = useNetwork();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  // The item's version comes fresh from the live card, not from the form's start.
  const change = useMutation();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const missing = emptyRequired(t, { text });
    if (missing) return change.invalid(missing);
    await change.run(async () => {
      await patch(`${apiBase(networkId)}/card/items/${item.id}`, {
        text,
        version: item.version,
      } satisfies UpdateCardItem);
      setEditing(false);
      onDone(t('vg.card.itemSaved'));
    });
  };
  const remove = () =>
    change.run(async () => {
      await del(`${apiBase(networkId)}/card/items/${item.id}`);
      onDone(t('vg.card.itemRemoved'));
    });
  return (
    <li className="wk-item">
      {editing ? (
        <form onSubmit={save} noValidate className="wk-form">
          <ErrorAlert error={change.error} />
          <TextAreaField
            id={`edit-${item.id}`}
            label={t('vg.card.editItem')}
            rows={2}
            maxLength={500}
            value={text}
            error={change.fields.text}
            onChange={(e) => setText(e.target.value)}
          />
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
              <Button
                variant="subtle"
                onClick={() => setEditing(true)}
                aria-label={`${t('vg.common.edit')}: ${item.text}`}
              >
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
          <ErrorAlert error={change.error} />
        </>
      )}
    </li>
  );
}
