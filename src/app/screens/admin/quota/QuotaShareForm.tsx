import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useChecklist } from '../../../checklist/useChecklist.ts';
import { usePermitCodeOptions } from '../../../codes/usePermitCodeOptions.ts';
import type { QuotaDevice, QuotaShareRequest } from './quotaSchemas.ts';
import { resolveTaxon } from './resolveTaxon.ts';

interface QuotaShareFormProps {
  readonly devices: readonly QuotaDevice[];
  /** The quota year the form starts on (this year). */
  readonly year: number;
  readonly busy: boolean;
  readonly onSubmit: (request: QuotaShareRequest, taxonName: string) => void;
}

/** One share to set: an enrolled device, a checklist taxon (by id or name), the year, the amount and its unit. */
export function QuotaShareForm({ devices, year, busy, onSubmit }: QuotaShareFormProps) {
  const { t } = useTranslation();
  const checklist = useChecklist();
  const { units } = usePermitCodeOptions();
  const ids = { title: useId(), device: useId(), taxon: useId(), year: useId(), amount: useId(), unit: useId() };
  const [fields, setFields] = useState({ device: '', taxon: '', year: String(year), amount: '', unit: '' });
  const taxon = typeof checklist === 'string' ? undefined : resolveTaxon(checklist.lookup, fields.taxon);
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (taxon === undefined || fields.device === '') return;
    onSubmit({ device: fields.device, taxonId: taxon.id, year: Number(fields.year), amount: Number(fields.amount), unit: fields.unit === '' ? null : fields.unit }, taxon.scientificName);
  };

  const taxonNote = () => {
    if (checklist === 'loading') return t('quota.form.checklistLoading');
    if (checklist === 'failed') return t('species.unavailable');
    if (fields.taxon.trim() === '') return '';
    return taxon === undefined ? t('quota.form.taxonUnknown') : t('quota.form.taxonFound', { name: taxon.scientificName, id: taxon.id });
  };

  return (
    <form className="card" aria-labelledby={ids.title} onSubmit={submit}>
      <h4 id={ids.title}>{t('quota.form.title')}</h4>
      <p className="note">{t('quota.form.explain')}</p>
      <div className="field">
        <label className="field__label" htmlFor={ids.device}>{t('quota.form.device')}</label>
        <select id={ids.device} required value={fields.device} onChange={set('device')}>
          <option value="">{t('quota.form.chooseDevice')}</option>
          {devices.filter((device) => device.revokedAt === null).map((device) => (
            <option key={device.code} value={device.code}>
              {t('quota.form.deviceOption', { code: device.code, user: device.label ?? device.user.displayName })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.taxon}>{t('quota.form.taxon')}</label>
        <input id={ids.taxon} type="text" required value={fields.taxon} onChange={set('taxon')} aria-describedby={`${ids.taxon}-note`} />
        <p className="note" id={`${ids.taxon}-note`} role="status">{taxonNote()}</p>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.year}>{t('quota.form.year')}</label>
        <input id={ids.year} type="number" required min={2000} max={2100} step={1} value={fields.year} onChange={set('year')} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.amount}>{t('quota.form.amount')}</label>
        <input id={ids.amount} type="number" required min={0} step="any" value={fields.amount} onChange={set('amount')} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.unit}>{t('quota.form.unit')}</label>
        <select id={ids.unit} value={fields.unit} onChange={set('unit')}>
          <option value="">{t('quota.specimens')}</option>
          {units.map((unit) => (
            <option key={unit.value} value={unit.value}>{unit.label}</option>
          ))}
        </select>
      </div>
      <div className="admin-actions">
        <button type="submit" disabled={busy || taxon === undefined || fields.device === ''}>{t('quota.form.submit')}</button>
      </div>
    </form>
  );
}
