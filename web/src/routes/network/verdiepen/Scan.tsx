import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useT, useLocale, formatDate } from '../../../i18n';
import { post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import { useResource } from '../../../api/useResource';
import type { ActorView } from '../../../api/types';
import type { InstrumentView, MyLinkView, RoundView } from '../../../api/scan-types';
import { PageTitle } from '../../../components/page';
import { ConfirmButton } from '../../../components/ConfirmButton';
import {
  Alert,
  Button,
  ButtonGroup,
  CheckboxField,
  ErrorAlert,
  Fieldset,
  Heading,
  Loading,
  Paragraph,
  SelectField,
  TextField,
  TextLink,
} from '../../../components/ui';
import { useNetwork } from '../context';
import { useScrollToHash } from '../../../components/useScrollToHash';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The scan's rounds: how many answered, close, fill in yourself, results; and a new round for kartrekkers. */
export default function Scan() {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const base = `/api/networks/${networkId}/scan`;
  const rounds = useResource<RoundView[]>(`${base}/rounds`, networkId);
  useScrollToHash(!!rounds.data);
  const [notice, setNotice] = useState('');
  const action = useMutation({ parallel: true });
  const isLead = role === 'kartrekker';
  const navigate = useNavigate();

  const close = (r: RoundView) =>
    action.run(async () => {
      await post(`${base}/rounds/${r.id}/close`);
      setNotice(t('vd.scan.closedNotice'));
      rounds.reload();
    });

  const fillIn = (r: RoundView) =>
    action.run(async () => {
      const { link } = await post<MyLinkView>(`${base}/rounds/${r.id}/link`);
      navigate(new URL(link).pathname);
    });

  return (
    <>
      <PageTitle title={t('vd.scan.title')} />
      <Paragraph lead>{t('vd.scan.lead')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={action.error ?? rounds.error} />
      <section aria-labelledby="rounds-heading">
        <Heading level={2} id="rounds-heading">
          {t('vd.scan.roundsTitle')}
        </Heading>
        {!rounds.data ? (
          <Loading />
        ) : rounds.data.length === 0 ? (
          <Paragraph>{t('vd.scan.none')}</Paragraph>
        ) : (
          <ul className="wk-cards">
            {[...rounds.data].reverse().map((r) => (
              <li key={r.id} id={`ronde-${r.id}`} className="wk-card wk-round">
                <Heading level={3}>{t('vd.scan.roundHeading', { label: r.label })}</Heading>
                <Paragraph small>{t('vd.scan.instrument', { name: r.instrumentName })}</Paragraph>
                <Paragraph>
                  {r.mode === 'session'
                    ? t('sl.list.live', { n: r.answered })
                    : t('vd.scan.answered', { answered: r.answered, invited: r.invited })}{' '}
                  {r.status === 'open'
                    ? t('vd.scan.openUntil', { date: formatDate(r.closesOn, locale) })
                    : t('vd.scan.closed')}
                </Paragraph>
                {r.disabledItems.length ? (
                  <Paragraph small>{t('vd.scan.itemsOff', { count: r.disabledItems.length })}</Paragraph>
                ) : null}
                <ButtonGroup>
                  {r.status === 'open' ? (
                    <>
                      {r.mode === 'session' ? (
                        <TextLink to={`/netwerken/${networkId}/verdiepen/scan/${r.id}/live`}>
                          {t('sl.list.join')}
                        </TextLink>
                      ) : (
                        <Button variant="secondary" onClick={() => void fillIn(r)}>
                          {t('vd.scan.fillIn')}
                        </Button>
                      )}
                      {isLead ? (
                        <ConfirmButton
                          label={t('vd.scan.close')}
                          about={r.label}
                          question={t('vd.scan.closeConfirm')}
                          confirmLabel={t('vd.scan.close')}
                          onConfirm={() => close(r)}
                        />
                      ) : null}
                    </>
                  ) : (
                    <TextLink to={`/netwerken/${networkId}/verdiepen/scan/${r.id}`}>{t('vd.scan.results')}</TextLink>
                  )}
                </ButtonGroup>
              </li>
            ))}
          </ul>
        )}
      </section>
      {isLead ? (
        <NewRound
          networkId={networkId}
          onOpened={(r) => {
            setNotice(t('vd.scan.opened', { label: r.label }));
            rounds.reload();
          }}
        />
      ) : null}
    </>
  );
}

function NewRound({ networkId, onOpened }: { networkId: string; onOpened: (r: RoundView) => void }) {
  const t = useT();
  const locale = useLocale();
  const base = `/api/networks/${networkId}/scan`;
  const instruments = useResource<InstrumentView[]>(`${base}/instruments`);
  const actors = useResource<ActorView[]>(`/api/networks/${networkId}/actors`, networkId);
  const [label, setLabel] = useState('');
  const [closesOn, setClosesOn] = useState(inDays(14));
  const [instrumentId, setInstrumentId] = useState('');
  const [off, setOff] = useState<Set<string>>(new Set());
  const [contacts, setContacts] = useState<Set<string>>(new Set());
  const form = useMutation();

  if (!instruments.data) return <Loading />;
  const instrument = instruments.data.find((i) => i.id === instrumentId) ?? instruments.data[0];
  const definition = locale === 'en' ? instrument.en : instrument.nl;
  const withMail = (actors.data ?? []).filter((a) => a.contactEmail && !a.contactUnconfirmed);
  const fields = form.fields;
  const toggle = (set: Set<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await form.run(async () => {
      const round = await post<RoundView>(`${base}/rounds`, {
        ...(label.trim() ? { label: label.trim() } : {}),
        instrumentId: instrument.id,
        disabledItems: [...off],
        closesOn,
        contactActorIds: [...contacts],
      });
      setLabel('');
      setOff(new Set());
      setContacts(new Set());
      onOpened(round);
    });
  };

  return (
    <section aria-labelledby="new-round-heading">
      <Heading level={2} id="new-round-heading">
        {t('vd.scan.newTitle')}
      </Heading>
      <Paragraph>{t('vd.scan.newLead')}</Paragraph>
      <form onSubmit={submit} noValidate>
        <ErrorAlert error={form.error} />
        <TextField
          label={t('vd.scan.label')}
          description={t('vd.scan.labelHint')}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          maxLength={20}
          error={fields.label}
        />
        <TextField
          label={t('vd.scan.closesOn')}
          description={t('vd.scan.closesOnHint')}
          type="date"
          required
          value={closesOn}
          onChange={(e) => setClosesOn(e.target.value)}
          error={fields.closesOn}
        />
        {instruments.data.length > 1 ? (
          <SelectField
            label={t('vd.scan.chooseInstrument')}
            value={instrument.id}
            onChange={(e) => {
              setInstrumentId(e.target.value);
              setOff(new Set());
            }}
            options={instruments.data.map((i) => ({ value: i.id, label: (locale === 'en' ? i.en : i.nl).name }))}
            error={fields.instrumentId}
          />
        ) : null}
        <Fieldset legend={t('vd.scan.itemsTitle')} description={t('vd.scan.itemsHint')}>
          {fields.disabledItems ? <Alert type="error">{fields.disabledItems}</Alert> : null}
          {definition.dimensions.map((d) => (
            <div key={d.id} className="wk-dimension">
              <Heading level={3}>{d.name}</Heading>
              {d.items.map((item) => (
                <CheckboxField
                  key={item.id}
                  label={item.text}
                  checked={!off.has(item.id)}
                  onChange={(e) => setOff(toggle(off, item.id, !e.target.checked))}
                />
              ))}
            </div>
          ))}
        </Fieldset>
        <Fieldset legend={t('vd.scan.contactsTitle')} description={t('vd.scan.contactsHint')}>
          {fields.contactActorIds ? <Alert type="error">{fields.contactActorIds}</Alert> : null}
          {withMail.length === 0 ? <Paragraph small>{t('vd.scan.noContacts')}</Paragraph> : null}
          {withMail.map((a) => (
            <CheckboxField
              key={a.id}
              label={`${a.name} (${a.contactEmail})`}
              checked={contacts.has(a.id)}
              onChange={(e) => setContacts(toggle(contacts, a.id, e.target.checked))}
            />
          ))}
        </Fieldset>
        <Button type="submit" busy={form.busy}>
          {t('vd.scan.open')}
        </Button>
      </form>
    </section>
  );
}
