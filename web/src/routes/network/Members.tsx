import { useT } from '../../i18n';
import { PageTitle } from '../../components/page';
import { Paragraph } from '../../components/ui';
import { useNetwork } from './context';
import { InviteForm } from './members/InviteForm';
import { MemberTable } from './members/MemberTable';
import { OpenInvitations } from './members/OpenInvitations';

export default function Members() {
  const t = useT();
  const { overview, role } = useNetwork();
  return (
    <>
      <PageTitle title={t('members.title')} />
      <Paragraph>{t('members.intro')}</Paragraph>
      <MemberTable members={overview.members} />
      {role === 'kartrekker' ? (
        <>
          <InviteForm />
          <OpenInvitations />
        </>
      ) : null}
    </>
  );
}
