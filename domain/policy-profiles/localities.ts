/**
 * The five localities' profiles, each rule as its document writes it (shared/seeds). A profile inherits
 * the version of the level above that it names and sets only what its document says differently.
 */
import type { Department, Dimension } from '../enums';
import type {
  MilestoneDate,
  MilestoneKind,
  MilestoneRecipient,
  MilestoneRule,
  PolicyProfile,
  PolicySource,
  RuleSetting,
} from '../policy-types';
import type { RegionLevel } from '../region';

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

/** One dated step of the bureau's year. */
const milestone = (
  kind: MilestoneKind,
  owedBy: RegionLevel,
  reportsTo: MilestoneRecipient,
  due: MilestoneDate,
  source: PolicySource,
  opens?: MilestoneDate,
): MilestoneRule => ({ kind, owedBy, reportsTo, due, source, ...(opens ? { opens } : {}) });

const DECEMBER_END: MilestoneDate = { month: 12, day: 'end' };

const yearMilestones = (value: readonly MilestoneRule[], source: PolicySource): RuleSetting => ({
  rule: 'yearMilestones',
  value,
  source,
});

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
        yearMilestones(
          [
            milestone(
              'work_plan',
              'city',
              'level_above',
              { month: 4, day: 'end' },
              yunnan(
                '三（一）',
                '制定工作方案（4月底前）……各州、市应急管理部门……研究制定本部门2019年度利用安全生产标准依法依规推动落后产能退出工作方案',
              ),
            ),
            milestone(
              'census',
              'city',
              'level_above',
              { month: 6, day: 'end' },
              yunnan(
                '三（二）',
                '摸底排查（6月底前）……全面摸清辖区内淘汰落后的企业、产能及生产工艺和设备底数',
              ),
            ),
            milestone(
              'enforcement',
              'city',
              'level_above',
              { month: 9, day: 'end' },
              yunnan('三（三）', '执法检查（9月底前）'),
            ),
            milestone(
              'supervision',
              'province',
              'own_office',
              DECEMBER_END,
              yunnan(
                '三（四）',
                '从10月份开始，省应急管理厅对各地依法依规淘汰落后产能工作落实情况进行督查',
                'the report is due with the stage, by the end of December',
              ),
              { month: 10, day: 1 },
            ),
            milestone(
              'acceptance',
              'province',
              'own_office',
              { month: 12, day: 'mid' },
              yunnan(
                '三（四）',
                '12月中旬前完成对各地列入不符合安全生产标准、依法依规关闭退出的产能考核验收工作，并逐户出具书面验收意见',
                '中旬 ends on the 20th',
              ),
            ),
            milestone(
              'summary',
              'city',
              'level_above',
              DECEMBER_END,
              yunnan(
                '三（四）',
                '各州、市于12月底前将本地区依法关闭的企业、设备、产能情况以及2019年利用安全生产标准依法依规推动落后产能退出工作总结报送至省应急管理厅',
              ),
            ),
          ],
          yunnan('三', '工作步骤'),
        ),
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
        yearMilestones(
          [
            milestone(
              'work_plan',
              'county',
              'level_above',
              { month: 5, day: 15 },
              diqing(
                '四（一）',
                '研究制定本地区、本部门2019年度利用综合标准依法依规推动落后产能退出工作方案……并于5月15日前抄报州淘汰落后产能工作领导小组办公室',
                'counties (县市) and development zones (开发区管委会) alike',
              ),
            ),
            milestone(
              'census',
              'county',
              'level_above',
              { month: 5, day: 15 },
              diqing(
                '四（二）1',
                '在5月15日前全面摸底排查辖区内落后生产设备数量及产能，并将摸底排查结果报送州淘汰落后产能工作领导小组办公室',
              ),
            ),
            milestone(
              'supervision',
              'county',
              'level_above',
              DECEMBER_END,
              diqing(
                '四（三）',
                '10月份开始……进行督促检查，并形成督查报告报送州淘汰落后产能工作领导小组办公室',
                'the report has no date of its own: the service asks for it by the end of the year',
              ),
              { month: 10, day: 1 },
            ),
            milestone(
              'acceptance',
              'county',
              'level_above',
              DECEMBER_END,
              diqing('四（四）', '12月底前……完成考核验收，并逐户出具书面验收意见'),
            ),
            milestone(
              'summary',
              'county',
              'level_above',
              { month: 1, day: 10, nextYear: true },
              diqing(
                '四（五）',
                '2020年1月10日前……将2019年本地区、本部门依法关闭退出的企业、设备及产能情况及年度依法依规推动落后产能退出工作总结书面函告州淘汰落后产能工作领导小组办公室',
              ),
            ),
            milestone(
              'aggregate_report',
              'city',
              'level_above',
              { month: 1, day: 'end', nextYear: true },
              diqing(
                '四（五）',
                '2020年1月底前，州淘汰落后产能工作领导小组办公室将2019年度各部门依法依规推动落后产能退出情况汇总，报州人民政府同意后，上报工业和信息化厅等省级有关部门',
              ),
            ),
            milestone(
              'announcement',
              'city',
              'outside',
              { month: 1, day: 'end', nextYear: true },
              diqing(
                '四（五）',
                '将全州年度依法依规退出落后产能企业名单、设备（生产线）和产能情况在州工业和信息化局门户网站向社会进行公告',
              ),
            ),
          ],
          diqing('四', '实施步骤及重点工作'),
        ),
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
        yearMilestones(
          [
            milestone(
              'work_plan',
              'province',
              'own_office',
              { month: 4, day: 'end' },
              ningxia(
                '（十九）',
                '每年4月底前，自治区经济和信息化委、发展改革委根据工作职责分别牵头……研究制订落后产能退出工作方案',
              ),
            ),
            milestone(
              'yearend_statistics',
              'city',
              'level_above',
              DECEMBER_END,
              ningxia(
                '（十九）',
                '每年12月底前，各市工业和信息化局、发展改革委、环境保护局、安监局及质监、煤监部门将当年……依法关闭退出的企业、设备及产能情况，分别报送自治区主管部门',
              ),
            ),
            milestone(
              'aggregate_report',
              'province',
              'outside',
              { month: 1, day: 'end', nextYear: true },
              ningxia(
                '（十九）',
                '次年1月底前，自治区经济和信息化委、发展改革委分别将上年度落后产能退出情况报经自治区人民政府同意后，报工业和信息化部、国家能源局',
              ),
            ),
          ],
          ningxia('（十九）', '抓好工作落实'),
        ),
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
        yearMilestones(
          [
            milestone(
              'work_plan',
              'city',
              'level_above',
              { month: 4, day: 'end' },
              heyuan(
                '四（一）',
                '4月底前……研究制定本地工作计划……报经本级人民政府同意后实施，抄送省工业和信息化厅',
              ),
            ),
            milestone(
              'midyear_statistics',
              'city',
              'own_office',
              { month: 6, day: 'end' },
              heyuan(
                '四（三）',
                '2020年6月前、12月前，市发展和改革局、市生态环境局、市市场监管局、市应急管理局等部门要将各自负责领域内的依法关闭退出企业、设备及产能情况反馈市工业和信息化局',
                'read with the stage’s heading, 总结阶段(6月、12月): within June; owed by the city’s departments to its industry & IT bureau',
              ),
            ),
            milestone(
              'yearend_statistics',
              'city',
              'own_office',
              DECEMBER_END,
              heyuan(
                '四（三）',
                '2020年6月前、12月前……反馈市工业和信息化局',
                'read with the stage’s heading: within December',
              ),
            ),
            milestone(
              'summary',
              'county',
              'level_above',
              { month: 12, day: 21 },
              heyuan(
                '四（三）',
                '2020年12月21日前，各县区（管委会）及其有关部门要将2020年推动落后产能退出工作总结报送市工业和信息化局',
              ),
            ),
            milestone(
              'aggregate_report',
              'city',
              'level_above',
              DECEMBER_END,
              heyuan(
                '四（三）',
                '市工业和信息化局于2020年12月底将2020年全市落后产能退出情况汇总，报经市人民政府同意后上报工业和信息化厅',
              ),
            ),
          ],
          heyuan('四', '工作进度'),
        ),
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
        yearMilestones(
          [
            milestone(
              'work_plan',
              'county',
              'level_above',
              { month: 7, day: 19 },
              ankang(
                '四（一）',
                '制定本地区2024年度落后产能退出工作计划,于7月19日前报市工业和信息化局',
                'counties and the 高新区、恒口示范区 management committees alike',
              ),
            ),
            milestone(
              'census',
              'county',
              'level_above',
              { month: 7, day: 19 },
              ankang('通知 一', '于7月19日前,以人民政府(管委会)正式文件上报年度淘汰落后产能摸排计划报告'),
            ),
            milestone(
              'midyear_statistics',
              'county',
              'level_above',
              { month: 7, day: 19 },
              ankang('通知 一', '于7月19日前……上报……《安康市2024年落后产能退出情况统计表》'),
            ),
            milestone(
              'midyear_statistics',
              'city',
              'own_office',
              { month: 7, day: 19 },
              ankang(
                '四（三）',
                '2024年7月19日前、12月底前,市发展改革委、市生态环境局、市应急管理局、市市场监管局等有关部门……填报《安康市2024年落后产能退出情况统计表》反馈至市工业和信息化局',
                'owed by the city’s departments to its industry & IT bureau',
              ),
            ),
            milestone(
              'yearend_statistics',
              'city',
              'own_office',
              DECEMBER_END,
              ankang(
                '四（三）',
                '2024年7月19日前、12月底前……填报《安康市2024年落后产能退出情况统计表》',
                'owed by the city’s departments to its industry & IT bureau',
              ),
            ),
            milestone(
              'summary',
              'county',
              'level_above',
              { month: 12, day: 30 },
              ankang(
                '四（三）',
                '2024年12月30日前,各县(市、区)政府……要将2024年推动落后产能退出工作总结及相关佐证资料报送市工业和信息化局',
              ),
            ),
            milestone(
              'aggregate_report',
              'city',
              'level_above',
              { month: 1, day: 'end', nextYear: true },
              ankang(
                '四（三）',
                '市工业和信息化局将于2025年1月底前,将2024年全市落后产能退出情况梳理总结,经市政府审定同意后上报省工业和信息化厅等省级部门',
              ),
            ),
          ],
          ankang('四', '工作进度'),
        ),
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
