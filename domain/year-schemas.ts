/**
 * The bodies of a milestone's submission and review, as zod schemas: the API's validation and the
 * OpenAPI document (the workflow takes the types in domain/year-state.ts, and never loads zod).
 */
import { z } from 'zod';
import { EvidenceRefSchema, text } from './finding';
import type { MilestoneReview, MilestoneSubmission } from './year-state';

export const MilestoneSubmissionSchema = z.strictObject({
  note: text(2000).meta({ description: 'what is submitted: the document, its number, remarks' }),
  evidence: z
    .array(EvidenceRefSchema)
    .min(1, 'a submission needs at least one document reference')
    .max(100)
    .meta({ description: 'the documents submitted (工作方案、统计表、总结及佐证材料…), by reference' }),
});

export const MilestoneReviewSchema = z.strictObject({
  outcome: z
    .enum(['accepted', 'returned'])
    .meta({ description: 'accepted: 审核通过 (done); returned: 退回重报 (the jurisdiction submits again)' }),
  reason: text(2000).meta({ description: 'the reviewing office’s opinion' }),
});

// The bodies are the updates' arguments less what the server adds (the kind, from the path; the actor).
type Body<T> = Omit<T, 'kind' | 'actor'>;
export type SubmissionBody = z.infer<typeof MilestoneSubmissionSchema>;
export type ReviewBody = z.infer<typeof MilestoneReviewSchema>;
const sameShape: [
  SubmissionBody extends Body<MilestoneSubmission> ? true : never,
  ReviewBody extends Body<MilestoneReview> ? true : never,
] = [true, true];
void sameShape;
