import { createDecisionLedger } from '@/features/comments/queue/decision-ledger';

describe('the decision ledger', () => {
  it('prefers the newest version, whether the row or an answer brought it', () => {
    const ledger = createDecisionLedger();
    ledger.see({ id: 'c-1', version: 2 });
    expect(ledger.version({ id: 'c-1', version: 1 })).toBe(2);
    // A bulk answer written into the row is newer than what a single decision saw.
    expect(ledger.version({ id: 'c-1', version: 3 })).toBe(3);
    ledger.see({ id: 'c-1', version: 1 });
    expect(ledger.version({ id: 'c-1', version: 0 })).toBe(2);
  });

  it('sends a bulk decision after the single one still in flight on one of its comments', async () => {
    const ledger = createDecisionLedger();
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const single = ledger.after(['c-1'], async () => {
      await gate;
      ledger.see({ id: 'c-1', version: 2 });
      order.push('single');
    });
    const bulk = ledger.after(['c-1', 'c-2'], async () => {
      order.push(`bulk at ${ledger.version({ id: 'c-1', version: 1 })}`);
    });
    const other = ledger.after(['c-3'], async () => void order.push('other'));
    await other;
    release();
    await Promise.all([single, bulk]);
    expect(order).toEqual(['other', 'single', 'bulk at 2']);
  });
});
