import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/DbContext.tsx';
import type { PermitRecord } from '../../db/permit-record.ts';
import type { ReplacementRecord } from '../../log/replace-permit.ts';
import { hrefFor } from '../../router/routes.ts';

interface Links {
  readonly replaces: ReplacementRecord | undefined;
  readonly replacedBy: ReplacementRecord | undefined;
}

/** "Replaced by …" on a replaced permit, "Replaces …" on the draft made to replace it, each a link to the other. */
export function ReplacementLinks({ record }: { record: PermitRecord }) {
  const { t } = useTranslation();
  const db = useDb();
  const [links, setLinks] = useState<Links>({ replaces: undefined, replacedBy: undefined });
  useEffect(() => {
    let live = true;
    void Promise.all([db.replacements.get(record.id), db.replacements.where('replaced').equals(record.id).first()]).then(
      ([replaces, replacedBy]) => live && setLinks({ replaces, replacedBy }),
    );
    return () => {
      live = false;
    };
  }, [db, record.id, record.updatedAt]);

  const { replaces, replacedBy } = links;
  if (replaces === undefined && replacedBy === undefined) return null;
  return (
    <section className="card" data-testid="replacement-links">
      {replacedBy !== undefined && (
        <p>
          {t('permit.replacement.replacedBy')} <a href={hrefFor({ screen: 'permit', id: replacedBy.replacement })}>{t('permit.replacement.newApplication')}</a>
        </p>
      )}
      {replaces !== undefined && (
        <p>
          {t('permit.replacement.replaces')}{' '}
          <a href={hrefFor({ screen: 'permit', id: replaces.replaced })}>{replaces.replacedNumber ?? t('permit.replacement.unnumbered')}</a>
        </p>
      )}
    </section>
  );
}
