/**
 * The console's client types (console/src/http/schema.d.ts), generated from openapi.json by
 * openapi-typescript. Kept apart from openapi-document.ts: openapi-typescript is ESM-only inside, which
 * Jest cannot load, so the test asks `npm run openapi -- --check` instead.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { OPENAPI_COMMAND } from './openapi-document';

const LONG_ENUM = 1000;

/** The TypeScript types of the document's paths and schemas, as the console's typed client imports them. */
export async function consoleApiTypes(documentText: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(documentText) as Parameters<typeof openapiTS>[0], {
    // The region codes a request may carry are listed in the document (some 3,300); the client types them
    // as a string, which the server checks, rather than as a union every form would have to narrow to.
    transform: (schema) =>
      Array.isArray(schema.enum) && schema.enum.length > LONG_ENUM
        ? ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword)
        : undefined,
  });
  return `// Generated from openapi.json by \`${OPENAPI_COMMAND}\` (openapi-typescript). Do not edit.\n\n${astToString(ast)}`;
}
