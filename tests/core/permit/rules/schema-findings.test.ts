import { describe, expect, it } from 'vitest';
import { permitSchema } from '../../../../src/core/permit/model/permit.ts';
import { invalidValueFindings, schemaFindings } from '../../../../src/core/permit/rules/schema-findings.ts';
import { readValidExportJson } from '../permit-fixture.ts';

function findingsFor(change: (permit: Record<string, unknown>) => void) {
  const json = readValidExportJson() as Record<string, unknown>;
  change(json);
  const parsed = permitSchema.safeParse(json, { reportInput: true });
  return parsed.success ? [] : schemaFindings(parsed.error);
}

describe('schemaFindings', () => {
  it('has nothing to say about a permit that parses', () => {
    expect(findingsFor(() => undefined)).toEqual([]);
  });

  it('tells a missing box from a wrong one, in three languages, at its path', () => {
    const [wrong, missing] = findingsFor((permit) => {
      delete permit['exporter'];
      permit['validUntil'] = '2027-02-30';
    });
    expect(missing).toEqual({
      code: 'schema.invalid_type',
      severity: 'error',
      path: 'exporter',
      message: { en: 'This box is required.', fr: 'Cette case est obligatoire.', es: 'Esta casilla es obligatoria.' },
    });
    expect(wrong).toMatchObject({ code: 'schema.invalid_format', path: 'validUntil', message: { fr: 'Date non valide (AAAA-MM-JJ).' } });
  });

  it('keeps the permit number’s own code and localized message', () => {
    const [finding] = findingsFor((permit) => { permit['number'] = 'KE26-T3F-00042-7'; });
    expect(finding?.code).toBe('permit-number.check-character-mismatch');
    expect(finding?.message.es).toContain('carácter de control');
  });

  it('lists the allowed values of short lists and paths into line items', () => {
    const [finding] = findingsFor((permit) => {
      const [item] = permit['lineItems'] as Record<string, unknown>[];
      if (item !== undefined) item['appendix'] = 'IV';
    });
    expect(finding).toMatchObject({ path: 'lineItems.0.appendix', message: { en: 'Not an allowed value; allowed: I, II, III.' } });
  });
});

describe('invalidValueFindings', () => {
  it('reports boxes holding a wrong value and leaves blank ones for later', () => {
    const json = readValidExportJson() as Record<string, unknown>;
    delete json['exporter'];
    json['importer'] = { name: '', address: '', country: '' };
    json['validUntil'] = '2027-02-30';
    const parsed = permitSchema.safeParse(json, { reportInput: true });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(schemaFindings(parsed.error).map((finding) => finding.path)).toEqual(
      expect.arrayContaining(['exporter', 'importer.name', 'validUntil']),
    );
    expect(invalidValueFindings(parsed.error).map((finding) => finding.path)).toEqual(['validUntil']);
  });
});
