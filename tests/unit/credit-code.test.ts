import { creditCodeCheckCharacter, creditCodeProblem } from '../../domain/credit-code';
import { isRegionCode, regionLevel, regionPrefix } from '../../domain/region';

describe('unified social credit code (GB 32100)', () => {
  it('accepts a published real code and computes its check character', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it.each([
    ['91350100M000100Y4', 'length'],
    ['91350100M000100Y433', 'length'],
    ['91350100M000100Y4O', 'characters'],
    ['91350100m000100Y43', 'characters'],
    ['9135A100M000100Y4X', 'region'],
    ['91350100M000100Y44', 'check_character'],
  ])('rejects %s: %s', (code, problem) => {
    expect(creditCodeProblem(code)).toBe(problem);
  });

  it('detects every single-character substitution', () => {
    const valid = '91350100M000100Y43';
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let position = 0; position < 18; position++) {
      for (const ch of alphabet) {
        if (ch === valid[position]) continue;
        const mutated = valid.slice(0, position) + ch + valid.slice(position + 1);
        expect(creditCodeProblem(mutated)).not.toBeNull();
      }
    }
  });
});

describe('administrative region codes (GB/T 2260)', () => {
  it('knows provinces, cities and counties', () => {
    expect(isRegionCode('320508')).toBe(true);
    expect(isRegionCode('990508')).toBe(false);
    expect(isRegionCode('32050')).toBe(false);
    expect(regionLevel('320000')).toBe('province');
    expect(regionLevel('320500')).toBe('city');
    expect(regionLevel('320508')).toBe('county');
    expect(regionPrefix('320500')).toBe('3205');
  });
});
