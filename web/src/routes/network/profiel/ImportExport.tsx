import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { post } from '../../../api/client';
import { useMutation } from '../../../api/useMutation';
import type { ImportPreview, ImportResult } from '@schemas/exchange';
import { PageTitle } from '../../../components/page';
import {
  Alert,
  Button,
  ButtonGroup,
  ErrorAlert,
  Heading,
  Paragraph,
  Table,
  TextField,
  TextLink,
} from '../../../components/ui';
import { useNetwork } from '../context';
import { MAX_FILE_BYTES, readFile, type FilePayload } from './files';
import type { ImportCommit, ImportPreviewRequest } from '../../../api/requests';

export default function ImportExport() {
  const t = useT();
  const { networkId, role } = useNetwork();
  const base = `/api/networks/${networkId}/exchange`;
  return (
    <>
      <PageTitle title={t('exchange.title')} />
      <Paragraph lead>{t('exchange.intro')}</Paragraph>
      <section aria-labelledby="exchange-export">
        <Heading level={2} id="exchange-export">
          {t('exchange.export.title')}
        </Heading>
        <ul className="utrecht-unordered-list wk-list">
          <li>
            <a className="utrecht-link" href={`${base}/kumu.xlsx`} download>
              {t('exchange.export.xlsx')}
            </a>
          </li>
          <li>
            {t('exchange.export.csvSemicolon')}{' '}
            <a className="utrecht-link" href={`${base}/elements.csv?scheiding=puntkomma`} download="elements.csv">
              {t('exchange.export.elements')}
            </a>
            {', '}
            <a className="utrecht-link" href={`${base}/connections.csv?scheiding=puntkomma`} download="connections.csv">
              {t('exchange.export.connections')}
            </a>
          </li>
          <li>
            {t('exchange.export.csvComma')}{' '}
            <a className="utrecht-link" href={`${base}/elements.csv?scheiding=komma`} download="elements.csv">
              {t('exchange.export.elements')}
            </a>
            {', '}
            <a className="utrecht-link" href={`${base}/connections.csv?scheiding=komma`} download="connections.csv">
              {t('exchange.export.connections')}
            </a>
          </li>
          <li>
            <a className="utrecht-link" href={`${base}/network.gexf`} download>
              {t('exchange.export.gexf')}
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="exchange-import">
        <Heading level={2} id="exchange-import">
          {t('exchange.import.title')}
        </Heading>
        {role === 'kartrekker' ? (
          <ImportForm networkId={networkId} />
        ) : (
          <Paragraph>{t('exchange.import.onlyLead')}</Paragraph>
        )}
      </section>
    </>
  );
}

function ImportForm({ networkId }: { networkId: string }) {
  const t = useT();
  const [files, setFiles] = useState<FilePayload[]>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const form = useMutation({ groupListFields: true });
  const fileError = form.fields.files ?? '';
  const setFileError = (message: string) => form.setFields(message ? { files: message } : {});
  const base = `/api/networks/${networkId}/exchange`;

  const choose = async (list: FileList | null) => {
    setPreview(null);
    setResult(null);
    setFileError('');
    const chosen = [...(list ?? [])];
    if (chosen.some((f) => f.size > MAX_FILE_BYTES)) {
      setFiles([]);
      return setFileError(t('file.tooBig'));
    }
    try {
      setFiles(await Promise.all(chosen.map(readFile)));
    } catch {
      setFileError(t('file.unreadable'));
    }
  };

  const check = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    if (files.length === 0) {
      form.reset();
      return setFileError(t('file.none'));
    }
    const ok = await form.run(async () =>
      setPreview(await post<ImportPreview>(`${base}/preview`, { files } satisfies ImportPreviewRequest)),
    );
    if (!ok) setPreview(null);
  };

  const commit = (skipBadRows: boolean) =>
    form.run(
      async () => {
        setResult(await post<ImportResult>(`${base}/import`, { files, skipBadRows } satisfies ImportCommit));
        setPreview(null);
      },
      // Rows turned out bad after all: show them again.
      { onError: (err) => void (err.body.preview && setPreview(err.body.preview as ImportPreview)) },
    );

  return (
    <>
      {result ? (
        <Alert type="ok" live>
          {t('exchange.import.done', {
            actors: result.actorsCreated,
            relations: result.relationsCreated,
            skipped: result.skippedRows,
          })}{' '}
          <TextLink to={`/netwerken/${networkId}/partners`}>{t('exchange.import.toPartners')}</TextLink>
        </Alert>
      ) : null}
      <form onSubmit={check} noValidate>
        <TextField
          type="file"
          multiple
          label={t('exchange.import.files')}
          description={t('exchange.import.help')}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => choose(e.target.files)}
          error={fileError || undefined}
          required
        />
        <ButtonGroup>
          <Button type="submit" variant={preview ? 'secondary' : 'primary'} busy={form.busy && !preview}>
            {t('exchange.import.check')}
          </Button>
        </ButtonGroup>
      </form>
      {preview ? (
        <section aria-labelledby="exchange-preview">
          <Heading level={3} id="exchange-preview">
            {t('exchange.preview.title')}
          </Heading>
          <Paragraph>
            {t('exchange.preview.actors', { new: preview.actors.new, existing: preview.actors.existing })}
          </Paragraph>
          <Paragraph>
            {t('exchange.preview.relations', {
              new: preview.relations.new,
              existing: preview.relations.existing,
              repeated: preview.relations.repeated,
            })}
          </Paragraph>
          {preview.problems.length === 0 ? (
            <Alert type="ok">{t('exchange.preview.ok')}</Alert>
          ) : (
            <>
              <Alert type="warning">{t('exchange.preview.bad', { count: preview.problems.length })}</Alert>
              <Table caption={t('exchange.preview.caption')}>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('exchange.preview.source')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('exchange.preview.row')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('exchange.preview.reason')}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {preview.problems.map((p) => (
                    <tr key={`${p.source}-${p.row}`} className="utrecht-table__row">
                      <td className="utrecht-table__cell" data-label={t('exchange.preview.source')}>
                        {p.source}
                      </td>
                      <td className="utrecht-table__cell" data-label={t('exchange.preview.row')}>
                        {p.row}
                      </td>
                      <td className="utrecht-table__cell" data-label={t('exchange.preview.reason')}>
                        {p.message}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </>
          )}
          <ButtonGroup>
            {preview.problems.length === 0 ? (
              <Button onClick={() => commit(false)} busy={form.busy}>
                {t('exchange.import.go')}
              </Button>
            ) : (
              <Button onClick={() => commit(true)} busy={form.busy}>
                {t('exchange.import.skip')}
              </Button>
            )}
          </ButtonGroup>
        </section>
      ) : null}
      <ErrorAlert error={form.error} />
    </>
  );
}
