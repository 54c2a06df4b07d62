/** What the inbox (待办) holds: the tasks cases open and the tasks the bureau's years open. */
import { TASK_KINDS } from './case';
import { YEAR_TASK_KINDS } from './year-state';

export const INBOX_TASK_KINDS = { ...TASK_KINDS, ...YEAR_TASK_KINDS } as const;
export type InboxTaskKind = keyof typeof INBOX_TASK_KINDS;
