/** What every figure gets: the settings, the running service and its baselines' clients. */
import type { Client } from '@temporalio/client';
import type { Pool } from 'pg';
import type { Principal } from '../../api/auth';
import type { CpuMeter } from './machine';
import type { Settings } from './settings';

export interface BenchContext {
  settings: Settings;
  /** e.g. http://127.0.0.1:41234 */
  apiUrl: string;
  databaseUrl: string;
  temporalAddress: string;
  /** The raw @temporalio/client baseline. */
  temporal: Client;
  /** The raw `pg` baseline, and the benchmark's own reads. */
  pool: Pool;
  cpu: CpuMeter;
  /** The scratch directory the servers live in (deleted at the end). */
  scratch: string;
  /** The API process, for its resident memory. */
  apiPid?: number;
}

export function log(message: string): void {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** The officer who files every bench finding (industry & IT, Suzhou city: covers 3205xx). */
export const OFFICER: Principal = {
  userId: 'bench-officer',
  roles: ['department_officer'],
  regionCode: '320500',
  department: 'industry_it',
};

/** The supervisor (领导小组办公室) who urges cases on, Suzhou city. */
export const SUPERVISOR: Principal = {
  userId: 'bench-supervisor',
  roles: ['supervisor'],
  regionCode: '320500',
  department: null,
};
