/**
 * How the workflow code is bundled, for the worker, the tests and the replay alike.
 *
 * The SDK runs every workflow in one reused V8 context, but gives each workflow its own copy of the
 * bundle's modules: without preloading, a new case (or one evicted from the cache and replayed) evaluates
 * the domain rules, the policy profiles, the holiday table and the SHA-256 tables again, about a tenth of
 * the worker's CPU per case (docs/benchmark-and-drills.md, "The cost of a case"). The domain modules are
 * pure data and rules, with no state of a workflow's own (policy.ts keeps a cache of resolved policies,
 * frozen and the same for every workflow), so they are loaded once per worker thread and shared
 * (`preloadModules`; the SDK deep-freezes what they export). The workflows' own modules are not: they
 * hold each workflow's proxies and handlers.
 *
 * Every domain module of the bundle must be in this list (tests/workflows/bundle.test.ts checks it); what
 * they import (@noble/hashes) is loaded with them and shared too. Listing one the workflows do not import
 * would pull it into the bundle.
 */
export const WORKFLOWS_PATH = require.resolve('../workflows');

export const PRELOADED_MODULES = [
  '../domain/announcement',
  '../domain/authority',
  '../domain/calendar',
  '../domain/case-id',
  '../domain/case',
  '../domain/credit-code',
  '../domain/enums',
  '../domain/holidays',
  '../domain/lists',
  '../domain/policy-profiles/documents',
  '../domain/policy-profiles/localities',
  '../domain/policy-profiles/national',
  '../domain/policy-types',
  '../domain/policy',
  '../domain/quarterly-notice',
  '../domain/region',
  '../domain/supervision',
  '../domain/tip',
  '../domain/work-plan',
  '../domain/year-report',
  '../domain/year-state',
  '../domain/year',
].map((module) => require.resolve(module));

/** What `bundleWorkflowCode` and `Worker.create`'s `bundlerOptions` take. */
export const WORKFLOW_BUNDLER_OPTIONS = { preloadModules: PRELOADED_MODULES };
