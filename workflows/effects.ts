/**
 * The messages a case sends to the outside world, built from its state. Each key is stable for the
 * step that causes it, so a retried or replayed step writes and delivers it once.
 */
import type { CaseState } from '../domain/case';
import type { Deadline } from '../domain/calendar';
import {
  dimensionPolicy,
  LICENCE_MEASURES,
  LISTING_MOMENTS,
  type LicenceMeasure,
  type ListingMoment,
} from '../domain/policy';
import type { Effect } from './contract';

/** The policy a message was sent under, for the receiving side's records. */
function policyOf(state: CaseState) {
  return { policyProfile: state.policyProfile, policyVersion: state.policyVersion };
}

function enterprise(state: CaseState) {
  const { name, creditCode, regionCode } = state.finding.enterprise;
  return { caseId: state.caseId, enterprise: name, creditCode, regionCode };
}

function owners(state: CaseState) {
  return [...dimensionPolicy(state, state.finding.dimension).owners];
}

const region = (state: CaseState) => state.finding.enterprise.regionCode;

export function pricingStart(state: CaseState): Effect {
  return {
    key: `${state.caseId}/pricing_start`,
    kind: 'pricing_start',
    channel: 'grid_company',
    recipient: null,
    payload: {
      ...enterprise(state),
      equipment: state.finding.capacity.equipment,
      capacity: state.finding.capacity,
      from: state.finding.findingDate,
      measure: '差别电价、阶梯电价、惩罚性电价',
    },
  };
}

export function pricingStop(state: CaseState, at: string): Effect {
  return {
    key: `${state.caseId}/pricing_stop`,
    kind: 'pricing_stop',
    channel: 'grid_company',
    recipient: null,
    payload: {
      ...enterprise(state),
      equipment: state.finding.capacity.equipment,
      at,
      outcome: state.outcome,
    },
  };
}

/** 超定额用水累进加价: the water utility applies progressive prices to water beyond quota while the case is open. */
export function waterPricingStart(state: CaseState): Effect {
  return {
    key: `${state.caseId}/water_pricing_start`,
    kind: 'water_pricing_start',
    channel: 'water_utility',
    recipient: null,
    payload: {
      ...enterprise(state),
      equipment: state.finding.capacity.equipment,
      capacity: state.finding.capacity,
      from: state.finding.findingDate,
      measure: '超定额用水累进加价',
      ...policyOf(state),
    },
  };
}

export function waterPricingStop(state: CaseState, at: string): Effect {
  return {
    key: `${state.caseId}/water_pricing_stop`,
    kind: 'water_pricing_stop',
    channel: 'water_utility',
    recipient: null,
    payload: {
      ...enterprise(state),
      equipment: state.finding.capacity.equipment,
      at,
      outcome: state.outcome,
    },
  };
}

/** The case's list published on the credit platform (信用中国): the rectification list or the exit list. */
export function creditPublication(state: CaseState, moment: ListingMoment, at: string): Effect {
  return {
    key: `${state.caseId}/credit_publication/${moment}`,
    kind: 'credit_publication',
    channel: 'credit_platform',
    recipient: null,
    payload: {
      ...enterprise(state),
      list: moment,
      listName: LISTING_MOMENTS[moment],
      at,
      ...policyOf(state),
    },
  };
}

/** 差别化信贷: the financial regulator and the People's Bank are told, so banks apply differential credit. */
export function differentialCreditNotice(state: CaseState, moment: ListingMoment, at: string): Effect {
  return {
    key: `${state.caseId}/differential_credit_notice/${moment}`,
    kind: 'differential_credit_notice',
    channel: 'financial_regulator',
    recipient: null,
    payload: {
      ...enterprise(state),
      moment,
      momentName: LISTING_MOMENTS[moment],
      at,
      measure: '执行差别化信贷政策',
      ...policyOf(state),
    },
  };
}

/** 注销生产许可证 (or, for 吊销, see licenceRevocation), sent to the licence registry. */
export function licenceCancellation(state: CaseState, orderedAt: string): Effect {
  return {
    key: `${state.caseId}/licence_cancellation`,
    kind: 'licence_cancellation',
    channel: 'licence_registry',
    recipient: null,
    payload: {
      ...enterprise(state),
      dimension: state.finding.dimension,
      orderedAt,
      measure: LICENCE_MEASURES.cancel,
      ...policyOf(state),
    },
  };
}

/** The licence registry's measure for this licence action. */
export function licenceMeasure(state: CaseState, measure: LicenceMeasure, at: string): Effect {
  return measure === 'revoke' ? licenceRevocation(state, at) : licenceCancellation(state, at);
}

/** 不得发放排污许可证: the environment bureau's permit registry issues no discharge permit to capacity that must exit. */
export function dischargePermitRefusal(state: CaseState, orderedAt: string): Effect {
  return {
    key: `${state.caseId}/discharge_permit_refusal`,
    kind: 'discharge_permit_refusal',
    channel: 'licence_registry',
    recipient: null,
    payload: {
      ...enterprise(state),
      equipment: state.finding.capacity.equipment,
      orderedAt,
      measure: '不得发放排污许可证',
      ...policyOf(state),
    },
  };
}

export function deadlineReminder(state: CaseState, daysBefore: number, deadline: Deadline): Effect {
  return {
    key: `${state.caseId}/deadline_reminder/${deadline.lapsesAt}/${daysBefore}d`,
    kind: 'deadline_reminder',
    channel: 'people',
    recipient: { role: 'department_officer', regionCode: region(state), departments: owners(state) },
    payload: { ...enterprise(state), daysBefore, lastDay: deadline.lastDay, lapsesAt: deadline.lapsesAt },
  };
}

export function governmentReminder(state: CaseState): Effect {
  return {
    key: `${state.caseId}/government_reminder/${state.escalatedAt}`,
    kind: 'government_reminder',
    channel: 'people',
    recipient: { role: 'government_approver', regionCode: region(state), departments: null },
    payload: {
      ...enterprise(state),
      escalatedAt: state.escalatedAt,
      due: state.governmentDecisionDue?.lapsesAt,
    },
  };
}

/** 督办: the supervisor is told that something the case waits for is overdue. */
export function supervisorNotice(state: CaseState, about: string, since: string): Effect {
  return {
    key: `${state.caseId}/supervisor_notice/${about}/${since}`,
    kind: 'supervisor_notice',
    channel: 'people',
    recipient: { role: 'supervisor', regionCode: region(state), departments: null },
    payload: { ...enterprise(state), about, since, status: state.status },
  };
}

/** 联合惩戒: an enterprise that missed its exit or dismantling deadline is reported once per deadline. */
export function creditReport(state: CaseState, deadlineName: string, deadline: Deadline): Effect {
  return {
    key: `${state.caseId}/credit_report/${deadlineName}`,
    kind: 'credit_report',
    channel: 'credit_platform',
    recipient: null,
    payload: {
      ...enterprise(state),
      missed: deadlineName,
      lastDay: deadline.lastDay,
      lapsesAt: deadline.lapsesAt,
      basis: '未按期完成落后产能退出，纳入全国信用信息共享平台，实施联合惩戒',
    },
  };
}

export function licenceRevocation(state: CaseState, orderedAt: string): Effect {
  return {
    key: `${state.caseId}/licence_revocation`,
    kind: 'licence_revocation',
    channel: 'licence_registry',
    recipient: null,
    payload: { ...enterprise(state), dimension: state.finding.dimension, orderedAt, measure: '吊销证照' },
  };
}

export function urgingNotice(state: CaseState, sequence: number, message: string): Effect {
  return {
    key: `${state.caseId}/urging/${sequence}`,
    kind: 'urging_notice',
    channel: 'people',
    recipient: { role: 'department_officer', regionCode: region(state), departments: owners(state) },
    payload: { ...enterprise(state), status: state.status, message },
  };
}
