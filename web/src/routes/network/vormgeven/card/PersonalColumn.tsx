import { useState, type FormEvent } from 'react';
import { useT } from '../../../../i18n';
import { post } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { CardItemView, ColumnGuide } from '../../../../api/vormgeven-types';
import { Button, ErrorAlert, TextAreaField } from '../../../../components/ui';
import { useNetwork } from '../../context';
import { apiBase } from '../shared';
import { ColumnHead, ItemRow } from './CardItems';
import { emptyRequired } from '../../../../components/required';

/** Your own items in one column, and a form to add one. */
export function PersonalColumn({
  column,
  items,
  onDone,
}: {
  column: ColumnGuide;
  items: CardItemView[];
  onDone: (m?: string) => void;
}) {
  const t = useT();
  const { networkId } = useNetwork();
  const [text, setText] = useState('');
  const form = useMutation();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = emptyRequired(t, { text });
    if (missing) return form.invalid(missing);
    await form.run(async () => {
      await post(`${apiBase(networkId)}/card/personal`, { column: column.key, text });
      setText('');
      onDone(t('vg.card.itemAdded'));
    });
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
        <ErrorAlert error={form.error} />
        <TextAreaField
          id={`personal-${column.key}`}
          label={t('vg.card.newItem', { column: column.title })}
          description={column.prompt ?? undefined}
          rows={2}
          maxLength={500}
          value={text}
          error={form.fields.text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button type="submit" variant="secondary" busy={form.busy}>
          {t('vg.card.addItem')}
        </Button>
      </form>
    </div>
  );
}
