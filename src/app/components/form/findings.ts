import type { Finding } from '../../../core/permit/rules/finding.ts';

export interface PlacedFindings {
  /** Findings by the form field they are shown beside. */
  byField: ReadonlyMap<string, readonly Finding[]>;
  /** Findings about no single field (the whole permit, or a box the form does not show). */
  general: readonly Finding[];
}

const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}.`);

/**
 * Places each finding beside the first field (in form order) that its path names, contains, or lies in:
 * `lineItems.0.quantity` goes beside the quantity's amount, `lineItems.0.taxon.taxonId` beside the species.
 */
export function placeFindings(findings: readonly Finding[], fieldPaths: readonly string[]): PlacedFindings {
  const byField = new Map<string, Finding[]>();
  const general: Finding[] = [];
  for (const finding of findings) {
    const field = finding.path === '' ? undefined : fieldPaths.find((path) => within(path, finding.path) || within(finding.path, path));
    if (field) byField.set(field, [...(byField.get(field) ?? []), finding]);
    else general.push(finding);
  }
  return { byField, general };
}

/** The id of the element listing a field's findings, for aria-describedby. */
export function findingsIdFor(path: string): string {
  return `findings-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}
