import { useState, type FormEvent } from 'react';
import { useT } from '../../../../i18n';
import { api } from '../../../../api/client';
import { useMutation } from '../../../../api/useMutation';
import { Button, ErrorAlert, Heading, Paragraph, TextAreaField, TextField } from '../../../../components/ui';
import type { TypeAnswer as TypeAnswerRequest } from '../../../../api/requests';

/** The kartrekker types an answer heard in the room. */
export function TypeAnswer({ path, questions }: { path: string; questions: string[] }) {
  const t = useT();
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [question, setQuestion] = useState(0);
  const form = useMutation();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await form.run(async () => {
      await api('POST', `${path}/answers`, {
        questionIndex: question,
        text: text.trim(),
        ...(name.trim() ? { name: name.trim() } : {}),
      } satisfies TypeAnswerRequest);
      setText('');
    });
  };
  const { error, fields } = form;
  return (
    <section aria-labelledby="ws-type">
      <Heading level={2} id="ws-type">
        {t('ws.console.typeTitle')}
      </Heading>
      <Paragraph small>{t('ws.console.typeHint')}</Paragraph>
      {error && !fields.text ? <ErrorAlert error={error} /> : null}
      <form onSubmit={submit} noValidate className="ws-form">
        {questions.length > 1 ? (
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor="ws-type-q">
              {t('ws.console.whichQuestion')}
            </label>
            <select
              id="ws-type-q"
              className="utrecht-select utrecht-select--html-select"
              value={question}
              onChange={(e) => setQuestion(Number(e.target.value))}
            >
              {questions.map((q, i) => (
                <option key={i} value={i}>
                  {q}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <TextAreaField
          label={t('ws.console.typeText')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={500}
          rows={2}
          required
          error={fields.text}
        />
        <TextField
          label={t('ws.console.typeName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={200}
        />
        <Button type="submit" disabled={!text.trim()}>
          {t('ws.console.typeSubmit')}
        </Button>
      </form>
    </section>
  );
}
