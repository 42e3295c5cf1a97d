import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarDateSchema } from '../../../core/permit/calendar-date.ts';
import type { Endorsement } from '../../../core/permit/model/endorsement.ts';
import type { ClaimedLineItem, PermitClaims } from '../../../core/qr/permit-claims.ts';
import { useSignedInUser } from '../../auth/SessionContext.tsx';
import { useDb } from '../../db/DbContext.tsx';
import { StorageFullError } from '../../db/storage-full.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { actingIdentityFor } from '../../log/acting-identity.ts';
import { recordEndorsement } from '../../log/record-endorsement.ts';
import { unitName } from '../permit/codeNames.ts';

/** Box 14 as typed: text, kept as it is while the inspector corrects it or when recording fails. */
export interface EndorsementDraft {
  readonly quantities: readonly string[];
  readonly port: string;
  readonly date: string;
  readonly billOfLading: string;
  readonly inspector: string;
}

/** What is wrong with each field, in the interface language; null when the field is fine. */
export interface EndorsementFieldErrors {
  readonly quantities: readonly (string | null)[];
  readonly port: string | null;
  readonly date: string | null;
  readonly inspector: string | null;
}

function noFieldErrors(lineItems: number): EndorsementFieldErrors {
  return { quantities: Array.from({ length: lineItems }, () => null), port: null, date: null, inspector: null };
}

function hasErrors(errors: EndorsementFieldErrors): boolean {
  return errors.port !== null || errors.date !== null || errors.inspector !== null || errors.quantities.some((error) => error !== null);
}

/**
 * Records the endorsement of the verified QR's permit as the signed-in inspector: the typed box 14 checked
 * field by field first (nothing is recorded while anything is wrong), then signed into the device's log.
 * Answers the endorsement recorded, or undefined with the problem in `problem` and the draft untouched.
 */
export function useEndorsement(claims: PermitClaims, now: () => number) {
  const { t } = useTranslation();
  const db = useDb();
  const user = useSignedInUser();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [errors, setErrors] = useState<EndorsementFieldErrors>(() => noFieldErrors(claims.lineItems.length));

  const unitOf = useCallback(
    (item: ClaimedLineItem) => (item.unit === null ? t('inspect.claims.specimens') : (unitName(item.unit, language) ?? item.unit)),
    [t, language],
  );

  const quantityError = useCallback(
    (text: string, item: ClaimedLineItem): string | null => {
      if (text.trim() === '') return t('endorse.errors.quantityMissing');
      const value = Number(text);
      if (!Number.isFinite(value) || value < 0) return t('endorse.errors.quantityNotNumber');
      if (value > item.quantity) return t('endorse.errors.quantityAbove', { quantity: item.quantity, unit: unitOf(item) });
      return null;
    },
    [t, unitOf],
  );

  const endorse = useCallback(
    async (draft: EndorsementDraft): Promise<Endorsement | undefined> => {
      const date = calendarDateSchema.safeParse(draft.date);
      const found: EndorsementFieldErrors = {
        quantities: claims.lineItems.map((item, index) => quantityError(draft.quantities[index] ?? '', item)),
        port: draft.port.trim() === '' ? t('endorse.errors.portMissing') : null,
        date: date.success ? null : t('endorse.errors.dateMissing'),
        inspector: draft.inspector.trim() === '' ? t('endorse.errors.inspectorMissing') : null,
      };
      setErrors(found);
      setProblem(null);
      if (hasErrors(found) || !date.success) return undefined;
      const billOfLading = draft.billOfLading.trim();
      const endorsement: Endorsement = {
        actualQuantities: draft.quantities.map(Number),
        port: draft.port.trim(),
        date: date.data,
        inspector: draft.inspector.trim(),
        billOfLading: billOfLading === '' ? null : billOfLading,
      };
      setBusy(true);
      try {
        const account = await db.accounts.get(user.userId);
        const identity = account === undefined ? undefined : await actingIdentityFor(user, account, 'inspector');
        if (identity === undefined) {
          setProblem(t('permit.acts.noKey'));
          return undefined;
        }
        const recorded = await recordEndorsement(db, identity, claims, endorsement, now());
        if (!recorded.ok) {
          setProblem(recorded.error.message[language]);
          return undefined;
        }
        return endorsement;
      } catch (error) {
        setProblem(error instanceof StorageFullError ? t('permit.acts.storageFull') : t('endorse.failed'));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [claims, db, user, language, now, t, quantityError],
  );

  return { busy, problem, errors, endorse, unitOf };
}
