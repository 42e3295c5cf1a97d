import { useTranslation } from 'react-i18next';
import { IDENTITY_DOCUMENT_TYPES } from '../../../core/permit/model/applicant.ts';
import type { PermitDraft } from '../../../core/permit/model/permit-draft.ts';
import { countryName } from '../../codes/codeOptions.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { documentTypeName } from '../../permit-summary/permitLabels.ts';
import { BoxRow } from './BoxRow.tsx';
import { purposeName } from './codeNames.ts';
import { TraderDetail } from './TraderDetail.tsx';

/** Boxes 1 to 6 and the Art. III import permit reference. */
export function PermitHeaderBoxes({ permit }: { permit: PermitDraft }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reference = permit.importPermitReference;
  const documentType = permit.document?.type;
  return (
    <dl className="boxes-list">
      <BoxRow box="1" label={t('permit.box.document')}>
        {[permit.number, documentType && documentTypeName(documentType, language), documentType === 'other' ? permit.document?.description : undefined]
          .filter(Boolean)
          .join(' · ')}
      </BoxRow>
      <BoxRow box="2" label={t('permit.box.validUntil')}>{permit.validUntil}</BoxRow>
      <BoxRow box="3/3a" label={t('permit.box.importer')}><TraderDetail name={permit.importer?.name} address={permit.importer?.address} country={permit.importer?.country} /></BoxRow>
      <BoxRow box="4" label={t('permit.box.exporter')}><TraderDetail name={permit.exporter?.name} address={permit.exporter?.address} country={permit.exporter?.country} /></BoxRow>
      <BoxRow box="5" label={t('permit.box.specialConditions')}>{permit.specialConditions}</BoxRow>
      <BoxRow box="5a" label={t('permit.box.purpose')}>{purposeName(permit.purpose, language)}</BoxRow>
      <BoxRow box="5b" label={t('permit.box.securityStamp')}>{permit.securityStamp}</BoxRow>
      <BoxRow box="6" label={t('permit.box.managementAuthority')}><TraderDetail
          name={permit.managementAuthority?.name}
          address={permit.managementAuthority?.address}
          country={permit.managementAuthority?.party}
        /></BoxRow>
      <BoxRow label={t('permit.box.importPermitReference')}>
        {reference && [reference.number, reference.issuingParty && countryName(reference.issuingParty, language), reference.date].filter(Boolean).join(' · ')}
      </BoxRow>
    </dl>
  );
}

/** Boxes 13 to 15 and the applicant. */
export function PermitFooterBoxes({ permit }: { permit: PermitDraft }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { issuance, endorsement, applicant } = permit;
  const identity = applicant?.identityDocument;
  const identityType = IDENTITY_DOCUMENT_TYPES.find((type) => type === identity?.type);
  return (
    <dl className="boxes-list">
      <BoxRow box="13" label={t('permit.box.issuance')}>{issuance && [issuance.place, issuance.date, issuance.official].filter(Boolean).join(' · ')}</BoxRow>
      <BoxRow box="14" label={t('permit.box.endorsement')}>
        {endorsement && [endorsement.actualQuantities?.join(', '), endorsement.port, endorsement.date, endorsement.inspector].filter(Boolean).join(' · ')}
      </BoxRow>
      <BoxRow box="15" label={t('permit.box.billOfLading')}>{endorsement?.billOfLading}</BoxRow>
      <BoxRow label={t('permit.box.applicant')}>
        {[applicant?.name, applicant?.address].filter(Boolean).join(', ')}
        {identity && (identityType || identity.number) && (
          <span className="detail-line">
            {[identityType && t(`identityDocumentType.${identityType}`), identity.number, identity.issuingCountry && countryName(identity.issuingCountry, language)]
              .filter(Boolean)
              .join(' · ')}
          </span>
        )}
      </BoxRow>
    </dl>
  );
}
