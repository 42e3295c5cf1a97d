import { useTranslation } from 'react-i18next';
import { countryName } from '../../codes/codeOptions.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

interface TraderDetailProps {
  name: string | undefined;
  address: string | undefined;
  country: string | undefined;
}

/** Name, address and country of an importer, exporter or Management Authority, one per line. */
export function TraderDetail({ name, address, country }: TraderDetailProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lines = [name, address, country ? countryName(country, language) : undefined].filter((line) => line);
  if (lines.length === 0) return <span className="note">{t('permit.notFilled')}</span>;
  return (
    <>
      {lines.map((line, index) => (
        <span key={index} className="detail-line">
          {line}
        </span>
      ))}
    </>
  );
}
