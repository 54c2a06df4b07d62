export { rectificationCaseWorkflow } from './rectification-case';
export * from './tip';
export { listSnapshotWorkflow } from './list-snapshot';
export { bureauYearWorkflow } from './year';
export { openBureauYearsWorkflow } from './year-opener';
export { yearAnnouncementWorkflow } from './announcement';
