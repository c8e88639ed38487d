import { useState } from 'react';
import { useLocale, useT } from '../../../../i18n';
import type { CaseView } from '../../../../api/cases-types';
import { Heading, SelectField, Table } from '../../../../components/ui';
import { euro } from '../shared';

/** A case beside another (a copy and its variation): the effect per payer in both, and the difference. */
export function CaseCompare({ view, cases }: { view: CaseView; cases: CaseView[] }) {
  const t = useT();
  const locale = useLocale();
  const others = cases.filter((c) => c.id !== view.id);
  const [otherId, setOtherId] = useState('');
  const other = others.find((c) => c.id === otherId);
  if (others.length === 0) return null;
  const e = (n: number) => euro(n, locale);
  const names = new Map<string, string>();
  for (const p of [...view.payers, ...(other?.payers ?? [])]) names.set(p.payer, p.payerName);
  const effect = (c: CaseView, payer: string) => c.payers.find((p) => p.payer === payer)?.effect ?? 0;
  return (
    <section aria-labelledby="compare-heading">
      <Heading level={3} id="compare-heading">
        {t('cs.compareTitle')}
      </Heading>
      <SelectField
        id="case-compare"
        label={t('cs.compareWith')}
        value={otherId}
        onChange={(ev) => setOtherId(ev.target.value)}
        options={[{ value: '', label: t('cs.compareNone') }, ...others.map((c) => ({ value: c.id, label: c.name }))]}
      />
      {other ? (
        <Table caption={t('cs.compareCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('cs.payer')}</th>
              <th scope="col">{view.name}</th>
              <th scope="col">{other.name}</th>
              <th scope="col">{t('cs.compareDiff')}</th>
            </tr>
          </thead>
          <tbody>
            {[...names.entries()].map(([payer, name]) => (
              <tr key={payer}>
                <th scope="row" data-label={t('cs.payer')}>
                  {name}
                </th>
                <td data-label={view.name}>{e(effect(view, payer))}</td>
                <td data-label={other.name}>{e(effect(other, payer))}</td>
                <td data-label={t('cs.compareDiff')}>{e(effect(other, payer) - effect(view, payer))}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" data-label={t('cs.payer')}>
                {t('cs.total')}
              </th>
              <td data-label={view.name}>{e(view.total.effect)}</td>
              <td data-label={other.name}>{e(other.total.effect)}</td>
              <td data-label={t('cs.compareDiff')}>{e(other.total.effect - view.total.effect)}</td>
            </tr>
          </tbody>
        </Table>
      ) : null}
    </section>
  );
}
