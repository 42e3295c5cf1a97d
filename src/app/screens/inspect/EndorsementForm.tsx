import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Endorsement } from '../../../core/permit/model/endorsement.ts';
import type { PermitClaims } from '../../../core/qr/permit-claims.ts';
import { useSignedInUser } from '../../auth/SessionContext.tsx';
import { localDateOf } from '../../log/local-date.ts';
import { EndorsementField } from './EndorsementField.tsx';
import { useEndorsement, type EndorsementDraft } from './useEndorsement.ts';

interface EndorsementFormProps {
  readonly claims: PermitClaims;
  /** The clock the default date and the entry's time are read from. */
  readonly now: () => number;
  readonly onEndorsed: (endorsement: Endorsement) => void;
}

function letterOf(index: number): string {
  return String.fromCharCode(65 + index);
}

/** Box 14 on the verdict screen: per line item the quantity actually exported, the port, the date, box 15. */
export function EndorsementForm({ claims, now, onEndorsed }: EndorsementFormProps) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { busy, problem, errors, endorse, unitOf } = useEndorsement(claims, now);
  const titleId = useId();
  const [draft, setDraft] = useState<EndorsementDraft>(() => ({
    quantities: claims.lineItems.map(() => ''),
    port: '',
    date: localDateOf(now()),
    billOfLading: '',
    inspector: user.displayName,
  }));
  const setQuantity = (index: number, value: string) => setDraft({ ...draft, quantities: draft.quantities.map((old, at) => (at === index ? value : old)) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const endorsement = await endorse(draft);
    if (endorsement !== undefined) onEndorsed(endorsement);
  }

  return (
    <form className="card" aria-labelledby={titleId} data-testid="endorsement-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3 id={titleId}>{t('endorse.title')}</h3>
      <p>{t('endorse.explain')}</p>
      {claims.lineItems.map((item, index) => (
        <EndorsementField
          key={index}
          label={t('endorse.actualQuantity', { letter: letterOf(index) })}
          hint={`${t('endorse.lineItem', { letter: letterOf(index), name: item.scientificName })}. ${t('endorse.permitted', { quantity: item.quantity, unit: unitOf(item) })}`}
          type="number"
          value={draft.quantities[index] ?? ''}
          error={errors.quantities[index] ?? null}
          onChange={(value) => setQuantity(index, value)}
        />
      ))}
      <EndorsementField label={t('endorse.port')} type="text" value={draft.port} error={errors.port} onChange={(port) => setDraft({ ...draft, port })} />
      <EndorsementField label={t('endorse.date')} type="date" value={draft.date} error={errors.date} onChange={(date) => setDraft({ ...draft, date })} />
      <EndorsementField
        label={t('endorse.billOfLading')}
        type="text"
        value={draft.billOfLading}
        error={null}
        onChange={(billOfLading) => setDraft({ ...draft, billOfLading })}
      />
      <EndorsementField label={t('endorse.inspector')} type="text" value={draft.inspector} error={errors.inspector} onChange={(inspector) => setDraft({ ...draft, inspector })} />
      {busy && <p role="status">{t('endorse.recording')}</p>}
      {problem !== null && <p role="alert">{problem}</p>}
      <button type="submit" disabled={busy}>
        {t('endorse.submit')}
      </button>
    </form>
  );
}
