/** Modules the console's build makes (console/vite.config.mts). */
declare module 'virtual:decision-request-schemas' {
  import type { JsonSchema } from './console/decisions/request-schemas.mjs';
  /** Each decision's request body, by the last segment of its path (`extension-requests`, …). */
  const schemas: Record<string, JsonSchema>;
  export default schemas;
}
