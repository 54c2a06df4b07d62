import type { Actor } from '../../domain/decisions';
import type { Department } from '../../domain/enums';

/** People who act on cases in Suzhou's Gusu district (320508) and Suzhou city (320500). */
export const officer = (department: Department | null = 'industry_it', regionCode = '320508'): Actor => ({
  userId: `officer-${department}-${regionCode}`,
  role: 'department_officer',
  regionCode,
  department,
});
export const supervisor = (regionCode = '320500'): Actor => ({
  userId: `supervisor-${regionCode}`,
  role: 'supervisor',
  regionCode,
  department: null,
});
export const governmentApprover = (regionCode = '320500'): Actor => ({
  userId: `government-${regionCode}`,
  role: 'government_approver',
  regionCode,
  department: null,
});
export const inspector = (regionCode: string): Actor => ({
  userId: `inspector-${regionCode}`,
  role: 'acceptance_inspector',
  regionCode,
  department: null,
});

export const evidence = (reference: string) => [{ reference }];
