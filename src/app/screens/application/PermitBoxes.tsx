import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPE_NAMES, DOCUMENT_TYPES } from '../../../core/permit/model/document-type.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { capitalise } from '../../format/capitalise.ts';
import { useApplicationForm } from './ApplicationFormContext.tsx';
import { BoxSelect, BoxText } from './BoxFields.tsx';

function TraderBoxes({ party }: { party: 'importer' | 'exporter' }) {
  const { t } = useTranslation();
  const { options } = useApplicationForm();
  return (
    <fieldset className="boxes">
      <legend>{t(`application.${party}.legend`)}</legend>
      <BoxText label={t('application.name')} path={`${party}.name`} />
      <BoxText label={t('application.address')} path={`${party}.address`} multiline />
      <BoxSelect label={t(`application.${party}.country`)} path={`${party}.country`} options={options.countries} />
    </fieldset>
  );
}

/** Boxes 1 and 3 to 6 of the standard form, in their order (box 2, the validity, is set at issue). */
export function PermitBoxes() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { fields, options } = useApplicationForm();
  const documentTypes = DOCUMENT_TYPES.map((type) => ({ value: type, label: capitalise(DOCUMENT_TYPE_NAMES[type][language]) }));
  return (
    <section className="card" aria-labelledby="boxes-heading">
      <h3 id="boxes-heading">{t('application.permitHeading')}</h3>
      <BoxSelect label={t('application.documentType')} path="document.type" options={documentTypes} />
      {fields.document.type === 'other' && <BoxText label={t('application.documentDescription')} path="document.description" />}
      <TraderBoxes party="importer" />
      <TraderBoxes party="exporter" />
      <BoxText label={t('application.specialConditions')} path="specialConditions" multiline />
      <BoxSelect label={t('application.purpose')} path="purpose" options={options.purposes} />
      <BoxText label={t('application.securityStamp')} path="securityStamp" />
      <fieldset className="boxes">
        <legend>{t('application.managementAuthority.legend')}</legend>
        <BoxSelect label={t('application.managementAuthority.party')} path="managementAuthority.party" options={options.parties} />
        <BoxText label={t('application.name')} path="managementAuthority.name" />
        <BoxText label={t('application.address')} path="managementAuthority.address" multiline />
      </fieldset>
      <fieldset className="boxes">
        <legend>{t('application.importPermitReference.legend')}</legend>
        <p className="note">{t('application.importPermitReference.hint')}</p>
        <BoxText label={t('application.importPermitReference.number')} path="importPermitReference.number" />
        <BoxSelect label={t('application.importPermitReference.issuingParty')} path="importPermitReference.issuingParty" options={options.parties} />
        <BoxText label={t('application.date')} path="importPermitReference.date" type="date" />
      </fieldset>
    </section>
  );
}
