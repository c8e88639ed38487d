import { useState } from 'react';
import { useT } from '../../../i18n';
import { useResource } from '../../../api/useResource';
import type { ProfileView } from '@schemas/profile';
import { roleAtLeast } from '@domain/vocabulary.ts';
import { PageTitle } from '../../../components/page';
import { ErrorAlert, Loading, Paragraph } from '../../../components/ui';
import { useNetwork } from '../context';
import { CbsFetch } from './wijkprofiel/CbsFetch';
import { CbsImport } from './wijkprofiel/CbsImport';
import { Entries } from './wijkprofiel/Entries';
import { Figures } from './wijkprofiel/Figures';
import { Indicators } from './wijkprofiel/Indicators';

export default function Wijkprofiel() {
  const t = useT();
  const { networkId, role } = useNetwork();
  const [selection, setSelection] = useState('');
  const [region, year] = selection ? selection.split(':') : ['', ''];
  const path = `/api/networks/${networkId}/profile${region ? `?region=${encodeURIComponent(region)}&year=${year}` : ''}`;
  const profile = useResource<ProfileView>(path, networkId);
  const canEdit = roleAtLeast(role, 'partner');
  const data = profile.data;

  return (
    <>
      <PageTitle title={t('profile.title')} />
      <Paragraph lead>{t('profile.intro')}</Paragraph>
      <ErrorAlert error={profile.error} />
      {!data ? (
        profile.error ? null : (
          <Loading />
        )
      ) : (
        <>
          <Figures
            data={data}
            selection={selection}
            onSelect={setSelection}
            canRemove={role === 'kartrekker'}
            reload={profile.reload}
          />
          {canEdit && data.cbsFetch ? (
            <CbsFetch networkId={networkId} regionCode={data.regionCode} onDone={profile.reload} />
          ) : null}
          {canEdit ? <CbsImport networkId={networkId} onDone={profile.reload} /> : null}
          <Indicators networkId={networkId} data={data} canEdit={canEdit} reload={profile.reload} />
          <Entries kind="need" networkId={networkId} entries={data.needs} canEdit={canEdit} reload={profile.reload} />
          <Entries kind="note" networkId={networkId} entries={data.notes} canEdit={canEdit} reload={profile.reload} />
        </>
      )}
    </>
  );
}
