import { useT } from '../../../i18n';
import { PageTitle } from '../../../components/page';
import { Paragraph } from '../../../components/ui';
import { VerkennenProgress } from '../../../components/VerkennenProgress';
import { useNetwork } from '../context';

/** The start of the phase "verkennen": what it is for and which steps are done. */
export default function Verkennen() {
  const t = useT();
  const { networkId } = useNetwork();
  return (
    <>
      <PageTitle title={t('verkennen.title')} />
      <Paragraph lead>{t('verkennen.lead')}</Paragraph>
      <Paragraph>{t('verkennen.text')}</Paragraph>
      <VerkennenProgress networkId={networkId} />
    </>
  );
}
