import { useTranslation } from 'react-i18next';
import { countryByCode } from '../../../core/codes/countries.ts';
import { DOCUMENT_TYPE_NAMES } from '../../../core/permit/model/document-type.ts';
import type { ClaimedLineItem, ClaimedTrader, PermitClaims } from '../../../core/qr/permit-claims.ts';
import type { Language } from '../../i18n/languages.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { purposeName, sourceName, termName, unitName } from '../permit/codeNames.ts';

function countryName(code: string, language: Language): string {
  const name = countryByCode(code)?.name[language];
  return name === undefined ? code : `${name} (${code})`;
}

function trader(party: ClaimedTrader, language: Language): string {
  return `${party.name}, ${countryName(party.country, language)}`;
}

function Row({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <div className="box-row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function ClaimedItem({ item, index }: { readonly item: ClaimedLineItem; readonly index: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-label={t('inspect.claims.lineItem', { letter: String.fromCharCode(65 + index) })}>
      <h4>{t('inspect.claims.lineItem', { letter: String.fromCharCode(65 + index) })}</h4>
      <dl>
        <Row label={t('inspect.claims.taxon')} value={item.scientificName} />
        <Row label={t('inspect.claims.appendix')} value={item.appendix} />
        <Row label={t('inspect.claims.source')} value={sourceName(item.source, language) ?? item.source} />
        <Row label={t('inspect.claims.term')} value={termName(item.term, language) ?? item.term} />
        <Row label={t('inspect.claims.quantity')} value={String(item.quantity)} />
        <Row label={t('inspect.claims.unit')} value={item.unit === null ? t('inspect.claims.specimens') : (unitName(item.unit, language) ?? item.unit)} />
      </dl>
    </section>
  );
}

/** The boxes the QR asserts, to hold against the paper and the shipment. */
export function ClaimsDetail({ claims }: { readonly claims: PermitClaims }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { document } = claims;
  const documentName = document.type === 'other' ? document.description : DOCUMENT_TYPE_NAMES[document.type][language];
  return (
    <section className="card" aria-labelledby="inspect-claims-heading">
      <h3 id="inspect-claims-heading">{t('inspect.claims.heading')}</h3>
      <dl data-testid="inspect-claims">
        <Row label={t('inspect.claims.number')} value={claims.number} />
        <Row label={t('inspect.claims.document')} value={documentName} />
        <Row label={t('inspect.claims.issuingParty')} value={countryName(claims.issuingParty, language)} />
        <Row label={t('inspect.claims.importer')} value={trader(claims.importer, language)} />
        <Row label={t('inspect.claims.exporter')} value={trader(claims.exporter, language)} />
        <Row label={t('inspect.claims.purpose')} value={purposeName(claims.purpose, language) ?? claims.purpose} />
        <Row label={t('inspect.claims.validity')} value={t('inspect.claims.validityValue', { issued: claims.issueDate, until: claims.validUntil })} />
      </dl>
      {claims.lineItems.map((item, index) => (
        <ClaimedItem key={index} item={item} index={index} />
      ))}
    </section>
  );
}
