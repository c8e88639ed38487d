import { useT, type MessageKey } from '../i18n';
import { PageTitle } from '../components/page';
import { Heading, Paragraph } from '../components/ui';

const sections: [MessageKey, MessageKey][] = [
  ['privacy.what.title', 'privacy.what.text'],
  ['privacy.never.title', 'privacy.never.text'],
  ['privacy.who.title', 'privacy.who.text'],
  ['privacy.directory.title', 'privacy.directory.text'],
  ['privacy.keep.title', 'privacy.keep.text'],
  ['privacy.cookie.title', 'privacy.cookie.text'],
  ['privacy.rights.title', 'privacy.rights.text'],
];

export default function Privacy() {
  const t = useT();
  return (
    <>
      <PageTitle title={t('privacy.title')} />
      <Paragraph lead>{t('privacy.lead')}</Paragraph>
      {sections.map(([title, text]) => (
        <section key={title}>
          <Heading level={2}>{t(title)}</Heading>
          <Paragraph>{t(text)}</Paragraph>
        </section>
      ))}
    </>
  );
}
