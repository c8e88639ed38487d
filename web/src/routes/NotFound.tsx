import { useT } from '../i18n';
import { PageTitle } from '../components/page';
import { Paragraph, TextLink } from '../components/ui';

export default function NotFound() {
  const t = useT();
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <TextLink to="/">{t('notFound.home')}</TextLink>
      </Paragraph>
    </>
  );
}
