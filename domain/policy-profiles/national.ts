/**
 * The national default (全国默认): the common reading of the five documents under the national guideline
 * (DOMAIN.md, "The five dimensions"). Version 2024.1 is the table every case ran under before profiles
 * existed, frozen; 2024.2 adds what that reading said and 2024.1 did not do.
 */
import type { MilestoneRule, PolicyProfile, PolicySource } from '../policy-types';

const guideline = (article: string, quote?: string, note?: string): PolicySource => ({
  document: 'guideline-2017-30',
  article,
  ...(quote ? { quote } : {}),
  ...(note ? { note } : {}),
});

const SAME_IN_EVERY_SEED =
  'the guideline itself is not among the seeds; every locality repeats this sentence of it';
const LOCAL_CHOICE = 'the documents are silent: a default of the service, which a profile may change';

const SHARED_DATE = 'the guideline sets no dates; the date most of the five documents give';

/** The bureau's year as most of the documents date it: a default for a jurisdiction whose document does not. */
const NATIONAL_YEAR: readonly MilestoneRule[] = [
  {
    kind: 'work_plan',
    owedBy: 'county',
    reportsTo: 'level_above',
    due: { month: 4, day: 'end' },
    source: guideline('组织实施', '每年4月底前……研究制订落后产能退出工作方案', SHARED_DATE),
  },
  {
    kind: 'work_plan',
    owedBy: 'city',
    reportsTo: 'level_above',
    due: { month: 4, day: 'end' },
    source: guideline('组织实施', '4月底前……研究制定本地工作计划', SHARED_DATE),
  },
  {
    kind: 'census',
    owedBy: 'county',
    reportsTo: 'level_above',
    due: { month: 6, day: 'end' },
    source: guideline('组织实施', '摸底排查（6月底前）', SHARED_DATE),
  },
  {
    kind: 'supervision',
    owedBy: 'city',
    reportsTo: 'level_above',
    opens: { month: 10, day: 1 },
    due: { month: 12, day: 'end' },
    source: guideline(
      '组织实施',
      '10月份开始……进行督促检查，并形成督查报告',
      `the report's date is not written; ${LOCAL_CHOICE}`,
    ),
  },
  {
    kind: 'acceptance',
    owedBy: 'county',
    reportsTo: 'level_above',
    due: { month: 12, day: 'end' },
    source: guideline('组织实施', '12月底前……完成考核验收，并逐户出具书面验收意见', SHARED_DATE),
  },
  {
    kind: 'summary',
    owedBy: 'county',
    reportsTo: 'level_above',
    due: { month: 12, day: 'end' },
    source: guideline('组织实施', '12月底前将……工作总结报送', SHARED_DATE),
  },
  {
    kind: 'aggregate_report',
    owedBy: 'city',
    reportsTo: 'level_above',
    due: { month: 1, day: 'end', nextYear: true },
    source: guideline('组织实施', '次年1月底前……将上年度落后产能退出情况……上报', SHARED_DATE),
  },
  {
    kind: 'announcement',
    owedBy: 'city',
    reportsTo: 'outside',
    due: { month: 1, day: 'end', nextYear: true },
    source: guideline(
      '组织实施',
      '退出落后产能企业名单、设备（生产线）和产能情况……向社会进行公告',
      SHARED_DATE,
    ),
  },
  {
    kind: 'aggregate_report',
    owedBy: 'province',
    reportsTo: 'outside',
    due: { month: 1, day: 'end', nextYear: true },
    source: guideline('组织实施', '次年1月底前……报工业和信息化部、国家能源局', SHARED_DATE),
  },
];

export const NATIONAL_PROFILE: PolicyProfile = {
  id: 'national',
  name: { zh: '全国默认', en: 'National default' },
  regionCode: null,
  document: 'guideline-2017-30',
  versions: [
    {
      version: '2024.1',
      adopted: '2024-01-01',
      inherits: null,
      summary: 'The policy table of DOMAIN.md as the service first applied it.',
      settings: [
        {
          dimensions: ['energy'],
          rule: 'owners',
          value: ['industry_it', 'development_reform'],
          source: guideline('能耗方面（牵头：工业和信息化、发展改革部门）'),
        },
        {
          dimensions: ['environment'],
          rule: 'owners',
          value: ['environment_bureau'],
          source: guideline('环保方面（环境保护部门）'),
        },
        {
          dimensions: ['quality'],
          rule: 'owners',
          value: ['market_regulation'],
          source: guideline('质量方面（质量监督部门）'),
        },
        {
          dimensions: ['safety'],
          rule: 'owners',
          value: ['emergency_management', 'coal_mine_safety'],
          source: guideline('安全方面（安全监管部门、煤矿安全监察机构）'),
        },
        {
          dimensions: ['technology'],
          rule: 'owners',
          value: ['industry_it', 'development_reform', 'energy_bureau'],
          source: guideline('技术方面（工业和信息化、发展改革、能源部门）'),
        },
        {
          dimensions: ['energy'],
          rule: 'firstMeasure',
          value: 'rectify_with_differential_pricing',
          source: guideline('能耗方面', '应在6个月内整改', SAME_IN_EVERY_SEED),
        },
        {
          dimensions: ['environment'],
          rule: 'firstMeasure',
          value: 'restrict_or_suspend',
          source: guideline('环保方面', '责令采取限制生产、停产整治等措施', SAME_IN_EVERY_SEED),
        },
        {
          dimensions: ['quality'],
          rule: 'firstMeasure',
          value: 'halt_and_rectify',
          source: guideline('质量方面', '依法查处并责令停产整改', SAME_IN_EVERY_SEED),
        },
        {
          dimensions: ['safety'],
          rule: 'firstMeasure',
          value: 'suspend_production_and_business',
          source: guideline('安全方面', '立即停产停业整顿', SAME_IN_EVERY_SEED),
        },
        {
          dimensions: ['technology'],
          rule: 'firstMeasure',
          value: 'exit_at_once',
          source: guideline('技术方面', '具备拆除条件的应立即拆除', SAME_IN_EVERY_SEED),
        },
        {
          dimensions: ['energy', 'quality'],
          rule: 'rectificationMonths',
          value: 6,
          source: guideline('能耗方面、质量方面', '在6个月内', SAME_IN_EVERY_SEED),
        },
        {
          dimensions: ['environment', 'safety'],
          rule: 'rectificationMonths',
          value: 'set_by_department',
          source: guideline('环保方面、安全方面', undefined, 'no period is written: the department sets it'),
        },
        {
          dimensions: ['technology'],
          rule: 'rectificationMonths',
          value: null,
          source: guideline('技术方面', '淘汰相关工艺技术装备', 'eliminated equipment is not rectified'),
        },
        {
          dimensions: ['energy'],
          rule: 'extensionMaxMonths',
          value: 3,
          source: guideline('能耗方面', '可提出不超过3个月的延期申请', SAME_IN_EVERY_SEED),
        },
        {
          dimensions: ['environment', 'quality', 'safety', 'technology'],
          rule: 'extensionMaxMonths',
          value: null,
          source: guideline(
            '环保、质量、安全、技术方面',
            undefined,
            `no extension is written; ${LOCAL_CHOICE}`,
          ),
        },
        {
          dimensions: ['energy'],
          rule: 'failureLeadsTo',
          value: 'shutdown_and_exit',
          source: guideline('能耗方面', '逾期未整改或经整改仍未达标的，报请本级人民政府…依法关停退出'),
        },
        {
          dimensions: ['environment'],
          rule: 'failureLeadsTo',
          value: 'cease_and_close',
          source: guideline('环保方面', '情节严重的，报经有批准权的人民政府批准，责令停业、关闭'),
        },
        {
          dimensions: ['quality'],
          rule: 'failureLeadsTo',
          value: 'licence_revoked_and_exit',
          source: guideline(
            '质量方面',
            '在6个月内未整改或经整改仍未达标的，报经有批准权的人民政府依法关停退出',
          ),
        },
        {
          dimensions: ['safety'],
          rule: 'failureLeadsTo',
          value: 'close_and_revoke_licences',
          source: guideline(
            '安全方面',
            '经停产停业整顿仍不具备安全生产条件的，予以关闭；有关部门应当吊销其相关证照',
          ),
        },
        {
          dimensions: ['technology'],
          rule: 'failureLeadsTo',
          value: 'exit_at_once',
          source: guideline('技术方面', '立即拆除；暂不具备拆除条件的…封存主体设备（生产线）'),
        },
        {
          dimensions: ['energy'],
          rule: 'electricityPricing',
          value: true,
          source: guideline('价格政策', '差别电价、阶梯电价、惩罚性电价'),
        },
        {
          dimensions: ['environment', 'quality', 'safety', 'technology'],
          rule: 'electricityPricing',
          value: false,
          source: guideline('价格政策', undefined, 'the 2024.1 reading applied pricing to energy cases only'),
        },
        {
          dimensions: ['energy', 'environment', 'quality', 'safety', 'technology'],
          rule: 'waterPricing',
          value: false,
          source: guideline('价格政策', undefined, 'the 2024.1 reading sent no notice to a water utility'),
        },
        {
          dimensions: ['quality', 'safety'],
          rule: 'licence',
          value: { measure: 'revoke', when: 'exit_ordered' },
          source: guideline('质量方面、安全方面', '吊销生产许可证；有关部门应当吊销其相关证照'),
        },
        {
          dimensions: ['energy', 'environment', 'technology'],
          rule: 'licence',
          value: null,
          source: guideline(
            '能耗、环保、技术方面',
            undefined,
            'the 2024.1 reading touched no licence for these',
          ),
        },
        {
          dimensions: ['energy', 'environment', 'quality', 'safety', 'technology'],
          rule: 'dischargePermitRefused',
          value: false,
          source: guideline('环保方面', undefined, 'no discharge-permit rule in the national reading'),
        },
        {
          dimensions: ['energy', 'environment', 'quality', 'safety', 'technology'],
          rule: 'exitByYearEnd',
          value: false,
          source: guideline('产能退出', undefined, `the exit period is timings.exitMonths; ${LOCAL_CHOICE}`),
        },
        {
          dimensions: ['energy', 'environment', 'quality', 'safety', 'technology'],
          rule: 'majorHazardHalt',
          value: false,
          source: guideline('安全方面', undefined, 'the 2024.1 reading had no hazard flag'),
        },
        {
          dimensions: ['environment'],
          rule: 'emissionLists',
          value: true,
          source: guideline('信息公开', '定期公布超标排放企业名单，以及超标排放情节严重的企业名单'),
        },
        {
          dimensions: ['energy', 'quality', 'safety', 'technology'],
          rule: 'emissionLists',
          value: false,
          source: guideline('信息公开', undefined, 'the emission lists are the environment bureau’s'),
        },
        {
          timing: 'reminderDaysBeforeDeadline',
          value: [30, 7],
          source: guideline('—', undefined, LOCAL_CHOICE),
        },
        { timing: 'governmentDecisionDays', value: 30, source: guideline('—', undefined, LOCAL_CHOICE) },
        { timing: 'governmentReminderAfterDays', value: 15, source: guideline('—', undefined, LOCAL_CHOICE) },
        { timing: 'exitMonths', value: 3, source: guideline('—', undefined, LOCAL_CHOICE) },
        {
          timing: 'dismantlingMonths',
          value: 12,
          source: guideline(
            '技术方面',
            '接受社会监督，并限时拆除',
            `the time limit is not written; ${LOCAL_CHOICE}`,
          ),
        },
        {
          timing: 'tipVerificationDays',
          value: 30,
          source: guideline(
            '畅通举报渠道',
            '限期核查和处理',
            `the time limit is not written; ${LOCAL_CHOICE}`,
          ),
        },
        {
          rule: 'creditPublication',
          value: [],
          source: guideline(
            '强化惩戒约束',
            '对未按期完成落后产能退出的企业…纳入全国信用信息共享平台',
            'a missed exit deadline is always reported; nothing else is published',
          ),
        },
        {
          rule: 'differentialCredit',
          value: [],
          source: guideline('差别化信贷', undefined, 'no notice in 2024.1'),
        },
        {
          rule: 'sealedCountsAsExited',
          value: false,
          source: guideline(
            '产能退出',
            undefined,
            'capacity counts as exited once the city accepts the exit',
          ),
        },
        { rule: 'revisitMonths', value: [], source: guideline('—', undefined, 'no revisits in 2024.1') },
        {
          rule: 'capacitySwapOwners',
          value: ['industry_it', 'development_reform'],
          source: guideline(
            '畅通举报渠道',
            '落后产能和产能违规置换举报',
            'capacity swaps (产能置换) are administered by industry & IT and development & reform',
          ),
        },
        { rule: 'memberUnits', value: [], source: guideline('—', undefined, 'no member units in 2024.1') },
        {
          rule: 'yearMilestones',
          value: [],
          source: guideline('—', undefined, "no bureau's year in 2024.1"),
        },
        {
          timing: 'milestoneReminderDays',
          value: [],
          source: guideline('—', undefined, "no bureau's year in 2024.1"),
        },
      ],
    },
    {
      version: '2024.2',
      adopted: '2026-12-04',
      inherits: { profile: 'national', version: '2024.1' },
      summary:
        'Energy pricing reaches the water utility too; a major accident hazard halts at once; the member units of DOMAIN.md.',
      settings: [
        {
          dimensions: ['energy'],
          rule: 'waterPricing',
          value: true,
          source: guideline(
            '价格政策',
            '执行差别电价、阶梯电价、惩罚性电价和超定额用水累进加价等差别化能源资源价格',
          ),
        },
        {
          dimensions: ['safety'],
          rule: 'majorHazardHalt',
          value: true,
          source: guideline(
            '安全方面',
            undefined,
            'DOMAIN.md: a major accident hazard always means immediate halt',
          ),
        },
        {
          rule: 'memberUnits',
          value: [
            'finance',
            'human_resources_social_security',
            'natural_resources',
            'taxation',
            'peoples_bank',
            'financial_regulator',
            'water',
            'statistics',
            'grid_company',
          ],
          source: guideline('组织实施', undefined, 'DOMAIN.md: the member units every document names'),
        },
        {
          rule: 'yearMilestones',
          value: NATIONAL_YEAR,
          source: guideline(
            '组织实施',
            undefined,
            'the guideline sets no dates; the national default is what four of the five documents share',
          ),
        },
        {
          timing: 'milestoneReminderDays',
          value: [7],
          source: guideline('组织实施', undefined, `reminders are not written; ${LOCAL_CHOICE}`),
        },
      ],
    },
  ],
};
