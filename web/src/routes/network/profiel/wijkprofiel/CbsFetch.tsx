import { useState } from 'react';
import { formatDate, useLocale, useT } from '../../../../i18n';
import { post } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import { Alert, Button, ButtonGroup, ErrorAlert, Heading, Paragraph } from '../../../../components/ui';
import type { CbsFetchRequest } from '../../../../api/requests';
import type { CbsFetched } from '@schemas/profile';

/**
 * Fetches Kerncijfers wijken en buurten of the network's wijk and gemeente from CBS open data, on
 * servers that can reach it. When CBS cannot be reached the message says so and points to the file.
 */
export function CbsFetch({
  networkId,
  regionCode,
  onDone,
}: {
  networkId: string;
  regionCode: string | null;
  onDone: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [notice, setNotice] = useState('');
  const form = useMutation();
  const fetchFigures = () =>
    form.run(async () => {
      setNotice('');
      const res = await post<CbsFetched>(`/api/networks/${networkId}/profile/cbs/fetch`, {} satisfies CbsFetchRequest);
      const names = res.imported.map((r) => r.name || r.code);
      setNotice(
        res.modified
          ? t('profile.fetch.doneDated', {
              regions: names.join(t('profile.fetch.and')),
              title: res.title,
              date: formatDate(res.modified, locale),
            })
          : t('profile.fetch.done', { regions: names.join(t('profile.fetch.and')), title: res.title }),
      );
      onDone();
    });
  return (
    <section aria-labelledby="profile-fetch">
      <Heading level={2} id="profile-fetch">
        {t('profile.fetch.title')}
      </Heading>
      <Paragraph>{regionCode ? t('profile.fetch.intro', { code: regionCode }) : t('profile.fetch.noCode')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      {form.fields.regionCode ? (
        <Alert type="error" live>
          {form.fields.regionCode}
        </Alert>
      ) : (
        <ErrorAlert error={form.error} />
      )}
      {regionCode ? (
        <ButtonGroup>
          <Button busy={form.busy} onClick={() => void fetchFigures()}>
            {t('profile.fetch.button')}
          </Button>
        </ButtonGroup>
      ) : null}
    </section>
  );
}
