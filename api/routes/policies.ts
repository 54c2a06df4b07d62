/** The policy profiles: public and read-only (the documents are public), rate limited per address. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '../problem';
import {
  PolicyProfileIdSchema,
  PolicyProfileSchema,
  PolicyProfilesSchema,
  PolicyVersionIdSchema,
  PolicyVersionSchema,
} from '../schemas/policies';
import { PUBLIC_ENDPOINT } from '../security';
import { policyProfile, policyProfiles, policyVersion } from '../services/policies';

export const policyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/v1/policies',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['policies'],
        summary: 'The policy profiles (政策配置): the national default and each locality’s document',
        description:
          'Public, no token; rate limited per address. A case runs under the profile covering its enterprise’s ' +
          'region (its own, its city’s, its province’s, else the national default) at the version current when it ' +
          'was filed, for its whole life.',
        response: { 200: PolicyProfilesSchema, 429: ProblemSchema },
      },
    },
    async () => policyProfiles(),
  );

  app.get(
    '/v1/policies/:id',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['policies'],
        summary: 'One policy profile with its versions',
        description: 'Public, no token. An id that is not a profile’s is 400 naming `id`.',
        params: z.object({ id: PolicyProfileIdSchema }),
        response: { 200: PolicyProfileSchema, 400: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request) => policyProfile(request.params.id),
  );

  app.get(
    '/v1/policies/:id/versions/:version',
    {
      config: PUBLIC_ENDPOINT,
      schema: {
        tags: ['policies'],
        summary: 'One version of a profile: every rule resolved, with the document and article it comes from',
        description:
          'Public, no token. A profile that does not exist, or a version no profile has, is 400 naming the ' +
          'field; a version of another profile is 404.',
        params: z.object({ id: PolicyProfileIdSchema, version: PolicyVersionIdSchema }),
        response: { 200: PolicyVersionSchema, 400: ProblemSchema, 404: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request) => policyVersion(request.params.id, request.params.version),
  );
};
