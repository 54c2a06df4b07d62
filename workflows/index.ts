export { rectificationCaseWorkflow } from './rectification-case';
export * from './tip';
