import { describe, expect, it } from 'vitest';
import { offeredActs } from '../../../src/app/log/offered-acts.ts';

describe('offeredActs', () => {
  it('offers what the user’s roles may fire from the permit’s state', () => {
    expect(offeredActs('draft', ['officer'], 'amina', [], true)).toEqual([{ transition: 'submit', role: 'officer' }]);
    expect(offeredActs('requested', ['officer'], 'amina', [], true)).toEqual([{ transition: 'process', role: 'officer' }]);
    expect(offeredActs('processed', ['officer', 'approver'], 'dalia', [], true)).toEqual([
      { transition: 'approve', role: 'approver' },
      { transition: 'reject', role: 'approver' },
    ]);
    expect(offeredActs('issued', ['approver'], 'dalia', [], true)).toEqual([{ transition: 'cancel', role: 'approver' }]);
    expect(offeredActs('issued', ['inspector'], 'eli', [], true)).toEqual([]);
    expect(offeredActs('processed', ['admin'], 'root', [], true)).toEqual([]);
    expect(offeredActs('expired', ['approver'], 'dalia', [], true)).toEqual([]);
  });

  it('holds back approval from whoever prepared the application while four eyes is on', () => {
    const history = [{ transition: 'submit' as const, actor: 'amina' }, { transition: 'process' as const, actor: 'baraka' }];
    expect(offeredActs('processed', ['officer', 'approver'], 'amina', history, true)).toEqual([{ transition: 'reject', role: 'approver' }]);
    expect(offeredActs('processed', ['officer', 'approver'], 'amina', history, false).map((act) => act.transition)).toEqual(['approve', 'reject']);
  });
});
