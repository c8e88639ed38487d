import { useEffect, useRef, useState } from 'react';
import { useT, type MessageKey } from '../../../i18n';
import { del } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import { useResource } from '../../../api/useResource';
import type { FunctionChecklist, FunctionStatus, FunctionView } from '../../../api/verkennen-types';
import { roleAtLeast } from '@domain/vocabulary.ts';
import { PageTitle } from '../../../components/page';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { Alert, Button, ErrorAlert, Loading, Paragraph, Table, TextLink } from '../../../components/ui';
import { useNetwork } from '../context';
import { useActors } from './shared';
import { AddFunction } from './whoiswho/AddFunction';
import { FunctionForm } from './whoiswho/FunctionForm';
import { Suggestions } from './whoiswho/Suggestions';

const STATUS_MARK: Record<FunctionStatus, string> = { present: '✓', unconnected: '!', missing: '✗' };

export function StatusBadge({ status }: { status: FunctionStatus }) {
  const t = useT();
  return (
    <span className={`wk-status wk-status--${status}`}>
      <span aria-hidden="true">{STATUS_MARK[status]} </span>
      {t(`whoIsWho.status.${status}` as MessageKey)}
    </span>
  );
}

export default function WieIsWie() {
  const t = useT();
  const { networkId, role } = useNetwork();
  const checklist = useResource<FunctionChecklist>(`/api/networks/${networkId}/functions`, networkId);
  const actors = useActors(networkId);
  const [editing, setEditing] = useState<FunctionView | null>(null);
  const [notice, setNotice] = useState('');
  const removal = useMutation();
  const editHeading = useRef<HTMLHeadingElement>(null);
  const canLink = roleAtLeast(role, 'partner');
  const isLead = role === 'kartrekker';

  useEffect(() => {
    if (editing) editHeading.current?.focus();
  }, [editing]);

  const remove = (f: FunctionView) =>
    removal.run(async () => {
      await del(`/api/networks/${networkId}/functions/${f.id}`);
      setNotice(t('whoIsWho.removed', { name: f.name }));
      checklist.reload();
    });

  const data = checklist.data;
  return (
    <>
      <PageTitle title={t('whoIsWho.title')} />
      <Paragraph>{t('whoIsWho.intro')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={checklist.error ?? removal.error} />
      {!data ? (
        checklist.error ? null : (
          <Loading />
        )
      ) : (
        <>
          <p className="utrecht-paragraph wk-strong">
            {t('whoIsWho.counts', {
              present: data.counts.present,
              unconnected: data.counts.unconnected,
              missing: data.counts.missing,
            })}
          </p>
          <ul className="utrecht-unordered-list wk-list">
            <li>
              <StatusBadge status="present" /> {t('whoIsWho.explain.present')}
            </li>
            <li>
              <StatusBadge status="unconnected" /> {t('whoIsWho.explain.unconnected')}
            </li>
            <li>
              <StatusBadge status="missing" /> {t('whoIsWho.explain.missing')}
            </li>
          </ul>
          {data.functions.length === 0 ? (
            <Paragraph>{isLead ? t('whoIsWho.emptyLead') : t('whoIsWho.empty')}</Paragraph>
          ) : (
            <Table caption={t('whoIsWho.caption')}>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('whoIsWho.function')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('whoIsWho.statusCol')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('whoIsWho.filledBy')}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('common.actions')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {data.functions.map((f) => (
                  <tr key={f.id} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell wk-row-head">
                      {f.name}
                    </th>
                    <td className="utrecht-table__cell" data-label={t('whoIsWho.statusCol')}>
                      <StatusBadge status={f.status} />
                    </td>
                    <td className="utrecht-table__cell" data-label={t('whoIsWho.filledBy')}>
                      {f.actors.length === 0 ? (
                        <>
                          {t('whoIsWho.nobody')}{' '}
                          <TextLink
                            to={`/netwerken/${networkId}/verkennen/medestanders?q=${encodeURIComponent(f.searchQuery || f.name)}`}
                            aria-label={`${t('whoIsWho.search')}: ${f.name}`}
                          >
                            {t('whoIsWho.search')}
                          </TextLink>
                        </>
                      ) : (
                        f.actors
                          .map((a) => (a.relations === 0 ? t('whoIsWho.noRelations', { name: a.name }) : a.name))
                          .join(', ')
                      )}
                      <Suggestions
                        fn={f}
                        networkId={networkId}
                        canLink={canLink}
                        onLinked={(saved, partner) => {
                          setNotice(t('whoIsWho.linked', { partner, name: saved.name }));
                          checklist.reload();
                        }}
                      />
                    </td>
                    <td className="utrecht-table__cell" data-label={t('common.actions')}>
                      <div className="wk-cell-actions">
                        {canLink ? (
                          <Button
                            variant="secondary"
                            aria-label={`${t('whoIsWho.link')}: ${f.name}`}
                            onClick={() => {
                              setNotice('');
                              setEditing(f);
                            }}
                          >
                            {t('whoIsWho.link')}
                          </Button>
                        ) : null}
                        {isLead ? (
                          <ConfirmButton
                            label={t('whoIsWho.remove')}
                            about={f.name}
                            question={t('whoIsWho.removeQuestion', { name: f.name })}
                            confirmLabel={t('whoIsWho.removeConfirm')}
                            onConfirm={() => remove(f)}
                          />
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </>
      )}

      {editing && actors.data ? (
        <section aria-labelledby="function-edit-heading" className="wk-panel">
          <h2 id="function-edit-heading" ref={editHeading} tabIndex={-1} className="utrecht-heading-2">
            {t('whoIsWho.editTitle', { name: editing.name })}
          </h2>
          <FunctionForm
            key={editing.id}
            fn={editing}
            actors={actors.data}
            isLead={isLead}
            onCancel={() => setEditing(null)}
            onDone={(f) => {
              setNotice(t('whoIsWho.saved', { name: f.name }));
              setEditing(null);
              checklist.reload();
            }}
          />
        </section>
      ) : null}

      {isLead ? (
        <AddFunction
          onAdded={(name) => {
            setNotice(t('whoIsWho.added', { name }));
            checklist.reload();
          }}
        />
      ) : null}
      {canLink && actors.data?.length === 0 ? (
        <Paragraph>
          {t('whoIsWho.noActors')} <TextLink to={`/netwerken/${networkId}/partners`}>{t('map.toPartners')}</TextLink>
        </Paragraph>
      ) : null}
    </>
  );
}
