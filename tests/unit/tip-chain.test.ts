import type { TipEventRow } from '../../db/schema';
import { tipChainOf } from '../../db/tip-ledger';

const row = (sequence: number): TipEventRow => ({
  tipId: 'TIP-0123456789ABCDEF0123',
  sequence,
  type: sequence === 1 ? 'tip_received' : 'tip_triaged',
  status: sequence === 1 ? 'received' : 'verifying',
  occurredAt: new Date('2026-11-02T01:00:00Z'),
  actor: { userId: 'system' },
  reason: null,
  evidence: [],
  detail: {},
  prevHash: null,
  hash: null,
  recordedAt: new Date('2026-11-02T01:00:01Z'),
});

describe('a tip’s chain check', () => {
  it('says a tip recorded before its ledger was chained is unchained, naming each entry without a hash', () => {
    expect(tipChainOf([row(1), row(2)])).toEqual({
      entries: 2,
      intact: false,
      chained: false,
      breaks: [
        { sequence: 1, problem: 'recorded before the ledger was hash-chained' },
        { sequence: 2, problem: 'recorded before the ledger was hash-chained' },
      ],
    });
  });

  it('finds a gap in the sequence', () => {
    expect(tipChainOf([row(1), row(3)]).breaks).toContainEqual({ sequence: 3, problem: 'expected entry 2' });
  });
});
