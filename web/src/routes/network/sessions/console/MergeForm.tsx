import { useState, type FormEvent } from 'react';
import { useT } from '../../../../i18n';
import { api } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import type { AnswerView } from '../../../../api/session-types';
import {
  Button,
  ButtonGroup,
  ErrorAlert,
  Heading,
  Paragraph,
  TextAreaField,
  TextField,
} from '../../../../components/ui';
import type { MergeAnswers, UpdateAnswer } from '../../../../api/requests';

/** Merge the selected answers into one, or give them a group. */
export function MergeForm({
  path,
  selected,
  answers,
  onDone,
}: {
  path: string;
  selected: string[];
  answers: AnswerView[];
  onDone: () => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [group, setGroup] = useState('');
  const form = useMutation();
  const chosen = answers.filter((a) => selected.includes(a.id));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await form.run(async () => {
      await api('POST', `${path}/merge`, {
        answerIds: selected,
        text:
          text.trim() ||
          chosen
            .map((a) => a.text)
            .join(' / ')
            .slice(0, 500),
        ...(group.trim() ? { group: group.trim() } : {}),
      } satisfies MergeAnswers);
      setText('');
      setGroup('');
      onDone();
    });
  };
  const groupOnly = () =>
    form.run(async () => {
      for (const a of chosen)
        await api('PATCH', `${path}/answers/${a.id}`, {
          group: group.trim(),
          version: a.version,
        } satisfies UpdateAnswer);
      onDone();
    });
  return (
    <section aria-labelledby="ws-merge">
      <Heading level={2} id="ws-merge">
        {t('ws.console.mergeTitle')}
      </Heading>
      <Paragraph small>{t('ws.console.mergeHint', { n: chosen.length })}</Paragraph>
      <ErrorAlert error={form.error} />
      <form onSubmit={submit} noValidate className="ws-form">
        <TextAreaField
          label={t('ws.console.mergeText')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={500}
          rows={2}
        />
        <TextField
          label={t('ws.console.group')}
          value={group}
          onChange={(e) => setGroup(e.target.value)}
          maxLength={60}
        />
        <ButtonGroup>
          <Button type="submit" disabled={chosen.length < 2}>
            {t('ws.console.merge')}
          </Button>
          <Button variant="secondary" disabled={!chosen.length} onClick={() => void groupOnly()}>
            {t('ws.console.setGroup')}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
