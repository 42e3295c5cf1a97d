import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The QR's text pasted or typed: for support by phone, and for tests. */
export function QrTextInput({ onText }: { readonly onText: (qrText: string) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [text, setText] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    onText(text);
  }

  return (
    <form onSubmit={submit}>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          {t('inspect.text.label')}
        </label>
        <textarea id={inputId} rows={3} spellCheck={false} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <button type="submit" disabled={text.trim() === ''}>
        {t('inspect.text.verify')}
      </button>
    </form>
  );
}
