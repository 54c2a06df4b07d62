export { rectificationCaseWorkflow } from './rectification-case';
export * from './tip';
export { listSnapshotWorkflow } from './list-snapshot';
