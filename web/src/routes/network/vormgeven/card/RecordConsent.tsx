import { useState, type FormEvent } from 'react';
import { useT } from '../../../../i18n';
import { post } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { VersionView } from '../../../../api/vormgeven-types';
import type { RecordConsentBody } from '../../../../api/requests';
import { Alert, Button, ErrorAlert, Heading, Paragraph, SelectField, TextField } from '../../../../components/ui';
import { useNetwork } from '../../context';
import { apiBase } from '../shared';
import { emptyRequired } from '../../../../components/required';

type How = RecordConsentBody['how'];
const HOWS: How[] = ['email', 'paper', 'meeting'];
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** The kartrekker records consent given outside Wijknet: by whom, their role, the date and how. */
export function RecordConsent({ version, onSaved }: { version: VersionView; onSaved?: () => void }) {
  const t = useT();
  const { networkId } = useNetwork();
  const open = version.consents.filter((c) => !c.consented);
  const [party, setParty] = useState(open[0]?.party ?? '');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [date, setDate] = useState(today);
  const [how, setHow] = useState<How>('paper');
  const [saved, setSaved] = useState('');
  const save = useMutation();
  const chosen = open.find((c) => c.party === party) ?? open[0];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return;
    const missing = emptyRequired(t, { name, date });
    if (missing) return save.invalid(missing);
    void save.run(async () => {
      await post(`${apiBase(networkId)}/card/versions/${version.id}/consents/recorded`, {
        party: chosen.party,
        name,
        ...(role.trim() ? { role } : {}),
        date,
        how,
      } satisfies RecordConsentBody);
      setSaved(t('cs.record.saved', { partner: chosen.name }));
      setName('');
      setRole('');
      onSaved?.();
    });
  };

  return (
    <section aria-labelledby="record-consent-heading" className="wk-panel">
      <Heading level={3} id="record-consent-heading">
        {t('cs.record.title')}
      </Heading>
      <Paragraph small>{t('cs.record.explain')}</Paragraph>
      {saved ? (
        <Alert type="ok" live>
          {saved}
        </Alert>
      ) : null}
      {open.length === 0 ? (
        <Paragraph>{t('cs.record.none')}</Paragraph>
      ) : (
        <form onSubmit={submit} noValidate>
          <ErrorAlert error={save.error} />
          <SelectField
            label={t('cs.record.party')}
            value={chosen?.party ?? ''}
            onChange={(e) => setParty(e.target.value)}
            options={open.map((c) => ({ value: c.party, label: c.name }))}
            error={save.fields.party}
            required
          />
          <TextField
            label={t('cs.record.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={save.fields.name}
            autoComplete="off"
            required
          />
          <TextField
            label={t('cs.record.role')}
            value={role}
            onChange={(e) => setRole(e.target.value)}
            error={save.fields.role}
            autoComplete="off"
          />
          <TextField
            label={t('cs.record.date')}
            type="date"
            value={date}
            max={today()}
            onChange={(e) => setDate(e.target.value)}
            error={save.fields.date}
            required
          />
          <SelectField
            label={t('cs.record.how')}
            value={how}
            onChange={(e) => setHow(e.target.value as How)}
            options={HOWS.map((h) => ({ value: h, label: t(`cs.list.how.${h}`) }))}
            error={save.fields.how}
            required
          />
          <Button type="submit" busy={save.busy}>
            {t('cs.record.save')}
          </Button>
        </form>
      )}
    </section>
  );
}
