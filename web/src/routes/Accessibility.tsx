import { useT, type MessageKey } from '../i18n';
import { PageTitle } from '../components/page';
import { Heading, Paragraph } from '../components/ui';

const sections: [MessageKey, MessageKey][] = [
  ['a11y.aim.title', 'a11y.aim.text'],
  ['a11y.how.title', 'a11y.how.text'],
  ['a11y.known.title', 'a11y.known.text'],
  ['a11y.contact.title', 'a11y.contact.text'],
];

export default function Accessibility() {
  const t = useT();
  return (
    <>
      <PageTitle title={t('a11y.title')} />
      <Paragraph lead>{t('a11y.lead')}</Paragraph>
      {sections.map(([title, text]) => (
        <section key={title}>
          <Heading level={2}>{t(title)}</Heading>
          <Paragraph>{t(text)}</Paragraph>
        </section>
      ))}
    </>
  );
}
