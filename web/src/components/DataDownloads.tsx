import { useT } from '../i18n';
import { Heading, Paragraph } from './ui';

/** Links to download all your personal data (AVG): JSON and a readable page. */
export function DataDownloads() {
  const t = useT();
  return (
    <section aria-labelledby="my-data-heading">
      <Heading level={2} id="my-data-heading">
        {t('vg.data.title')}
      </Heading>
      <Paragraph>{t('vg.data.intro')}</Paragraph>
      <ul className="utrecht-unordered-list wk-list">
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link utrecht-link--html-a" href="/api/me/export.html">
            {t('vg.data.html')}
          </a>
        </li>
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link utrecht-link--html-a" href="/api/me/export" download>
            {t('vg.data.json')}
          </a>
        </li>
      </ul>
    </section>
  );
}

/** The network export (JSON) for kartrekkers, and the link to the audit trail. */
export function NetworkExport({ networkId }: { networkId: string }) {
  const t = useT();
  return (
    <section aria-labelledby="export-heading">
      <Heading level={2} id="export-heading">
        {t('vg.export.title')}
      </Heading>
      <Paragraph>{t('vg.export.intro')}</Paragraph>
      <p className="utrecht-paragraph">
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          href={`/api/networks/${networkId}/export`}
          download
        >
          {t('vg.export.download')}
        </a>
      </p>
    </section>
  );
}
