/** A deadline as the API shows it: as recorded, with its days named (domain/deadline-days.ts). */
import type { Deadline } from '../../domain/calendar';
import { deadlineDays, type DeadlineDays } from '../../domain/deadline-days';

export type DeadlineView = Deadline & { days: DeadlineDays | null };

export function deadlineView(deadline: Deadline): DeadlineView;
export function deadlineView(deadline: Deadline | null | undefined): DeadlineView | null;
export function deadlineView(deadline: Deadline | null | undefined): DeadlineView | null {
  return deadline ? { ...deadline, days: deadlineDays(deadline) } : null;
}
