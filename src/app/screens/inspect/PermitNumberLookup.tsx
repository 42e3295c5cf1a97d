import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePermitNumber } from '../../../core/permit/permit-number.ts';
import { useDb } from '../../db/DbContext.tsx';
import { findPermitByNumber } from '../../inspect/find-permit-by-number.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { hrefFor } from '../../router/routes.ts';

type Lookup = { readonly kind: 'typo'; readonly message: string } | { readonly kind: 'found'; readonly number: string; readonly id: string } | { readonly kind: 'missing'; readonly number: string };

/** A number typed from the paper: its check character catches a typo at once, then the device's permits are searched. */
export function PermitNumberLookup() {
  const { t } = useTranslation();
  const language = useLanguage();
  const db = useDb();
  const inputId = useId();
  const [text, setText] = useState('');
  const [lookup, setLookup] = useState<Lookup | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parsePermitNumber(text);
    if (!parsed.ok) {
      setLookup({ kind: 'typo', message: parsed.error.message[language] });
      return;
    }
    const number = text.trim().toUpperCase();
    const found = await findPermitByNumber(db, number);
    setLookup(found === undefined ? { kind: 'missing', number } : { kind: 'found', number, id: found.id });
  }

  return (
    <form onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          {t('inspect.number.label')}
        </label>
        <input id={inputId} autoComplete="off" spellCheck={false} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <button type="submit" disabled={text.trim() === ''}>
        {t('inspect.number.find')}
      </button>
      {lookup?.kind === 'typo' && <p role="alert">{lookup.message}</p>}
      {lookup?.kind === 'missing' && <p role="status">{t('inspect.number.notFound', { number: lookup.number })}</p>}
      {lookup?.kind === 'found' && (
        <p role="status">
          {t('inspect.number.found', { number: lookup.number })} <a href={hrefFor({ screen: 'permit', id: lookup.id })}>{t('inspect.number.open')}</a>
        </p>
      )}
    </form>
  );
}
