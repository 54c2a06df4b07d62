import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { creditCodeProblem } from '../../domain/credit-code';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

/**
 * Checks answers against the app's own OpenAPI document: the status is documented for the operation,
 * the content type is one documented for it, and a JSON body validates against the documented schema.
 */
export class OpenApiContract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ReturnType<Ajv2020['compile']>>();

  private constructor(readonly document: OpenApiDocument) {
    addFormats(this.ajv);
    // The document's own format for the credit code: its check character (GB 32100).
    this.ajv.addFormat('unified-social-credit-code', (code: string) => creditCodeProblem(code) === null);
    this.ajv.addSchema({ $id: 'openapi', components: document.components });
  }

  static async of(app: FastifyInstance): Promise<OpenApiContract> {
    return new OpenApiContract((await app.inject({ url: '/docs/json' })).json() as OpenApiDocument);
  }

  /** The documented path template an actual URL matches, e.g. /v1/cases/RC-… → /v1/cases/{id}. */
  templateOf(method: string, url: string): string | null {
    const path = url.split('?')[0]!;
    const candidates = Object.keys(this.document.paths).filter((template) => {
      if (!this.document.paths[template]![method.toLowerCase()]) return false;
      const pattern = new RegExp(`^${template.replace(/\{[^/]+\}/g, '[^/]+')}$`);
      return pattern.test(path);
    });
    // The most specific template (fewest parameters) wins: /v1/tips/{id}/record over none.
    return (
      candidates.sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))[0] ?? null
    );
  }

  /** Why this answer does not match the document, or null when it does. */
  problemWith(method: string, url: string, answer: LightMyRequestResponse): string | null {
    const template = this.templateOf(method, url);
    if (!template) return `${method} ${url}: no documented operation`;
    const operation = this.document.paths[template]![method.toLowerCase()]!;
    const response = operation.responses[String(answer.statusCode)];
    if (!response) return `${method} ${template}: status ${answer.statusCode} is not documented`;
    const contentType = String(answer.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim();
    const documented = Object.keys(response.content ?? {});
    if (documented.length === 0) return null;
    if (!documented.includes(contentType))
      return `${method} ${template} ${answer.statusCode}: content type ${contentType}, documented ${documented.join(', ')}`;
    if (!contentType.endsWith('json')) return null;
    const schema = response.content![contentType]!.schema;
    if (!schema) return null;
    const key = `${method} ${template} ${answer.statusCode} ${contentType}`;
    let validate = this.validators.get(key);
    if (!validate) {
      const rooted = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'));
      validate = this.ajv.compile(rooted as object);
      this.validators.set(key, validate);
    }
    if (validate(answer.json())) return null;
    return `${key}: body does not match: ${this.ajv.errorsText(validate.errors)}`;
  }
}
