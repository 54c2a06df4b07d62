/**
 * The five localities' profiles, each rule as its document writes it (shared/seeds). A profile inherits
 * the version of the level above that it names and sets only what its document says differently.
 */
import type { Department, Dimension } from '../enums';
import type { PolicyProfile, PolicySource, RuleSetting } from '../policy-types';

const STANDARDS: readonly Dimension[] = ['energy', 'environment', 'quality', 'safety'];

const cite =
  (document: string) =>
  (article: string, quote: string, note?: string): PolicySource => ({
    document,
    article,
    quote,
    ...(note ? { note } : {}),
  });

/** Electricity and water pricing for these dimensions, and none for the others. */
function pricing(dimensions: readonly Dimension[], source: PolicySource): RuleSetting[] {
  const others = (['energy', 'environment', 'quality', 'safety', 'technology'] as const).filter(
    (dimension) => !dimensions.includes(dimension),
  );
  const none: PolicySource = { ...source, note: 'the document prices only the dimensions it names' };
  return [
    { dimensions, rule: 'electricityPricing', value: true, source },
    { dimensions, rule: 'waterPricing', value: true, source },
    ...(others.length > 0
      ? ([
          { dimensions: others, rule: 'electricityPricing', value: false, source: none },
          { dimensions: others, rule: 'waterPricing', value: false, source: none },
        ] satisfies RuleSetting[])
      : []),
  ];
}

/** 注销生产许可证 of enterprises closed for backward process equipment, environment or energy failures. */
function licenceCancellation(source: PolicySource): RuleSetting {
  return {
    dimensions: ['technology', 'environment', 'energy'],
    rule: 'licence',
    value: { measure: 'cancel', when: 'exit_ordered' },
    source,
  };
}

const owners = (dimension: Dimension, value: readonly Department[], source: PolicySource): RuleSetting => ({
  dimensions: [dimension],
  rule: 'owners',
  value,
  source,
});

// ---- 003 云南省应急管理厅: safety only

const yunnan = cite('yunnan-safety-2019-14');

export const YUNNAN_SAFETY_PROFILE: PolicyProfile = {
  id: 'yunnan-safety',
  name: { zh: '云南省（安全生产标准）', en: 'Yunnan (work-safety standard)' },
  regionCode: '530000',
  document: 'yunnan-safety-2019-14',
  versions: [
    {
      version: '2019.1',
      adopted: '2019-04-03',
      inherits: { profile: 'national', version: '2024.2' },
      summary: 'Safety: pricing, a major hazard halts at once, failing capacity exits within the year.',
      settings: [
        ...pricing(
          ['safety'],
          yunnan(
            '三（三）',
            '对达不到安全生产强制标准要求的企业或产能责令限期整改，并抄送有关部门，执行差别电价、阶梯电价、惩罚性电价和超定额用水累进加价等差别化能源资源价格',
          ),
        ).filter((setting) => 'dimensions' in setting && setting.dimensions.includes('safety')),
        {
          dimensions: ['safety'],
          rule: 'majorHazardHalt',
          value: true,
          source: yunnan('三（三）', '对存在重大生产安全事故隐患的，一律责令停产整改'),
        },
        {
          dimensions: ['safety'],
          rule: 'exitByYearEnd',
          value: true,
          source: yunnan(
            '三（三）',
            '经限期整改或停产整改仍达不到安全生产强制标准要求的，一律在今年内依法依规淘汰退出',
          ),
        },
      ],
    },
  ],
};

// ---- 000 迪庆州, under 云南省

const diqing = cite('diqing-2019-41');

export const DIQING_PROFILE: PolicyProfile = {
  id: 'diqing',
  name: { zh: '迪庆藏族自治州', en: 'Diqing Tibetan Autonomous Prefecture' },
  regionCode: '533400',
  document: 'diqing-2019-41',
  versions: [
    {
      version: '2019.1',
      adopted: '2019-04-25',
      inherits: { profile: 'yunnan-safety', version: '2019.1' },
      summary:
        'Pricing for four standards, exit within the year, quality licence revoked on failed rectification, no discharge permit for eliminated equipment, both lists on the credit platform and to the banks.',
      settings: [
        ...pricing(
          STANDARDS,
          diqing(
            '四（二）2',
            '对达不到强制性标准的产能要求限期整改，并执行差别电价、阶梯电价、惩罚性电价和超定额用水累进加价等差别化能源资源价格',
          ),
        ),
        {
          dimensions: STANDARDS,
          rule: 'exitByYearEnd',
          value: true,
          source: diqing('四（二）2', '经限期整改仍不达标的，在今年内依法依规淘汰退出'),
        },
        owners(
          'energy',
          ['industry_it', 'development_reform', 'environment_bureau'],
          diqing('三（一）', '能耗方面（州工业和信息化局、州发展和改革委、州生态环境局按职责分工负责）'),
        ),
        owners(
          'technology',
          ['industry_it', 'energy_bureau'],
          diqing('三（五）', '技术方面（州工业和信息化局、州能源局按职责分工负责）'),
        ),
        {
          dimensions: ['quality'],
          rule: 'licence',
          value: { measure: 'revoke', when: 'rectification_failed' },
          source: diqing(
            '三（三）1',
            '在6个月内未整改或经整改仍未达标的，依法吊销生产许可证，报经州人民政府依法关停退出',
          ),
        },
        {
          dimensions: ['technology'],
          rule: 'dischargePermitRefused',
          value: true,
          source: diqing(
            '三（二）2',
            '对使用或采用国家、省规定的淘汰、取缔的工艺与设备的单位，不得发放排污许可证',
          ),
        },
        {
          rule: 'creditPublication',
          value: ['rectification_listed', 'exit_listed'],
          source: diqing(
            '五（六）',
            '对…通报的不达标应限期整改的企业名单和依法退出的企业名单，州发展改革委及时将有关信息纳入“信用中国”等信用信息共享平台公布',
          ),
        },
        {
          rule: 'differentialCredit',
          value: ['rectification_listed', 'exit_listed'],
          source: diqing(
            '五（七）',
            '银监局、人民银行加强政策指导，督促银行业金融机构对不达标应限期整改的企业、依法退出的企业执行差别化信贷政策',
          ),
        },
        {
          rule: 'memberUnits',
          value: [
            'discipline_inspection',
            'finance',
            'human_resources_social_security',
            'natural_resources',
            'agriculture',
            'water',
            'forestry_grassland',
            'statistics',
            'commerce',
            'taxation',
            'grid_company',
            'financial_regulator',
            'peoples_bank',
          ],
          source: diqing('二、五（七）', '成员：…州财政局…州水务局…云南电网公司迪庆供电局；银监局、人民银行'),
        },
      ],
    },
  ],
};

// ---- 001 宁夏回族自治区

const ningxia = cite('ningxia-opinions');

export const NINGXIA_PROFILE: PolicyProfile = {
  id: 'ningxia',
  name: { zh: '宁夏回族自治区', en: 'Ningxia Hui Autonomous Region' },
  regionCode: '640000',
  document: 'ningxia-opinions',
  versions: [
    {
      version: '2017.1',
      adopted: '2017-01-01',
      inherits: { profile: 'national', version: '2024.2' },
      summary:
        'Pricing for energy and eliminated capacity, production licences cancelled, sealed equipment counts as exited, banks told of missed exits.',
      settings: [
        ...pricing(
          ['energy', 'technology'],
          ningxia(
            '（十二）',
            '对…能耗、电耗达不到强制性标准的产能，以及属于《产业结构调整指导目录（2011年本）（修正）》淘汰类的产能，执行差别电价、阶梯电价、惩罚性电价和超定额用水累进加价等差别化能源资源价格',
          ),
        ),
        licenceCancellation(
          ningxia('（十六）', '对因工艺装备落后、环保和能耗不达标被依法关停的企业，注销生产许可证'),
        ),
        owners(
          'technology',
          ['industry_it', 'development_reform', 'market_regulation', 'coal_mine_safety'],
          ningxia('（八）', '牵头单位：自治区经济和信息化委、发展改革委、质监局，宁夏煤监局'),
        ),
        {
          rule: 'sealedCountsAsExited',
          value: true,
          source: ningxia(
            '（九）',
            '采取断电、断水，拆除动力装置，封存主体设备等措施淘汰相关主体设备（生产线），使相应产能不再投入生产',
          ),
        },
        {
          rule: 'differentialCredit',
          value: ['exit_deadline_missed'],
          source: ningxia('（十三）', '对未按期退出落后产能的企业，严控新增授信，压缩退出存量贷款'),
        },
        {
          rule: 'memberUnits',
          value: [
            'finance',
            'human_resources_social_security',
            'natural_resources',
            'pricing',
            'grid_company',
            'peoples_bank',
            'financial_regulator',
            'taxation',
            'agriculture',
            'commerce',
            'state_assets',
          ],
          source: ningxia(
            '（十）（十三）（十五）（十八）',
            '配合单位：自治区财政厅、人力资源社会保障厅、国土资源厅…物价局，国网宁夏电力公司…人行银川中心支行、宁夏银监局',
          ),
        },
      ],
    },
  ],
};

// ---- 002 河源市

const heyuan = cite('heyuan-2020-plan');

export const HEYUAN_PROFILE: PolicyProfile = {
  id: 'heyuan',
  name: { zh: '河源市', en: 'Heyuan' },
  regionCode: '441600',
  document: 'heyuan-2020-plan',
  versions: [
    {
      version: '2020.1',
      adopted: '2020-04-01',
      inherits: { profile: 'national', version: '2024.2' },
      summary:
        'Pricing for energy and eliminated capacity, production licences cancelled, sealed equipment counts as exited, revisits of closed cases.',
      settings: [
        ...pricing(
          ['energy', 'technology'],
          heyuan(
            '二（一）2',
            '对重点行业中能耗、电耗达不到强制性标准的产能和属于《产业结构调整指导目录(2019年本)》…淘汰类的产能，严格执行差别电价、阶梯电价、惩罚性电价和超定额用水累进加价等差别化能源资源价格',
          ),
        ),
        licenceCancellation(
          heyuan('二（三）1', '对因工艺装备落后、环保和能耗不达标被依法关停的企业，依法注销生产许可证'),
        ),
        owners(
          'technology',
          ['industry_it', 'development_reform', 'market_regulation'],
          heyuan('二（五）', '技术方面[市工业和信息化局、市发展和改革局、市市场监管局等部门…按职责分工负责]'),
        ),
        {
          rule: 'sealedCountsAsExited',
          value: true,
          source: heyuan(
            '四（二）',
            '采取断电、断水，拆除动力装置，封存主体设备等措施淘汰相关主体设备(生产线)，使相应产能不再投入生产',
          ),
        },
        {
          rule: 'revisitMonths',
          value: [6, 12],
          source: heyuan(
            '二（五）1、2',
            '加强对已关停退出产能的复查，开展历次督导检查反馈问题“回头看”；严防“地条钢”死灰复燃',
            'the document sets no schedule: 6 and 12 months after closing is the service’s default',
          ),
        },
      ],
    },
  ],
};

// ---- 004 安康市

const ankang = cite('ankang-2024-50');

export const ANKANG_PROFILE: PolicyProfile = {
  id: 'ankang',
  name: { zh: '安康市', en: 'Ankang' },
  regionCode: '610900',
  document: 'ankang-2024-50',
  versions: [
    {
      version: '2024.1',
      adopted: '2024-07-15',
      inherits: { profile: 'national', version: '2024.2' },
      summary:
        'Pricing for energy and eliminated capacity, production licences cancelled, sealed equipment counts as exited.',
      settings: [
        ...pricing(
          ['energy', 'technology'],
          ankang(
            '二（一）2',
            '对水泥、有色金属、化工、冶炼等行业能耗、电耗达不到强制性标准的产能,以及属于《产业结构调整指导目录(2024年本)》淘汰类的产能,执行差别电价、阶梯电价、惩罚性电价和超定额用水累进加价等差别化能源资源价格',
          ),
        ),
        licenceCancellation(
          ankang('二（三）1', '对因工艺装备落后、环保和能耗不达标被依法关停的企业,依法注销生产许可证'),
        ),
        {
          rule: 'sealedCountsAsExited',
          value: true,
          source: ankang(
            '四（二）',
            '采取断电、断水,拆除动力装置,封存主体设备等措施淘汰相关主体设备(生产线),使相应产能不再投入生产',
          ),
        },
      ],
    },
  ],
};
