import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { useMutation } from '../api/useMutation';
import { Button } from './ui';

/** A destructive action that asks "are you sure?" in place, without a pop-up. */
export function ConfirmButton({
  label,
  about,
  question,
  confirmLabel,
  onConfirm,
}: {
  label: string;
  /** Who or what the action is about, added to the accessible name (e.g. in a table row). */
  about?: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  // The caller shows errors (usually through its own useMutation); this only holds busy.
  const action = useMutation();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) confirmRef.current?.focus();
    else if (wasOpen.current) openerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <Button
        ref={openerRef}
        variant="danger"
        aria-label={about ? `${label}: ${about}` : undefined}
        onClick={() => setOpen(true)}
      >
        {label}
      </Button>
    );
  }
  return (
    <div className="wk-confirm" role="group" aria-label={question}>
      <p className="utrecht-paragraph wk-confirm__question">{question}</p>
      <div className="wk-button-group">
        <Button
          ref={confirmRef}
          variant="danger"
          busy={action.busy}
          onClick={() => void action.run(async () => onConfirm())}
        >
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
