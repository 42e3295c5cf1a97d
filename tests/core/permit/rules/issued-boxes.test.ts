import { describe, expect, it } from 'vitest';
import { checkIssuedBoxes } from '../../../../src/core/permit/rules/issued-boxes.ts';
import { validExport } from '../permit-fixture.ts';
import { changedExport, codes } from './rule-context.ts';

describe('checkIssuedBoxes', () => {
  it('accepts an issued permit with boxes 1, 2, 5b and 13', () => {
    expect(checkIssuedBoxes(validExport())).toEqual([]);
  });

  it('asks nothing of an application', () => {
    const application = changedExport((p) => {
      p.status = 'requested';
      p.number = null;
      p.validUntil = null;
      p.securityStamp = null;
      p.issuance = null;
    });
    expect(checkIssuedBoxes(application)).toEqual([]);
  });

  it('reports each box an issued permit lacks, and the endorsement of an endorsed one', () => {
    const permit = changedExport((p) => {
      p.status = 'endorsed';
      p.number = null;
      p.securityStamp = null;
    });
    const findings = checkIssuedBoxes(permit);
    expect(codes(findings)).toEqual(['issue.box-missing', 'issue.box-missing', 'issue.endorsement-missing']);
    expect(findings.map((finding) => finding.path)).toEqual(['number', 'securityStamp', 'endorsement']);
  });
});
