import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../core/permit/transition-roles.ts';
import type { PermitRecord } from '../../db/permit-record.ts';
import { isLanguage, languageNativeNames, supportedLanguages, type Language } from '../../i18n/languages.ts';
import { usePermitAct } from './usePermitAct.ts';

/** The roles that print (the projection refuses a `printed` entry under any other); the approver's first. */
const PRINTING_ROLES: readonly Role[] = ['approver', 'officer'];

/** Hands the PDF to the browser, which opens or saves it under the permit's number. */
function savePdf(pdf: Uint8Array, number: string): void {
  const url = URL.createObjectURL(new Blob([pdf.slice().buffer], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${number}.pdf`;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * Print on an issued permit: the standard form in the chosen language with the QR signed by the signed-in
 * user's device key, recorded as one signed `printed` entry. The renderer is imported only when printing.
 */
export function PrintPermit({ record, onRecorded }: { readonly record: PermitRecord; readonly onRecorded: (record: PermitRecord) => void }) {
  const { t } = useTranslation();
  const { db, user, language, busy, problem, run } = usePermitAct();
  const [formLanguage, setFormLanguage] = useState<Language>(language);
  const languageId = useId();
  const role = PRINTING_ROLES.find((candidate) => user.roles.includes(candidate));
  if (record.status !== 'issued' || role === undefined) return null;

  async function print() {
    if (role === undefined) return;
    const permit = await run(role, async (identity) => {
      const { printPermit } = await import('../../print/print-permit.ts');
      const printed = await printPermit(db, identity, record, formLanguage, Date.now());
      if (!printed.ok) return { refusal: printed.error };
      savePdf(printed.value.pdf, record.content.number ?? record.id);
      return { permit: printed.value.permit };
    });
    if (permit !== undefined) onRecorded(permit);
  }

  return (
    <section className="card" aria-labelledby="permit-print-heading">
      <h3 id="permit-print-heading">{t('permit.print.heading')}</h3>
      <p className="note">{t('permit.print.explain')}</p>
      <div className="field">
        <label className="field__label" htmlFor={languageId}>
          {t('permit.print.language')}
        </label>
        <select id={languageId} value={formLanguage} onChange={(event) => isLanguage(event.target.value) && setFormLanguage(event.target.value)}>
          {supportedLanguages.map((code) => (
            <option key={code} value={code}>
              {languageNativeNames[code]}
            </option>
          ))}
        </select>
      </div>
      <button type="button" disabled={busy} onClick={() => void print()}>
        {busy ? t('permit.print.printing') : t('permit.print.print')}
      </button>
      {problem !== null && <p role="alert">{problem}</p>}
    </section>
  );
}
