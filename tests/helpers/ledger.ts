import { ledgerContentOfRow, ledgerHash, type LedgerRow } from '../../db/ledger';

/**
 * Expects `rows` (one subject's ledger, in sequence order from its first entry) to be one hash chain: each
 * entry names the hash before it, and its own hash covers its content and that.
 */
export function expectChained(rows: LedgerRow[]): void {
  let previous = '';
  for (const row of rows) {
    expect(row.prevHash).toBe(previous);
    expect(row.hash).toBe(ledgerHash(ledgerContentOfRow(row), previous));
    previous = row.hash!;
  }
}
