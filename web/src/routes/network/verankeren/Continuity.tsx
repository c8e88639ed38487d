import '../../../styles/cases.css';
import { useState, type FormEvent } from 'react';
import { formatDate, useLocale, useT } from '../../../i18n';
import { post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import { useResource } from '../../../api/useResource';
import type { ContinuityListView, CreateContinuityItem } from '../../../api/cases-types';
import { PageTitle } from '../../../components/page';
import { Alert, Button, ErrorAlert, Heading, Loading, Paragraph, TextField } from '../../../components/ui';
import { useNetwork } from '../context';
import { apiBase } from './shared';
import { ItemForm } from './continuity/ItemForm';
import { emptyRequired } from '../../../components/required';

/** Borging: the continuity checklist for life after the project, each point with status, owner and date. */
export default function Continuity() {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const list = useResource<ContinuityListView>(`${apiBase(networkId)}/continuity`, networkId);
  const [notice, setNotice] = useState('');
  const [title, setTitle] = useState('');
  const add = useMutation();
  const canEdit = role !== 'meekijker';
  const data = list.data;

  const done = (message: string) => {
    setNotice(message);
    list.reload();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = emptyRequired(t, { title });
    if (missing) return add.invalid(missing);
    await add.run(async () => {
      await post(`${apiBase(networkId)}/continuity`, { title } satisfies CreateContinuityItem);
      setTitle('');
      done(t('bg.added'));
    });
  };

  return (
    <>
      <PageTitle title={t('bg.title')} />
      <Paragraph lead>{t('bg.lead')}</Paragraph>
      <ErrorAlert error={list.error} />
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      {!canEdit ? <Paragraph>{t('bg.readOnly')}</Paragraph> : null}
      {!data ? (
        <Loading />
      ) : (
        <>
          <Paragraph>
            {t('bg.counts', { ...data.counts })}
            {data.counts.overdue > 0 ? ` ${t('bg.overdueCount', { n: data.counts.overdue })}` : ''}
          </Paragraph>
          {data.items.length === 0 ? (
            <Paragraph>{t('bg.none')}</Paragraph>
          ) : (
            <ul className="wk-continuity">
              {data.items.map((item) => (
                <li key={item.id} className="wk-continuity__item">
                  <Heading level={2} id={`item-${item.id}`}>
                    {item.title}
                  </Heading>
                  {item.description ? <Paragraph>{item.description}</Paragraph> : null}
                  {item.overdue && item.dueOn ? (
                    <Paragraph>
                      <span className="wk-badge wk-badge--warning">
                        {t('bg.overdue')}: {formatDate(item.dueOn, locale)}
                      </span>
                    </Paragraph>
                  ) : null}
                  <ItemForm key={item.id} item={item} owners={data.owners} onDone={done} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {canEdit ? (
        <section aria-labelledby="add-item-heading">
          <Heading level={2} id="add-item-heading">
            {t('bg.addTitle')}
          </Heading>
          <form onSubmit={submit} noValidate>
            <ErrorAlert error={add.error} />
            <TextField
              id="new-item-title"
              label={t('bg.addName')}
              required
              maxLength={200}
              value={title}
              error={add.fields.title}
              onChange={(e) => setTitle(e.target.value)}
            />
            <Button type="submit" busy={add.busy}>
              {t('bg.add')}
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
