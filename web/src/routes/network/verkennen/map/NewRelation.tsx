import { useT } from '../../../../i18n';
import type { ActorView } from '../../../../api/types';
import type { RelationView } from '../../../../api/verkennen-types';
import { Heading, Paragraph, TextLink } from '../../../../components/ui';
import { useNetwork } from '../../context';
import { RelationForm } from '../RelationForm';
import { useMyActorId } from '../shared';

/** Enter a relation: a kartrekker any pair, a partner for the actor they act for; others read. */
export function NewRelation({
  actors,
  onEditExisting,
  onCreated,
}: {
  actors: ActorView[];
  onEditExisting: (r: RelationView) => void;
  onCreated: (r: RelationView) => void;
}) {
  const t = useT();
  const { networkId, role, overview } = useNetwork();
  const myActorId = useMyActorId();
  const canEditAny = role === 'kartrekker';
  const canEnter = canEditAny || (role === 'partner' && myActorId !== null);
  return (
    <section aria-labelledby="relation-new-heading">
      <Heading level={2} id="relation-new-heading">
        {t('relation.newTitle')}
      </Heading>
      {canEnter && actors.length >= 2 ? (
        <>
          <Paragraph>{canEditAny ? t('relation.introLead') : t('relation.introPartner')}</Paragraph>
          <RelationForm
            networkId={networkId}
            actors={actors}
            relation={null}
            fixedActorId={canEditAny ? null : myActorId}
            onEditExisting={onEditExisting}
            onDone={onCreated}
          />
        </>
      ) : actors.length < 2 ? (
        <Paragraph>{t('relation.needTwo')}</Paragraph>
      ) : role === 'partner' ? (
        <Paragraph>
          {t('relation.actForFirst')}{' '}
          <TextLink to={`/netwerken/${networkId}/partners`}>{t('relation.toActsFor')}</TextLink>
        </Paragraph>
      ) : (
        <Paragraph>{t('relation.readOnly', { name: overview.network.name })}</Paragraph>
      )}
    </section>
  );
}
