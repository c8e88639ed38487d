import { useT } from '../i18n';
import { PageTitle } from './page';
import { Paragraph, TextLink } from './ui';

export function RouteError() {
  const t = useT();
  return (
    <main id="main" className="wk-main">
      <PageTitle title={t('error.pageTitle')} />
      <Paragraph>{t('error.pageText')}</Paragraph>
      <Paragraph>
        <TextLink to="/">{t('notFound.home')}</TextLink>
      </Paragraph>
    </main>
  );
}
