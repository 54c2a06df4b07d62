/**
 * 统一社会信用代码 — the 18-character unified social credit code of GB 32100-2015.
 *
 * Layout: registration authority (1), entity category (1), administrative region (6, GB/T 2260),
 * organisation code (9, GB 11714), check character (1). Characters come from a 31-symbol alphabet
 * (the digits and the capitals without I, O, Z, S, V); the check character makes the weighted sum
 * of all 18 values divisible by 31.
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'length' | 'characters' | 'region' | 'check_character';

export const CREDIT_CODE_PROBLEMS: Record<CreditCodeProblem, string> = {
  length: 'must be exactly 18 characters',
  characters: 'may contain only digits and the capital letters A–Y except I, O, S, V, Z',
  region: 'characters 3–8 must be a six-digit administrative region code',
  check_character: 'check character (the 18th) does not match GB 32100',
};

export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i]!;
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Returns what is wrong with the code, or null when it is a well-formed GB 32100 code. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  for (const ch of code) if (!ALPHABET.includes(ch)) return 'characters';
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'region';
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code.charAt(17)) return 'check_character';
  return null;
}
