import { useState, type FormEvent } from 'react';
import { useT, useLocale, formatNumber } from '../../../i18n';
import { put } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import type { LeadView, LeadWarning } from '../../../api/vormgeven-types';
import type { MessageKey } from '../../../i18n/nl';
import { PageTitle } from '../../../components/page';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorAlert,
  Heading,
  Loading,
  Paragraph,
  SelectField,
  TextAreaField,
  TextField,
  TextLink,
} from '../../../components/ui';
import { useNetwork } from '../context';
import { useScrollToHash } from '../../../components/useScrollToHash';
import { apiBase, useLeads } from './shared';
import type { UpsertLead } from '../../../api/requests';
import { personName } from '../../../labels';

/** The server's warning codes, in the reader's language (the server's own text is Dutch only). */
const WARNINGS = {
  no_lead: 'vg.lead.warning.noLead',
  no_hours: 'vg.lead.warning.noHours',
  no_deputy: 'vg.lead.warning.noDeputy',
  single_lead: 'vg.lead.warning.singleLead',
} as const satisfies Record<LeadWarning['code'], MessageKey>;

/** The kartrekker: hours, mandate, support, who pays, deputy; with the warnings. */
export default function Lead() {
  const t = useT();
  const locale = useLocale();
  const { networkId, role } = useNetwork();
  const leads = useLeads(networkId);
  useScrollToHash(!!leads.data);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const canEdit = role === 'kartrekker';

  return (
    <>
      <PageTitle title={t('vg.lead.title')} />
      <Paragraph lead>{t('vg.lead.lead')}</Paragraph>
      {notice ? (
        <Alert type="ok" live>
          {notice}
        </Alert>
      ) : null}
      <ErrorAlert error={leads.error} />
      {!leads.data ? (
        <Loading />
      ) : (
        <>
          {leads.data.warnings.length ? (
            <section aria-labelledby="warnings-heading" className="wk-warnings">
              <Heading level={2} id="warnings-heading">
                {t('vg.lead.warningsTitle')}
              </Heading>
              <Alert type="warning">
                <ul className="wk-plain-list wk-warning-list">
                  {leads.data.warnings.map((w, i) => (
                    <li key={i}>
                      {t(WARNINGS[w.code], {
                        name: leads.data!.leads.find((l) => l.memberId === w.memberId)?.name ?? '',
                      })}
                    </li>
                  ))}
                </ul>
              </Alert>
            </section>
          ) : (
            <Alert type="ok">{t('vg.lead.allGood')}</Alert>
          )}
          <section aria-labelledby="leads-heading">
            <Heading level={2} id="leads-heading">
              {t('vg.lead.listTitle')}
            </Heading>
            {leads.data.leads.length === 0 ? (
              <Paragraph>
                {t('vg.lead.none')} <TextLink to={`/netwerken/${networkId}/leden`}>{t('vg.lead.toMembers')}</TextLink>
              </Paragraph>
            ) : null}
            <ul className="wk-cards">
              {leads.data.leads.map((l) => (
                <li
                  key={l.memberId}
                  id={`kartrekker-${l.memberId}`}
                  className={`wk-card ${editing === l.memberId ? 'wk-card--wide' : ''}`}
                >
                  <Heading level={3}>
                    {l.name}
                    {l.actorName ? (
                      <span className="wk-block wk-meta">{t('vg.lead.for', { name: l.actorName })}</span>
                    ) : null}
                  </Heading>
                  {editing === l.memberId ? (
                    <LeadForm
                      lead={l}
                      onDone={(msg) => {
                        setEditing(null);
                        if (msg) setNotice(msg);
                        leads.reload();
                      }}
                    />
                  ) : (
                    <>
                      <dl className="wk-facts wk-facts--stacked">
                        <div>
                          <dt>{t('vg.lead.hours')}</dt>
                          <dd>
                            {l.appointment?.hoursPerWeek
                              ? t('vg.lead.hoursValue', { hours: formatNumber(l.appointment.hoursPerWeek, locale) })
                              : t('vg.lead.notSet')}
                          </dd>
                        </div>
                        <div>
                          <dt>{t('vg.lead.mandate')}</dt>
                          <dd className="wk-prewrap">{l.appointment?.mandate || t('vg.lead.notSet')}</dd>
                        </div>
                        <div>
                          <dt>{t('vg.lead.supportedBy')}</dt>
                          <dd>{l.appointment?.supportedBy || t('vg.lead.notSet')}</dd>
                        </div>
                        <div>
                          <dt>{t('vg.lead.paidBy')}</dt>
                          <dd>{l.appointment?.paidBy || t('vg.lead.notSet')}</dd>
                        </div>
                        <div>
                          <dt>{t('vg.lead.deputy')}</dt>
                          <dd>{l.appointment?.deputyName || t('vg.lead.noDeputy')}</dd>
                        </div>
                      </dl>
                      {canEdit ? (
                        <Button
                          variant="secondary"
                          onClick={() => setEditing(l.memberId)}
                          aria-label={t('vg.lead.editOf', { name: l.name })}
                        >
                          {t('vg.lead.edit')}
                        </Button>
                      ) : null}
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}

function LeadForm({ lead, onDone }: { lead: LeadView; onDone: (msg?: string) => void }) {
  const t = useT();
  const { networkId, overview } = useNetwork();
  const a = lead.appointment;
  const [hours, setHours] = useState(a?.hoursPerWeek != null ? String(a.hoursPerWeek).replace('.', ',') : '');
  const [mandate, setMandate] = useState(a?.mandate ?? '');
  const [supportedBy, setSupportedBy] = useState(a?.supportedBy ?? '');
  const [paidBy, setPaidBy] = useState(a?.paidBy ?? '');
  const [deputy, setDeputy] = useState(a?.deputyMemberId ?? '');
  const form = useMutation<NonNullable<LeadView['appointment']>>({ version: a?.version });
  const { fields } = form;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (form.busy) return;
    const h = hours.trim() === '' ? null : Number(hours.replace(',', '.'));
    if (h !== null && (!Number.isFinite(h) || h < 0 || h > 60)) {
      form.invalid({ hoursPerWeek: t('vg.lead.hoursInvalid') });
      return;
    }
    // A new appointment has no version yet, until a conflict shows the one someone else made.
    const versioned = a !== null || form.current !== null;
    await form.run(async (version) => {
      await put(`${apiBase(networkId)}/leads/${lead.memberId}`, {
        hoursPerWeek: h,
        mandate,
        supportedBy,
        paidBy,
        deputyMemberId: deputy || null,
        ...(versioned ? { version } : {}),
      } satisfies UpsertLead);
      onDone(t('vg.lead.saved', { name: lead.name }));
    });
  };
  const deputies = overview.members.filter((m) => m.id !== lead.memberId && m.role !== 'meekijker');
  const id = lead.memberId;
  return (
    <form onSubmit={submit} noValidate className="wk-form">
      <ErrorAlert error={form.error} />
      <TextField
        id={`${id}-hours`}
        label={t('vg.lead.hours')}
        description={t('vg.lead.hoursHint')}
        inputMode="decimal"
        className="wk-short"
        value={hours}
        error={fields.hoursPerWeek}
        onChange={(e) => setHours(e.target.value)}
      />
      <TextAreaField
        id={`${id}-mandate`}
        label={t('vg.lead.mandate')}
        description={t('vg.lead.mandateHint')}
        rows={3}
        maxLength={4000}
        value={mandate}
        error={fields.mandate}
        onChange={(e) => setMandate(e.target.value)}
      />
      <TextField
        id={`${id}-support`}
        label={t('vg.lead.supportedBy')}
        description={t('vg.lead.supportedByHint')}
        maxLength={500}
        value={supportedBy}
        error={fields.supportedBy}
        onChange={(e) => setSupportedBy(e.target.value)}
      />
      <TextField
        id={`${id}-paid`}
        label={t('vg.lead.paidBy')}
        description={t('vg.lead.paidByHint')}
        maxLength={500}
        value={paidBy}
        error={fields.paidBy}
        onChange={(e) => setPaidBy(e.target.value)}
      />
      <SelectField
        id={`${id}-deputy`}
        label={t('vg.lead.deputy')}
        description={t('vg.lead.deputyHint')}
        value={deputy}
        error={fields.deputyMemberId}
        onChange={(e) => setDeputy(e.target.value)}
        options={[
          { value: '', label: t('vg.lead.noDeputyOption') },
          ...deputies.map((m) => ({
            value: m.id,
            label: m.actorName ? `${personName(t, m)} (${m.actorName})` : personName(t, m),
          })),
        ]}
      />
      <ButtonGroup>
        <Button type="submit" busy={form.busy}>
          {t('vg.lead.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone()}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
