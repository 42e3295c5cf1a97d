// Printing an issued permit: its QR signed with the acting user's device key, the standard-form PDF, and
// one signed `printed` entry. Loaded only by a dynamic import when the user prints: it carries jsPDF and the
// QR encoder, which the app shell must not.
import type { LocalizedMessage } from '../../core/permit/localized-error.ts';
import { permitSchema } from '../../core/permit/model/permit.ts';
import { failure, success, type Result } from '../../core/permit/result.ts';
import type { FormLanguage } from '../../core/print/form-labels.ts';
import { renderPermitPdf } from '../../core/print/render-permit-pdf.ts';
import { permitClaimsFromPermit } from '../../core/qr/claims-from-permit.ts';
import { encodePermitQr } from '../../core/qr/encode-permit-qr.ts';
import type { HornbillDb } from '../db/database.ts';
import type { PermitRecord } from '../db/permit-record.ts';
import type { ActingIdentity } from '../log/acting-identity.ts';
import { recordPermitAct } from '../log/record-permit-act.ts';

export interface PrintedPermit {
  readonly pdf: Uint8Array;
  readonly qrText: string;
  /** The permit row after the `printed` entry. */
  readonly permit: PermitRecord;
}

const NOT_PRINTABLE: LocalizedMessage = {
  en: 'Only a complete, issued permit can be printed.',
  fr: 'Seul un permis complet et délivré peut être imprimé.',
  es: 'Solo se puede imprimir un permiso completo y expedido.',
};

/** The PDF of `record` in `language`, recorded as one print-out; a refusal (not issued, incomplete) records nothing. */
export async function printPermit(
  db: HornbillDb,
  identity: ActingIdentity,
  record: PermitRecord,
  language: FormLanguage,
  now: number,
): Promise<Result<PrintedPermit, LocalizedMessage>> {
  // The stored content carries no endorsement until an inspector endorses (as issueFindings reads it).
  const permit = permitSchema.safeParse({ endorsement: null, ...record.content, status: record.status });
  if (record.status !== 'issued' || !permit.success) return failure(NOT_PRINTABLE);
  const claims = permitClaimsFromPermit(permit.data);
  if (!claims.ok) return failure(NOT_PRINTABLE);
  const qrText = await encodePermitQr(claims.value, { seed: identity.seed, kid: identity.kid });
  const pdf = renderPermitPdf(permit.data, { language, qrText, printedAt: now });
  const recorded = await recordPermitAct(db, identity, record.id, 'print', { copies: 1 }, now);
  if (!recorded.ok) return failure(recorded.error.message);
  return success({ pdf, qrText, permit: recorded.value.permit });
}
