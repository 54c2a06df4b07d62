/**
 * The messages a case sends to the outside world, built from its state. Each key is stable for the
 * step that causes it, so a retried or replayed step writes and delivers it once.
 */
import type { CaseState } from '../domain/case';
import type { Deadline } from '../domain/calendar';
import { dimensionPolicy } from '../domain/policy';
import type { Effect } from './contract';

function enterprise(state: CaseState) {
  const { name, creditCode, regionCode } = state.finding.enterprise;
  return { caseId: state.caseId, enterprise: name, creditCode, regionCode };
}

function owners(state: CaseState) {
  return [...dimensionPolicy(state.policyVersion, state.finding.dimension).owners];
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
