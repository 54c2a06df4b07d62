/**
 * Real load for the drills: findings of several kinds filed over HTTP by their own department's
 * officer, each with the state its case must reach; a client that counts every answer and retries
 * what a client would retry (503, 429, a dropped connection) with the same request.
 */
import type { Principal } from '../../api/auth';
import { caseIdFor } from '../../domain/case-id';
import { chinaDateOf } from '../../domain/calendar';
import type { FindingInput } from '../../domain/finding';
import type { CaseStatus } from '../../domain/enums';
import type { EffectKind } from '../../workflows/contract';
import { aFinding } from '../../tests/kit/findings';
import { call, type Answer } from '../../tests/kit/http';
import { authorizationFor, officerFor } from '../../tests/kit/tokens';
import { sleep } from '../../tests/kit/poll';

export type { Answer };

// ---- seeded randomness: every kill point comes from the printed seed

export interface Random {
  (): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32, seeded by the drill seed and the drill's name, so one drill replays on its own. */
export function randomFor(seed: number, name: string): Random {
  let state = seed >>> 0;
  for (const char of name) state = (Math.imul(state ^ char.charCodeAt(0), 2654435761) + 1) >>> 0;
  const next = (() => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Random;
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  next.pick = (items) => items[Math.floor(next() * items.length)]!;
  return next;
}

// ---- who acts (officers and their tokens: tests/kit/tokens.ts)

export const CITY_SUPERVISOR: Principal = {
  userId: 'drill-supervisor-320500',
  roles: ['supervisor'],
  regionCode: '320500',
  department: null,
};

// ---- what is filed, and what each case must become

export interface ExpectedCase {
  caseId: string;
  documentNumber: string;
  scenario: string;
  status: CaseStatus;
  /** Steps recorded: the case row's state_version and the ledger's entry count. */
  sequence: number;
  /** The outbox messages its steps send, by kind (a kind may repeat). */
  effects: EffectKind[];
}

interface Scenario {
  name: string;
  finding(base: Omit<FindingInput, 'department' | 'dimension' | 'findingDate'>): FindingInput;
  status: CaseStatus;
  sequence: number;
  effects: EffectKind[];
}

/** Yesterday in China: a finding date that is never after today, with every deadline ahead. */
const recently = () => chinaDateOf(new Date(Date.now() - 24 * 60 * 60 * 1000));
/** Long enough ago that the case's first deadline has already lapsed when it is filed. */
const LAPSED = '2025-03-10';

export const SCENARIOS: Scenario[] = [
  {
    // case_filed (electricity and water pricing start: national policy 2024.2), deadline_set
    name: 'energy, rectifying',
    finding: (base) => ({ ...base, department: 'industry_it', dimension: 'energy', findingDate: recently() }),
    status: 'rectifying',
    sequence: 2,
    effects: ['pricing_start', 'water_pricing_start'],
  },
  {
    // case_filed, deadline_set, deadline_lapsed at once: escalated to the government
    name: 'energy, deadline lapsed',
    finding: (base) => ({
      ...base,
      department: 'development_reform',
      dimension: 'energy',
      findingDate: LAPSED,
    }),
    status: 'awaiting_government_decision',
    sequence: 3,
    effects: ['pricing_start', 'water_pricing_start'],
  },
  {
    // case_filed, exit_ordered_at_once, exit_deadline_missed at once (credit report, supervisor notice)
    name: 'technology, exit deadline missed',
    finding: (base) => ({ ...base, department: 'industry_it', dimension: 'technology', findingDate: LAPSED }),
    status: 'exiting',
    sequence: 3,
    effects: ['credit_report', 'supervisor_notice'],
  },
  {
    // case_filed, deadline_set (the bureau's own period), on the emission list
    name: 'environment, rectifying',
    finding: (base) => ({
      ...base,
      department: 'environment_bureau',
      dimension: 'environment',
      findingDate: recently(),
      rectificationMonths: 3,
    }),
    status: 'rectifying',
    sequence: 2,
    effects: [],
  },
  {
    name: 'quality, rectifying',
    finding: (base) => ({
      ...base,
      department: 'market_regulation',
      dimension: 'quality',
      findingDate: recently(),
    }),
    status: 'rectifying',
    sequence: 2,
    effects: [],
  },
];

/** A run's findings (the kit's: unique document numbers and credit codes), scenarios in turn. */
export class Findings {
  private serial = 0;
  /** `nonce` names the drill's document-number series, so that its cases can be told apart in a shared database. */
  constructor(private readonly nonce: string) {}

  next(scenario: Scenario = SCENARIOS[this.serial % SCENARIOS.length]!): {
    finding: FindingInput;
    expected: ExpectedCase;
  } {
    this.serial += 1;
    const finding = scenario.finding(
      aFinding(
        { capacity: { equipment: `${this.serial}号高炉`, value: 60, unit: '万吨/年' } },
        { series: `演练${this.nonce}`, enterpriseName: `演练企业${this.nonce}-` },
      ),
    );
    return {
      finding,
      expected: {
        caseId: caseIdFor(finding.department, finding.documentNumber),
        documentNumber: finding.documentNumber,
        scenario: scenario.name,
        status: scenario.status,
        sequence: scenario.sequence,
        effects: [...scenario.effects],
      },
    };
  }
}

// ---- the client

export interface ServerError {
  method: string;
  path: string;
  status: number;
  requestId: string | null;
  body: unknown;
  request?: string;
}

/** Counts every answer by status; keeps each 5xx with its request id for the report. */
export class Http {
  readonly statuses = new Map<number, number>();
  connectionErrors = 0;
  readonly serverErrors: ServerError[] = [];

  constructor(private readonly baseUrl: string) {}

  async send(
    method: string,
    path: string,
    {
      body,
      headers = {},
      timeoutMs = 30_000,
    }: { body?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
  ): Promise<Answer> {
    let answer: Answer;
    try {
      answer = await call(`${this.baseUrl}${path}`, { method, headers, text: body, timeoutMs });
    } catch (error) {
      this.connectionErrors += 1;
      throw error;
    }
    this.statuses.set(answer.status, (this.statuses.get(answer.status) ?? 0) + 1);
    if (answer.status >= 500)
      this.serverErrors.push({
        method,
        path,
        status: answer.status,
        requestId: answer.requestId,
        body: answer.body,
      });
    return answer;
  }

  /** 5xx answers other than 503 (a dependency down, which the drills cause on purpose). */
  unexpected5xx(): ServerError[] {
    return this.serverErrors.filter((error) => error.status !== 503);
  }

  count(status: number): number {
    return this.statuses.get(status) ?? 0;
  }

  summary(): string {
    const parts = [...this.statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    if (this.connectionErrors) parts.push(`no answer×${this.connectionErrors}`);
    return parts.join(' ') || 'none';
  }
}

/**
 * Sends a request again, as a client would, while it gets no answer, a 5xx or 429; gives up at `deadline`.
 * (Every request the drills send is idempotent; a 5xx other than 503 is still counted as a failure.)
 */
export async function sendUntilAnswered(
  http: Http,
  method: string,
  path: string,
  init: { body?: string; headers?: Record<string, string> },
  deadline: number,
): Promise<Answer | null> {
  let pause = 100;
  for (;;) {
    try {
      const answer = await http.send(method, path, init);
      if (answer.status < 500 && answer.status !== 429) return answer;
    } catch {
      // no answer (refused, reset, timed out): retry the same request
    }
    if (Date.now() > deadline) return null;
    await sleep(pause);
    pause = Math.min(pause * 2, 2_000);
  }
}

/** Files one finding until it is acknowledged (201 or 200); null when no answer came by `deadline`. */
export async function fileFinding(
  http: Http,
  finding: FindingInput,
  deadline: number,
): Promise<Answer | null> {
  return sendUntilAnswered(
    http,
    'POST',
    '/v1/findings',
    {
      body: JSON.stringify(finding),
      headers: {
        'content-type': 'application/json',
        authorization: await authorizationFor(officerFor(finding)),
      },
    },
    deadline,
  );
}
