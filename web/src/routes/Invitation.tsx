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

export default function Invitation() {
  const t = useT();
  const locale = useLocale();
  const me = useMe();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  // Ask again once we know who is signed in: the answer says whether you are already a member.
  const { data, error } = useResource<InvitationPreview>(
    me === undefined ? null : `/api/invitations/${encodeURIComponent(token)}?_=${me ? 'in' : 'out'}`,
  );
  const acceptance = useMutation();
  const here = `/uitnodiging/${token}`;

  const accept = () =>
    acceptance.run(async () => {
      const { networkId } = await post<InvitationAccepted>(`/api/invitations/${encodeURIComponent(token)}/accept`);
      navigate(`/netwerken/${networkId}`);
    });

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
      <Paragraph lead>{t('invitation.lead', { who: data.invitedBy, role: roleLabel(t, data.role) })}</Paragraph>
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
          <Button onClick={accept} busy={acceptance.busy}>
            {t('invitation.accept')}
          </Button>
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
