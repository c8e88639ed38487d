import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useResource } from '../../api/useResource';
import { useScrollToHash } from '../../components/useScrollToHash';
import type { ActorView } from '../../api/types';
import { roleAtLeast } from '@domain/vocabulary.ts';
import { PageTitle } from '../../components/page';
import { ActorForm } from '../../components/ActorForm';
import { Alert, Button, ErrorAlert, Loading, Paragraph, TextLink } from '../../components/ui';
import { useNetwork } from './context';
import { ActsFor } from './partners/ActsFor';
import { Directory } from './partners/Directory';
import { PartnerTable } from './partners/PartnerTable';

export default function Partners() {
  const t = useT();
  const { networkId, role } = useNetwork();
  const { data, error, reload } = useResource<ActorView[]>(`/api/networks/${networkId}/actors`, networkId);
  useScrollToHash(!!data);
  const [editing, setEditing] = useState<ActorView | 'new' | null>(null);
  const [notice, setNotice] = useState('');
  const formHeading = useRef<HTMLHeadingElement>(null);
  const canEdit = roleAtLeast(role, 'partner');

  useEffect(() => {
    if (editing) formHeading.current?.focus();
  }, [editing]);

  return (
    <>
      <PageTitle title={t('partners.title')} />
      <Paragraph>{t('partners.intro')}</Paragraph>
      <Paragraph>
        <TextLink to={`/netwerken/${networkId}/verkennen/import-export`}>{t('exchange.fromPartners')}</TextLink>
      </Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      {canEdit && !editing ? (
        <Button
          onClick={() => {
            setNotice('');
            setEditing('new');
          }}
        >
          {t('partners.add')}
        </Button>
      ) : null}
      {editing ? (
        <section aria-labelledby="actor-form-heading" className="wk-panel">
          <h2 id="actor-form-heading" ref={formHeading} tabIndex={-1} className="utrecht-heading-2">
            {editing === 'new' ? t('partners.addTitle') : t('partners.editTitle', { name: editing.name })}
          </h2>
          <ActorForm
            key={editing === 'new' ? 'new' : editing.id}
            networkId={networkId}
            actor={editing === 'new' ? null : editing}
            onCancel={() => setEditing(null)}
            onDone={(a) => {
              setNotice(
                editing === 'new' ? t('partners.added', { name: a.name }) : t('partners.saved', { name: a.name }),
              );
              setEditing(null);
              reload();
            }}
          />
        </section>
      ) : null}
      <ErrorAlert error={error} />
      {data ? (
        <PartnerTable
          actors={data}
          canEdit={canEdit}
          onEdit={(a) => {
            setNotice('');
            setEditing(a);
          }}
          onRemoved={(a) => {
            setNotice(t('partners.removed', { name: a.name }));
            reload();
          }}
        />
      ) : error ? null : (
        <Loading />
      )}
      {data ? <ActsFor actors={data} /> : null}
      {canEdit && data ? (
        <Directory
          inNetwork={new Set(data.map((a) => a.id))}
          onAdded={(name) => {
            setNotice(t('partners.added', { name }));
            reload();
          }}
        />
      ) : null}
    </>
  );
}
