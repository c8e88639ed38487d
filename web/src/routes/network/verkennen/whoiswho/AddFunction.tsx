import { useState, type FormEvent } from 'react';
import { useT } from '../../../../i18n';
import { post } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { FunctionView } from '../../../../api/verkennen-types';
import { Button, ErrorAlert, Heading, TextField } from '../../../../components/ui';
import { useNetwork } from '../../context';
import type { CreateFunction } from '../../../../api/requests';

/** The kartrekker adds a function the network needs. */
export function AddFunction({ onAdded }: { onAdded: (name: string) => void }) {
  const t = useT();
  const { networkId } = useNetwork();
  const [name, setName] = useState('');
  const [searchQuery, setSearchQuery] = useState('');
  const form = useMutation();
  const { fields } = form;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    if (!name.trim()) {
      form.invalid({ name: t('whoIsWho.nameMissing') });
      return;
    }
    await form.run(async () => {
      const f = await post<FunctionView>(`/api/networks/${networkId}/functions`, {
        name: name.trim(),
        ...(searchQuery.trim() ? { searchQuery: searchQuery.trim() } : {}),
      } satisfies CreateFunction);
      setName('');
      setSearchQuery('');
      onAdded(f.name);
    });
  };

  return (
    <section aria-labelledby="function-add-heading">
      <Heading level={2} id="function-add-heading">
        {t('whoIsWho.addTitle')}
      </Heading>
      <form onSubmit={submit} noValidate className="wk-form">
        <ErrorAlert error={form.error} />
        <TextField
          label={t('whoIsWho.name')}
          description={t('whoIsWho.nameHint')}
          required
          value={name}
          error={fields.name}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label={t('whoIsWho.searchQuery')}
          description={t('whoIsWho.searchQueryHint')}
          value={searchQuery}
          error={fields.searchQuery}
          maxLength={200}
          onChange={(e) => setSearchQuery(e.target.value)}
        />
        <Button type="submit" busy={form.busy}>
          {t('whoIsWho.add')}
        </Button>
      </form>
    </section>
  );
}
