import { useTranslation } from 'react-i18next';
import { useApplicationForm } from './ApplicationFormContext.tsx';
import { LineItemBoxes } from './LineItemBoxes.tsx';
import { addLineItem } from './lineItemChanges.ts';

/** Boxes 7–12b, once per line item; an application has at least one. */
export function LineItemsSection() {
  const { t } = useTranslation();
  const { fields, update } = useApplicationForm();
  return (
    <section className="card" aria-labelledby="line-items-heading">
      <h3 id="line-items-heading">{t('application.lineItems.heading')}</h3>
      {fields.lineItems.map((item, index) => (
        <LineItemBoxes key={item.key} item={item} index={index} />
      ))}
      <button type="button" onClick={() => update(addLineItem(crypto.randomUUID()))}>
        {t('application.lineItems.add')}
      </button>
    </section>
  );
}
