import { formatDate, useLocale, useT } from '../../../../i18n';
import { del } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { ProfileView } from '@schemas/profile';
import { ConfirmButton } from '../../../../components/ConfirmButton';
import { ButtonGroup, ErrorAlert, Heading, Paragraph, SelectField, Table } from '../../../../components/ui';
import { useNetwork } from '../../context';
import { formatNumber } from '../files';

/** The CBS figures of the chosen area next to its municipality, and what stands out. */
export function Figures({
  data,
  selection,
  onSelect,
  canRemove,
  reload,
}: {
  data: ProfileView;
  selection: string;
  onSelect: (v: string) => void;
  canRemove: boolean;
  reload: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const { networkId } = useNetwork();
  const removal = useMutation();
  const show = (v: number | string | null) =>
    v === null ? t('profile.figures.missing') : typeof v === 'number' ? formatNumber(v, locale) : v;
  const area = data.area;
  const areaName = area ? area.name || area.code : '';
  const remove = async () => {
    if (!area) return;
    await removal.run(async () => {
      await del(`/api/networks/${networkId}/profile/regions/${area.id}`);
      onSelect('');
      reload();
    });
  };
  return (
    <section aria-labelledby="profile-figures">
      <Heading level={2} id="profile-figures">
        {t('profile.figures.title')}
      </Heading>
      {!area ? (
        <Paragraph>{t('profile.figures.empty')}</Paragraph>
      ) : (
        <>
          {data.regions.length > 1 ? (
            <SelectField
              label={t('profile.figures.region')}
              value={selection || `${area.code}:${area.year}`}
              onChange={(e) => onSelect(e.target.value)}
              options={data.regions.map((r) => ({
                value: `${r.code}:${r.year}`,
                label: r.name ? `${r.name} (${r.code}), ${r.year}` : `${r.code}, ${r.year}`,
              }))}
            />
          ) : null}
          <Table
            caption={
              area.name
                ? t('profile.figures.caption', { area: areaName, code: area.code, year: area.year })
                : t('profile.figures.captionCode', { code: area.code, year: area.year })
            }
          >
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('profile.figures.what')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {areaName}
                </th>
                {data.municipality ? (
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('profile.figures.municipality')} ({data.municipality.name || data.municipality.code})
                  </th>
                ) : null}
                <th scope="col" className="utrecht-table__header-cell">
                  {t('profile.figures.unit')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {data.figures.map((f) => (
                <tr key={f.key} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell wk-row-head">
                    {f.label}
                  </th>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric" data-label={areaName}>
                    {show(f.area)}
                  </td>
                  {data.municipality ? (
                    <td
                      className="utrecht-table__cell utrecht-table__cell--numeric"
                      data-label={t('profile.figures.municipality')}
                    >
                      {show(f.municipality)}
                    </td>
                  ) : null}
                  <td className="utrecht-table__cell" data-label={t('profile.figures.unit')}>
                    {f.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Paragraph small>{t('profile.figures.missingHelp')}</Paragraph>
          <Paragraph small>
            {area.fetchedAt
              ? t('profile.figures.sourceFetched', {
                  source: area.source,
                  licence: data.licence,
                  date: formatDate(area.fetchedAt, locale),
                })
              : t('profile.figures.source', { source: area.source, licence: data.licence })}
          </Paragraph>
          {canRemove ? (
            <ButtonGroup>
              <ConfirmButton
                label={t('profile.figures.remove', { area: areaName })}
                question={t('common.removeQuestion', { what: areaName })}
                confirmLabel={t('common.removeConfirm')}
                onConfirm={remove}
              />
            </ButtonGroup>
          ) : null}
          <ErrorAlert error={removal.error} />
          <Heading level={3}>{t('profile.compare.title')}</Heading>
          {data.comparison.length === 0 ? (
            <Paragraph>{t('profile.compare.none')}</Paragraph>
          ) : (
            <>
              {data.comparison.some((c) => c.direction !== 'same') ? (
                <>
                  <ul className="utrecht-unordered-list wk-list">
                    {data.comparison
                      .filter((c) => c.direction !== 'same')
                      .map((c) => (
                        <li key={c.key}>{c.sentence}</li>
                      ))}
                  </ul>
                  <Paragraph small>{t('profile.compare.same')}</Paragraph>
                </>
              ) : (
                <Paragraph>{t('profile.compare.noDifferences')}</Paragraph>
              )}
              <Table caption={t('profile.compare.caption', { area: areaName })}>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('profile.compare.measure')}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {areaName}
                    </th>
                    <th scope="col" className="utrecht-table__header-cell">
                      {t('profile.figures.municipality')}
                    </th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {data.comparison.map((c) => (
                    <tr key={c.key} className="utrecht-table__row">
                      <th scope="row" className="utrecht-table__cell wk-row-head">
                        {c.label}
                        {c.measure === 'share' ? ` (${t('profile.compare.share')})` : ''}
                      </th>
                      <td className="utrecht-table__cell utrecht-table__cell--numeric" data-label={areaName}>
                        {formatNumber(c.area, locale)}
                        {c.unit === '%' ? '%' : ''}
                      </td>
                      <td
                        className="utrecht-table__cell utrecht-table__cell--numeric"
                        data-label={t('profile.figures.municipality')}
                      >
                        {formatNumber(c.municipality, locale)}
                        {c.unit === '%' ? '%' : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </>
          )}
        </>
      )}
    </section>
  );
}
