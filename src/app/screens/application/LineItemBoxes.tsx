import { useTranslation } from 'react-i18next';
import { FieldFindings } from '../../components/form/FieldFindings.tsx';
import { findingsIdFor } from '../../components/form/findings.ts';
import { SpeciesPicker } from '../../components/species-picker/SpeciesPicker.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import type { LineItemFields } from './applicationFields.ts';
import { useApplicationForm } from './ApplicationFormContext.tsx';
import { BoxSelect, BoxText } from './BoxFields.tsx';
import { chooseTaxon, removeLineItem } from './lineItemChanges.ts';

const appendixOptions = ['I', 'II', 'III'].map((appendix) => ({ value: appendix, label: appendix }));

/** Boxes 7 to 12b for one line item. */
export function LineItemBoxes({ item, index }: { item: LineItemFields; index: number }) {
  const { t } = useTranslation();
  const { fields, update, findings, options } = useApplicationForm();
  const language = useLanguage();
  const path = `lineItems.${index}`;
  const number = index + 1;
  return (
    <fieldset className="line-item" data-testid={`line-item-${index}`}>
      <legend>{t('application.lineItem.legend', { number })}</legend>
      <SpeciesPicker
        label={t('application.lineItem.species')}
        name={`${path}.taxon`}
        value={item.taxon}
        onChoose={(taxon) => update(chooseTaxon(item.key, taxon, language))}
        describedBy={findingsIdFor(`${path}.taxon`)}
      />
      <FieldFindings id={findingsIdFor(`${path}.taxon`)} findings={findings.byField.get(`${path}.taxon`) ?? []} testId={`findings-${path}.taxon`} />
      <div className="boxes boxes--row">
        <BoxText label={t('application.lineItem.description')} path={`${path}.description`} />
        <BoxText label={t('application.lineItem.marks')} path={`${path}.marks`} />
        <BoxSelect label={t('application.lineItem.term')} path={`${path}.term`} options={options.terms} />
      </div>
      <div className="boxes boxes--row">
        <BoxSelect label={t('application.lineItem.appendix')} path={`${path}.appendix`} options={appendixOptions} />
        <BoxSelect label={t('application.lineItem.source')} path={`${path}.source`} options={options.sources} />
      </div>
      <div className="boxes boxes--row">
        <BoxText label={t('application.lineItem.quantity')} path={`${path}.quantity.amount`} type="number" />
        <BoxSelect label={t('application.lineItem.unit')} path={`${path}.quantity.unit`} options={options.units} emptyLabel={t('application.lineItem.numberOfSpecimens')} />
      </div>
      <fieldset className="boxes boxes--row">
        <legend>{t('application.lineItem.quota.legend')}</legend>
        <BoxText label={t('application.lineItem.quota.totalExported')} path={`${path}.quota.totalExported`} type="number" />
        <BoxText label={t('application.lineItem.quota.annualQuota')} path={`${path}.quota.annualQuota`} type="number" />
      </fieldset>
      <fieldset className="boxes boxes--row">
        <legend>{t('application.lineItem.origin.legend')}</legend>
        <BoxSelect label={t('application.country')} path={`${path}.origin.country`} options={options.countries} />
        <BoxText label={t('application.lineItem.origin.number')} path={`${path}.origin.permitNumber`} />
        <BoxText label={t('application.date')} path={`${path}.origin.date`} type="date" />
      </fieldset>
      <fieldset className="boxes boxes--row">
        <legend>{t('application.lineItem.lastReExport.legend')}</legend>
        <BoxSelect label={t('application.country')} path={`${path}.lastReExport.country`} options={options.countries} />
        <BoxText label={t('application.lineItem.lastReExport.number')} path={`${path}.lastReExport.certificateNumber`} />
        <BoxText label={t('application.date')} path={`${path}.lastReExport.date`} type="date" />
      </fieldset>
      <fieldset className="boxes boxes--row">
        <legend>{t('application.lineItem.box12b')}</legend>
        <BoxText label={t('application.lineItem.operationNumber')} path={`${path}.operationNumber`} />
        <BoxText label={t('application.lineItem.acquisitionDate')} path={`${path}.acquisitionDate`} type="date" />
      </fieldset>
      {fields.lineItems.length > 1 && (
        <button type="button" className="button--secondary" onClick={() => update(removeLineItem(item.key))}>
          {t('application.lineItem.remove', { number })}
        </button>
      )}
    </fieldset>
  );
}
