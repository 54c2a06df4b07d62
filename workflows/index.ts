export { rectificationCaseWorkflow } from './rectification-case';
