import { useState, type KeyboardEvent } from 'react';
import { useT } from '../../../../i18n';
import { ApiError, del, post } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { TermView } from '../../../../api/vormgeven-types';
import { Button, ErrorAlert, Fieldset, TextField } from '../../../../components/ui';
import { useNetwork } from '../../context';
import { apiBase } from '../shared';
import type { CreateTerm } from '../../../../api/requests';

/** Pick target groups or themes from the network's vocabulary, or add a word to it. */
export function TagPicker({
  legend,
  description,
  kind,
  terms,
  selected,
  onChange,
  onVocabulary,
  idBase,
}: {
  legend: string;
  description: string;
  kind: 'targetGroup' | 'theme';
  terms: TermView[];
  selected: string[];
  onChange: (next: string[]) => void;
  onVocabulary: () => void;
  idBase: string;
}) {
  const t = useT();
  const { networkId, role } = useNetwork();
  const [term, setTerm] = useState('');
  const vocabularyChange = useMutation();
  const labels = [...terms.map((x) => x.label), ...selected.filter((s) => !terms.some((x) => x.label === s))];
  const toggle = (label: string, on: boolean) =>
    onChange(on ? [...selected, label] : selected.filter((s) => s !== label));

  const add = async () => {
    const label = term.trim().replace(/\s+/g, ' ').toLowerCase();
    if (!label) return;
    await vocabularyChange.run(async () => {
      try {
        await post(`${apiBase(networkId)}/vocabulary`, { kind, label } satisfies CreateTerm);
        onVocabulary();
      } catch (err) {
        // The word is in the vocabulary already: just pick it.
        if (!(err instanceof ApiError && err.status === 409)) throw err;
      }
      if (!selected.includes(label)) onChange([...selected, label]);
      setTerm('');
    });
  };
  const removeTerm = (termId: string) =>
    vocabularyChange.run(async () => {
      await del(`${apiBase(networkId)}/vocabulary/${termId}`);
      onVocabulary();
    });
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void add();
    }
  };

  return (
    <Fieldset legend={legend} description={description}>
      <ul className="wk-tagpick">
        {labels.map((label) => {
          const custom = terms.find((x) => x.label === label && x.custom && x.id);
          return (
            <li key={label} className="wk-tagpick__item">
              <label className="wk-tagpick__option">
                <input
                  type="checkbox"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  checked={selected.includes(label)}
                  onChange={(e) => toggle(label, e.target.checked)}
                />
                <span>{label}</span>
              </label>
              {custom && role === 'kartrekker' ? (
                <Button
                  variant="subtle"
                  className="wk-tagpick__remove"
                  onClick={() => void removeTerm(custom.id!)}
                  aria-label={t('vg.tags.removeOf', { label })}
                >
                  {t('vg.tags.remove')}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="wk-inline-form">
        <TextField
          id={`${idBase}-new`}
          label={kind === 'targetGroup' ? t('vg.tags.newTargetGroup') : t('vg.tags.newTheme')}
          value={term}
          maxLength={60}
          onChange={(e) => setTerm(e.target.value)}
          onKeyDown={onKey}
        />
        <Button variant="secondary" onClick={() => void add()}>
          {t('vg.tags.add')}
        </Button>
      </div>
      <ErrorAlert error={vocabularyChange.error} />
    </Fieldset>
  );
}
