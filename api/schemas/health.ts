import { z } from 'zod';

const CheckSchema = z.enum(['ok', 'unavailable']);
export const ReadinessSchema = z.object({
  status: CheckSchema,
  postgres: CheckSchema,
  temporal: CheckSchema,
});
export const LivenessSchema = z.object({ status: z.literal('ok') });

export type Readiness = z.output<typeof ReadinessSchema>;
