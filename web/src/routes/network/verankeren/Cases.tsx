import '../../../styles/cases.css';
import { useState, type FormEvent } from 'react';
import { useLocale, useT } from '../../../i18n';
import { del, post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import { useResource } from '../../../api/useResource';
import type { CaseListView, CaseView, CreateCase } from '../../../api/cases-types';
import { PageTitle } from '../../../components/page';
import { ConfirmButton } from '../../../components/ConfirmButton';
import {
  Alert,
  Button,
  ButtonGroup,
  ButtonLink,
  ErrorAlert,
  Heading,
  Loading,
  Paragraph,
  Table,
  TextField,
} from '../../../components/ui';
import { useNetwork } from '../context';
import { apiBase, euro, usePrices } from './shared';
import { CaseFigures } from './cases/CaseFigures';
import { CaseEditor } from './cases/CaseEditor';
import { CaseCompare } from './cases/CaseCompare';
import { emptyRequired } from '../../../components/required';

/** The case method: cases of a typical resident, each with two priced timelines; copy, vary and compare. */
export default function Cases() {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const cases = useResource<CaseListView>(`${apiBase(networkId)}/cases`, networkId);
  const prices = usePrices(networkId);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const [name, setName] = useState('');
  const action = useMutation();
  const canEdit = role !== 'meekijker';
  const e = (n: number) => euro(n, locale);
  const list = cases.data?.cases ?? [];
  const current = list.find((c) => c.id === selected) ?? list[0];

  const open = (id: string, message = '') => {
    setSelected(id);
    setEditing(false);
    setNotice(message);
    cases.reload();
  };

  const create = async (ev: FormEvent) => {
    ev.preventDefault();
    const missing = emptyRequired(t, { name });
    if (missing) return action.invalid(missing);
    await action.run(async () => {
      const created = await post<CaseView>(`${apiBase(networkId)}/cases`, { name } satisfies CreateCase);
      setName('');
      open(created.id, t('cs.created'));
      setEditing(true);
    });
  };
  const copy = (c: CaseView) =>
    action.run(async () => {
      const made = await post<CaseView>(`${apiBase(networkId)}/cases/${c.id}/copy`, {});
      open(made.id, t('cs.copied'));
    });
  const remove = (c: CaseView) =>
    action.run(async () => {
      await del(`${apiBase(networkId)}/cases/${c.id}`);
      setSelected(null);
      setNotice(t('cs.removed'));
      cases.reload();
    });

  return (
    <>
      <PageTitle title={t('cs.title')} />
      <Paragraph lead>{t('cs.lead')}</Paragraph>
      <ErrorAlert error={cases.error ?? action.error} />
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      {!cases.data ? (
        <Loading />
      ) : list.length === 0 ? (
        <Paragraph>{t('cs.none')}</Paragraph>
      ) : (
        <Table caption={t('cs.listCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('cs.name')}</th>
              <th scope="col">{t('cs.residents')}</th>
              <th scope="col">{t('cs.effectOne')}</th>
              <th scope="col">{t('cs.effectAll')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((c) => (
              <tr key={c.id} aria-current={c.id === current?.id ? 'true' : undefined}>
                <th scope="row" data-label={t('cs.name')}>
                  <Button variant="subtle" onClick={() => open(c.id)}>
                    {c.name}
                  </Button>
                </th>
                <td data-label={t('cs.residents')}>{t('cs.residentsCount', { n: c.residents })}</td>
                <td data-label={t('cs.effectOne')}>{e(c.total.effect)}</td>
                <td data-label={t('cs.effectAll')}>{e(c.total.effect * c.residents)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {cases.data?.aggregate && list.length > 1 ? (
        <section aria-labelledby="agg-heading">
          <Heading level={2} id="agg-heading">
            {t('cs.aggTitle')}
          </Heading>
          <Paragraph>
            {t('cs.aggText', { cases: cases.data.aggregate.cases, residents: cases.data.aggregate.residents })}
          </Paragraph>
          <Table caption={t('cs.aggCaption')}>
            <thead>
              <tr>
                <th scope="col">{t('cs.payer')}</th>
                <th scope="col">{t('cs.mean')}</th>
                <th scope="col">{t('cs.median')}</th>
                <th scope="col">{t('cs.totalAll')}</th>
              </tr>
            </thead>
            <tbody>
              {[
                ...cases.data.aggregate.payers,
                { payer: '', payerName: t('cs.total'), ...cases.data.aggregate.total },
              ].map((p) => (
                <tr key={p.payer || 'total'}>
                  <th scope="row" data-label={t('cs.payer')}>
                    {p.payerName}
                  </th>
                  <td data-label={t('cs.mean')}>{e(p.mean)}</td>
                  <td data-label={t('cs.median')}>{e(p.median)}</td>
                  <td data-label={t('cs.totalAll')}>{e(p.total)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      ) : null}
      {current ? (
        <section aria-labelledby="case-heading" className="wk-case">
          <Heading level={2} id="case-heading">
            {current.name}
          </Heading>
          {editing && prices.data && current.id === selected ? (
            <CaseEditor
              key={current.id}
              view={current}
              prices={prices.data}
              onDone={(message) => open(current.id, message ?? '')}
            />
          ) : (
            <>
              <ButtonGroup>
                {canEdit ? (
                  <>
                    <Button
                      onClick={() => {
                        setSelected(current.id);
                        setEditing(true);
                      }}
                    >
                      {t('cs.edit')}
                    </Button>
                    <Button variant="secondary" busy={action.busy} onClick={() => copy(current)}>
                      {t('cs.copy')}
                    </Button>
                  </>
                ) : null}
                <ButtonLink
                  variant="secondary"
                  to={`/netwerken/${networkId}/verankeren/casussen/${current.id}/scherm`}
                  target="_blank"
                  rel="noopener"
                  aria-describedby="case-screen-hint"
                >
                  {t('cs.screen.open')}
                </ButtonLink>
                {canEdit && role === 'kartrekker' ? (
                  <ConfirmButton
                    label={t('cs.remove')}
                    about={current.name}
                    question={t('cs.removeQuestion')}
                    confirmLabel={t('cs.remove')}
                    onConfirm={() => remove(current)}
                  />
                ) : null}
              </ButtonGroup>
              <p id="case-screen-hint" className="utrecht-paragraph utrecht-paragraph--small">
                {t('cs.screen.openHint')}
              </p>
              <CaseFigures view={current} />
              <CaseCompare key={current.id} view={current} cases={list} />
            </>
          )}
        </section>
      ) : null}
      {canEdit ? (
        <section aria-labelledby="new-case-heading">
          <Heading level={2} id="new-case-heading">
            {t('cs.new')}
          </Heading>
          <form onSubmit={create} noValidate>
            <TextField
              id="new-case-name"
              label={t('cs.newName')}
              description={t('cs.newNameHint')}
              value={name}
              required
              maxLength={200}
              error={action.fields.name}
              onChange={(ev) => setName(ev.target.value)}
            />
            <Button type="submit" busy={action.busy}>
              {t('cs.create')}
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
