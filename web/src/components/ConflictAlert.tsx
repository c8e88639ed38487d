import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { Alert } from './ui';

/**
 * Someone else saved the record while you were editing it. Your text stays in the form; this
 * shows what is saved now (`saved` after "Now saved:", `facts` as a list) so you can merge.
 */
export function ConflictAlert({
  message,
  saved,
  facts,
}: {
  message?: string;
  saved?: ReactNode;
  facts?: { label: string; value: ReactNode }[];
}) {
  const t = useT();
  return (
    <Alert type="warning">
      <p className="utrecht-paragraph">{message ?? t('conflict.keepYours')}</p>
      {saved !== undefined || facts ? (
        <p className="utrecht-paragraph">
          {t('conflict.nowSaved')}
          {saved !== undefined ? <> {saved}</> : null}
        </p>
      ) : null}
      {facts ? (
        <dl className="wk-facts">
          {facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </Alert>
  );
}
