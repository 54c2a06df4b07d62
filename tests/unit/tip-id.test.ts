import { tipIdFor } from '../../api/services/tips';
import { canonicalJson } from '../../db/ledger';
import { TipSchema } from '../../domain/tip-schemas';

describe('the tip id', () => {
  // Ids computed by the code that named the tips already filed: a tip's id must never change, or a
  // retried submission would start a second workflow.
  it.each([
    [
      'a named tip',
      'key-1',
      {
        enterpriseName: '某某特钢有限公司',
        regionCode: '320506',
        dimension: 'energy',
        description: '2号转炉能耗超过限额标准，仍在生产',
        anonymous: false,
        reporter: { name: '赵六', contact: '13700000000' },
      },
      'TIP-97E1FE39932809E92BE4',
    ],
    [
      'an anonymous tip sent with a reporter and an absent credit code',
      'key-2',
      {
        enterpriseName: '某某水泥有限公司',
        creditCode: undefined,
        regionCode: '320508',
        description: '夜间偷排',
        anonymous: true,
        reporter: { name: '李四', contact: 'x' },
      },
      'TIP-A95DDDD684DC686748B3',
    ],
    [
      'a tip with every field',
      '全-key',
      {
        enterpriseName: '某某焦化有限公司',
        creditCode: '91320508000000001G',
        regionCode: '320508',
        dimension: 'environment',
        industry: 'coking',
        description: '焦炉烟囱冒黑烟',
        anonymous: false,
        reporter: { name: '王五', contact: 'wang@example.com' },
      },
      'TIP-4D3EA50932A732096565',
    ],
  ])('names %s as it always has', (_, key, tip, id) => {
    expect(tipIdFor(key, TipSchema.parse(tip))).toBe(id);
  });

  it('does not depend on the order of the fields', () => {
    const tip = TipSchema.parse({
      enterpriseName: '甲',
      regionCode: '320508',
      description: '乙',
      anonymous: true,
    });
    const reordered = TipSchema.parse({
      anonymous: true,
      description: '乙',
      regionCode: '320508',
      enterpriseName: '甲',
    });
    expect(tipIdFor('k', reordered)).toBe(tipIdFor('k', tip));
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every level and leaves out undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 3, e: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"f":3}]},"b":1}',
    );
  });

  it('writes undefined as null where JSON has no way to leave it out: in an array or on its own', () => {
    expect(canonicalJson([1, undefined])).toBe('[1,null]');
    expect(canonicalJson(undefined)).toBe('null');
  });
});
