import { useTranslation } from 'react-i18next';
import { IDENTITY_DOCUMENT_TYPES } from '../../../core/permit/model/applicant.ts';
import { useApplicationForm } from './ApplicationFormContext.tsx';
import { BoxSelect, BoxText } from './BoxFields.tsx';

/** The applicant, whose identity the audit trail must show (not a numbered box of the form). */
export function ApplicantSection() {
  const { t } = useTranslation();
  const { options } = useApplicationForm();
  const documentTypes = IDENTITY_DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`identityDocumentType.${type}`) }));
  return (
    <section className="card" aria-labelledby="applicant-heading">
      <h3 id="applicant-heading">{t('application.applicant.heading')}</h3>
      <BoxText label={t('application.name')} path="applicant.name" />
      <BoxText label={t('application.address')} path="applicant.address" multiline />
      <fieldset className="boxes">
        <legend>{t('application.applicant.identityDocument')}</legend>
        <BoxSelect label={t('application.applicant.documentType')} path="applicant.identityDocument.type" options={documentTypes} />
        <BoxText label={t('application.applicant.documentNumber')} path="applicant.identityDocument.number" />
        <BoxSelect label={t('application.applicant.issuingCountry')} path="applicant.identityDocument.issuingCountry" options={options.countries} />
      </fieldset>
    </section>
  );
}
