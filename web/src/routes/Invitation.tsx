import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT, useLocale, formatDate } from '../i18n';
import { post } from '../api/client';
import { useMutation } from '../api/useMutation';
import { useResource } from '../api/useResource';
import type { InvitationPreview } from '../api/types';
import { useMe } from '../session';
import { PageTitle } from '../components/page';
import { Alert, Button, ButtonLink, ErrorAlert, Heading, Loading, Paragraph, TextLink } from '../components/ui';
import { roleLabel } from '../labels';
import type { InvitationAccepted } from '@schemas/members';
import { PersonFields } from '../components/NameForm';
import type { AcceptInvitation } from '../api/requests';

export default function Invitation() {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  // While accepting, the invitation is not asked for again: once accepted it is gone (a 404).
  const [leaving, setLeaving] = useState(false);
  // Ask again once we know who is signed in: the answer says whether you are already a member.
  const { data, error } = useResource<InvitationPreview>(
    me === undefined || leaving ? null : `/api/invitations/${encodeURIComponent(token)}?_=${me ? 'in' : 'out'}`,
  );
  const acceptance = useMutation();
  const [who, setWho] = useState({ name: '', jobTitle: '', organisation: '' });
  const here = `/uitnodiging/${token}`;

  const accept = () => {
    if (acceptance.busy) return;
    // Someone without a name gives it here; checked in the browser before anything is sent.
    if (data?.nameNeeded && !who.name.trim()) {
      acceptance.invalid({ name: t('name.needed') });
      return;
    }
    const body: AcceptInvitation = data?.nameNeeded ? who : {};
    setLeaving(true);
    return acceptance.run(
      async () => {
        const { networkId } = await post<InvitationAccepted>(
          `/api/invitations/${encodeURIComponent(token)}/accept`,
          body,
        );
        navigate(`/netwerken/${networkId}`);
      },
      { onError: () => void setLeaving(false) },
    );
  };

  if (error) {
    return (
      <>
        <PageTitle title={t('invitation.unavailable')} />
        <ErrorAlert error={error} />
        <Paragraph>
          <TextLink to="/">{t('notFound.home')}</TextLink>
        </Paragraph>
      </>
    );
  }
  if (!data) return <Loading />;

  const signInLink = `/inloggen?terug=${encodeURIComponent(here)}${data.email ? `&email=${encodeURIComponent(data.email)}` : ''}`;
  return (
    <>
      <PageTitle title={t('invitation.title', { name: data.networkName })} />
      <Paragraph lead>
        {data.invitedBy
          ? t('invitation.leadBy', {
              who: data.invitedByAbout ? `${data.invitedBy} (${data.invitedByAbout})` : data.invitedBy,
              role: roleLabel(t, data.role),
            })
          : t('invitation.leadNetwork', { role: roleLabel(t, data.role) })}
      </Paragraph>
      <dl className="wk-facts">
        <div>
          <dt>{t('invitation.network')}</dt>
          <dd>{data.networkName}</dd>
        </div>
        <div>
          <dt>{t('overview.area')}</dt>
          <dd>{data.areaName}</dd>
        </div>
        {data.ambition ? (
          <div>
            <dt>{t('overview.ambition')}</dt>
            <dd>{data.ambition}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('invitation.role')}</dt>
          <dd>
            {roleLabel(t, data.role)} — {t(`role.${data.role}.explain` as 'role.partner.explain')}
          </dd>
        </div>
        <div>
          <dt>{t('invitation.expires')}</dt>
          <dd>{formatDate(data.expiresAt, locale)}</dd>
        </div>
      </dl>
      <Heading level={2}>{t('invitation.next')}</Heading>
      <ErrorAlert error={acceptance.error} />
      {data.alreadyMember ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{t('invitation.alreadyMember')}</p>
          <TextLink to="/">{t('nav.myNetworks')}</TextLink>
        </Alert>
      ) : me ? (
        <>
          {data.email && data.email !== me.email ? (
            <Alert type="warning">{t('invitation.otherEmail', { email: data.email, me: me.email })}</Alert>
          ) : null}
          {data.nameNeeded ? (
            <form
              noValidate
              className="wk-form"
              onSubmit={(e) => {
                e.preventDefault();
                void accept();
              }}
            >
              <Paragraph>{t('invitation.whoAreYou')}</Paragraph>
              <PersonFields values={who} onChange={setWho} fields={acceptance.fields} />
              <Button type="submit" busy={acceptance.busy}>
                {t('invitation.accept')}
              </Button>
            </form>
          ) : (
            <Button onClick={accept} busy={acceptance.busy}>
              {t('invitation.accept')}
            </Button>
          )}
        </>
      ) : (
        <>
          <Paragraph>{t('invitation.signInFirst')}</Paragraph>
          <ButtonLink to={signInLink}>{t('invitation.signIn')}</ButtonLink>
        </>
      )}
    </>
  );
}
