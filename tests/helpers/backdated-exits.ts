/**
 * Cases that exited in past years, written straight into the ledger through the projection activity's own
 * function (`recordCaseEventIn`) with business times in those years: decisions through the API happen now,
 * so this is the only way to put an exit in an earlier year (the statistics' year boundaries, a year's
 * announcement).
 */
import { recordCaseEventIn } from '../../activities/case-projection';
import type { Database } from '../../db/client';
import { caseIdFor } from '../../domain/case-id';
import { filedCaseState, type CaseState } from '../../domain/case';
import type { CaseStatus } from '../../domain/enums';
import { FindingSchema } from '../../domain/finding';
import type { CaseEventType } from '../../workflows/contract';
import { aFinding, creditCode } from '../kit/findings';

/** Writes a case's ledger as the workflow would, with business times in the past (recorded now). */
export async function backdatedExit(
  db: Database,
  name: string,
  regionCode: string,
  dimension: 'energy' | 'technology',
  steps: BackdatedStep[],
  policy: { policyProfile: string; policyVersion: string } = {
    policyProfile: 'national',
    policyVersion: '2024.1',
  },
  /** Parts of the case's state every step carries (a deadline, for a case still rectifying). */
  overrides: Partial<CaseState> = {},
): Promise<string> {
  const finding = FindingSchema.parse(
    aFinding({
      documentNumber: `虎工信〔${steps.at(-1)!.at.slice(0, 4)}〕${name}-${process.pid}`,
      dimension,
      ...(dimension === 'technology'
        ? { legalBasis: { law: '产业结构调整指导目录（2024年本）淘汰类' } }
        : {}),
      enterprise: {
        name: `虎丘某${name}厂`,
        creditCode: creditCode(regionCode, 800 + steps.length),
        regionCode,
      },
      capacity: { equipment: `${name}线`, value: 10, unit: '万吨/年' },
    }),
  );
  const caseId = caseIdFor(finding.department, finding.documentNumber);
  let state: CaseState = filedCaseState({ caseId, finding, ...policy }, steps[0]!.at);
  for (const [index, step] of steps.entries()) {
    state = { ...state, ...overrides, status: step.status, sequence: index + 1 };
    await recordCaseEventIn(db, {
      event: {
        sequence: index + 1,
        type: step.type,
        occurredAt: step.at,
        actor: { userId: 'system', role: 'system', regionCode: null, department: null },
        detail: step.detail ?? {},
      },
      snapshot: state,
    });
  }
  return caseId;
}

/** An instant given as China Standard Time wall-clock time. */
export const cst = (local: string) => new Date(`${local}+08:00`).toISOString();

export type BackdatedStep = {
  type: CaseEventType;
  status: CaseStatus;
  at: string;
  detail?: Record<string, unknown>;
};

/**
 * The ledger of a case that exited, accepted by the city at `acceptedAt`: filed (and ordered to exit) in
 * `filedYear`, sealed, dismantled (again after a failed county acceptance), then accepted by the county the
 * day before the city.
 */
export function exitSteps(
  filedYear: number,
  acceptedAt: string,
  {
    order,
    sealedAt,
    dismantled,
    completedAt,
  }: {
    order?: Record<string, unknown>;
    sealedAt?: string;
    dismantled: string[];
    completedAt?: string;
  },
) {
  const first = order ? cst(`${filedYear}-09-01T10:00:00`) : cst(`${filedYear}-10-10T10:00:00`);
  const steps: BackdatedStep[] = [{ type: 'case_filed', status: 'filed', at: first }];
  if (order)
    steps.push({
      type: 'exit_approved',
      status: 'exiting',
      at: cst(`${filedYear}-10-10T10:00:00`),
      detail: { exitOrder: order },
    });
  else
    steps.push({
      type: 'exit_ordered_at_once',
      status: 'exiting',
      at: cst(`${filedYear}-10-10T10:00:00`),
    });
  if (sealedAt)
    steps.push({
      type: 'exit_evidence_recorded',
      status: 'exiting',
      at: sealedAt,
      detail: { item: 'commitment_announced', sealed: true, exitCompleted: false },
    });
  dismantled.forEach((at, index) => {
    if (index > 0)
      steps.push({
        type: 'acceptance_failed',
        status: 'exiting',
        at,
        detail: { level: 'county', result: 'fail' },
      });
    const complete = !completedAt;
    steps.push({
      type: 'exit_evidence_recorded',
      status: complete ? 'awaiting_acceptance' : 'exiting',
      at,
      detail: { item: 'dismantled', sealed: false, exitCompleted: complete },
    });
  });
  if (completedAt)
    steps.push({
      type: 'exit_evidence_recorded',
      status: 'awaiting_acceptance',
      at: completedAt,
      detail: { item: 'staff_resettlement_plan', sealed: false, exitCompleted: true },
    });
  const countyAt = new Date(Date.parse(acceptedAt) - 86_400_000).toISOString();
  steps.push({
    type: 'acceptance_passed',
    status: 'awaiting_acceptance',
    at: countyAt,
    detail: { level: 'county', result: 'pass' },
  });
  steps.push({
    type: 'acceptance_passed',
    status: 'exited',
    at: acceptedAt,
    detail: { level: 'city', result: 'pass', outcome: 'exited' },
  });
  return steps;
}
