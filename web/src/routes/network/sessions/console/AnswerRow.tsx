import { useT } from '../../../../i18n';
import type { AnswerView, SessionKind } from '../../../../api/session-types';
import { Button, ButtonGroup } from '../../../../components/ui';

/** One answer in the console: select it, approve, reject or take it off the screen, and take it over. */
export function AnswerRow({
  a,
  kind,
  questions,
  selected,
  onSelect,
  onPatch,
  onAccept,
}: {
  a: AnswerView;
  kind: SessionKind;
  questions: number;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onPatch: (body: { status: 'approved' | 'hidden' | 'rejected' }) => void;
  onAccept: (into?: 'focus') => void;
}) {
  const t = useT();
  return (
    <li className="ws-answer">
      <div className="ws-answer__main">
        <input
          type="checkbox"
          id={`sel-${a.id}`}
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={selected}
          onChange={(e) => onSelect(e.target.checked)}
        />
        <label htmlFor={`sel-${a.id}`} className="ws-answer__text">
          {a.text}
          <span className="ws-name"> — {a.name || t('ws.anonymous')}</span>
          {questions > 1 ? (
            <span className="ws-name"> ({t('ws.console.question', { n: a.questionIndex + 1 })})</span>
          ) : null}
          {a.group ? <span className="ws-badge">{a.group}</span> : null}
          {a.status === 'rejected' ? <span className="ws-badge">{t('ws.console.rejectedBadge')}</span> : null}
          {a.acceptedAs ? (
            <span className="ws-badge ws-badge--approved">
              {t(
                `ws.accepted.${a.acceptedAs === 'card_item' ? 'card' : a.acceptedAs === 'why_ladder' ? 'ladder' : a.acceptedAs === 'focus_candidate' ? 'focus' : 'idea'}`,
              )}
            </span>
          ) : null}
        </label>
      </div>
      <ButtonGroup>
        {a.status !== 'approved' ? (
          <>
            <Button variant="secondary" onClick={() => onPatch({ status: 'approved' })}>
              {t('ws.console.approve')}
            </Button>
            {a.status === 'pending' ? (
              <Button variant="secondary" onClick={() => onPatch({ status: 'rejected' })}>
                {t('ws.console.reject')}
              </Button>
            ) : null}
          </>
        ) : (
          <Button variant="secondary" onClick={() => onPatch({ status: 'hidden' })}>
            {t('ws.console.hide')}
          </Button>
        )}
        {!a.acceptedAs ? (
          <Button variant="secondary" onClick={() => onAccept()}>
            {t(
              kind === 'card'
                ? 'ws.console.acceptCard'
                : kind === 'ladder'
                  ? 'ws.console.acceptLadder'
                  : 'ws.console.acceptIdea',
            )}
          </Button>
        ) : null}
        {!a.acceptedAs && (kind === 'ideas' || kind === 'vote') ? (
          <Button variant="secondary" onClick={() => onAccept('focus')}>
            {t('ws.console.acceptFocus')}
          </Button>
        ) : null}
      </ButtonGroup>
    </li>
  );
}
