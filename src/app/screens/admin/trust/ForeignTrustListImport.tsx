import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hqRequest, type HqFailure } from '../api/hqRequest.ts';
import { trustListSummarySchema, type TrustListSummary } from '../api/schemas.ts';
import { FailureMessage } from '../common/FailureMessage.tsx';
import { readFileAsBase64 } from './readFileAsBase64.ts';
import { TrustListFacts } from './TrustListFacts.tsx';

type Step =
  | { readonly kind: 'choose' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'confirm'; readonly signed: string; readonly summary: TrustListSummary }
  | { readonly kind: 'refused'; readonly failure: HqFailure };

/**
 * Another Party's trust list in two steps: HQ verifies the file and shows its Party and root key
 * fingerprint without storing it; the admin compares the fingerprint with the one that Party gave out of
 * band (telephone, letter) and only then confirms, sending the fingerprint they saw.
 */
export function ForeignTrustListImport({ onImported }: { onImported: (summary: TrustListSummary) => void }) {
  const { t } = useTranslation();
  const ids = { title: useId(), file: useId(), compared: useId() };
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [compared, setCompared] = useState(false);
  const [busy, setBusy] = useState(false);
  const [importFailure, setImportFailure] = useState<HqFailure | undefined>(undefined);

  async function preview(file: File) {
    setStep({ kind: 'checking' });
    setCompared(false);
    setImportFailure(undefined);
    const signed = await readFileAsBase64(file);
    if (signed === undefined) {
      // Not HQ's refusal but the browser's; shown the same way, under a code of the app's own.
      setStep({ kind: 'refused', failure: { kind: 'refused', status: 0, code: 'unreadable_file', message: file.name } });
      return;
    }
    const previewed = await hqRequest('/api/v1/trust-lists/foreign/preview', trustListSummarySchema, { method: 'POST', body: { signed } });
    setStep(previewed.ok ? { kind: 'confirm', signed, summary: previewed.value } : { kind: 'refused', failure: previewed.failure });
  }

  async function confirm(signed: string, summary: TrustListSummary) {
    setBusy(true);
    const imported = await hqRequest('/api/v1/trust-lists/foreign', trustListSummarySchema, {
      method: 'POST',
      body: { signed, rootKeyFingerprint: summary.rootKeyFingerprint },
    });
    setBusy(false);
    if (!imported.ok) {
      setImportFailure(imported.failure);
      return;
    }
    setStep({ kind: 'choose' });
    onImported(imported.value);
  }

  return (
    <section className="card" aria-labelledby={ids.title}>
      <h3 id={ids.title}>{t('admin.trust.importTitle')}</h3>
      <div className="field">
        <label className="field__label" htmlFor={ids.file}>
          {t('admin.trust.importFile')}
        </label>
        <input
          id={ids.file}
          type="file"
          accept=".cbor,application/cbor"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file !== undefined) void preview(file);
          }}
        />
      </div>
      {step.kind === 'checking' ? <p role="status">{t('admin.trust.checking')}</p> : null}
      {step.kind === 'refused' ? <FailureMessage failure={step.failure} /> : null}
      {step.kind === 'confirm' ? (
        <div data-testid="foreign-preview">
          <p>{t('admin.trust.verified', { party: step.summary.party })}</p>
          <TrustListFacts summary={step.summary} />
          <p className="admin-warning">{t('admin.trust.compareWarning', { party: step.summary.party })}</p>
          <label className="admin-check" htmlFor={ids.compared}>
            <input id={ids.compared} type="checkbox" checked={compared} onChange={(event) => setCompared(event.target.checked)} />
            {t('admin.trust.compared', { party: step.summary.party })}
          </label>
          {importFailure === undefined ? null : <FailureMessage failure={importFailure} />}
          <div className="admin-actions">
            <button type="button" disabled={!compared || busy} onClick={() => void confirm(step.signed, step.summary)}>
              {t('admin.trust.importConfirm', { party: step.summary.party })}
            </button>
            <button type="button" className="button--secondary" disabled={busy} onClick={() => setStep({ kind: 'choose' })}>
              {t('admin.common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
