/**
 * The decision forms as the console draws them from the request schemas (console/src/console/decisions/
 * form-model.ts), read from the committed openapi.json as the console's build reads it: every field of
 * every decision body has a widget, unions offer their variants, and a filled form sends exactly a body
 * the schema describes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  bodyOf,
  draftOf,
  fieldOf,
  formValuesOf,
  satisfies,
  shapeOf,
  visibleFields,
  type DateCodec,
  type Field,
  type Shape,
} from '../../console/src/console/decisions/form-model';

interface Schema {
  properties?: Record<string, Schema>;
  enum?: unknown[];
  oneOf?: Schema[];
  type?: string;
  items?: Schema;
}
const document = JSON.parse(readFileSync(path.join(__dirname, '../../openapi.json'), 'utf8')) as {
  paths: Record<
    string,
    Record<string, { tags?: string[]; requestBody?: { content: Record<string, { schema: Schema }> } }>
  >;
};
const BODIES = Object.fromEntries(
  Object.entries(document.paths)
    // One case's decisions, as request-schemas.mts picks them (not the batch urging).
    .filter(
      ([route, operations]) =>
        /^\/v1\/cases\/\{id\}\/[a-z-]+$/.test(route) && operations.post?.tags?.includes('decisions'),
    )
    .map(([route, operations]) => [
      route.split('/').at(-1)!,
      operations.post!.requestBody!.content['application/json']!.schema,
    ]),
);

/** A stand-in for dayjs: the form model only passes picker values through a codec. */
const DATES: DateCodec = {
  toText: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : undefined),
  fromText: (text) => new Date(`${text}T00:00:00Z`),
};

const names = (fields: Field[]) => fields.map((field) => field.name);

it('finds the eight decision bodies in the document', () => {
  expect(Object.keys(BODIES).sort()).toEqual(
    [
      'acceptance-opinions',
      'exit-evidence',
      'extension-decisions',
      'extension-requests',
      'government-decisions',
      'reinspections',
      'revisits',
      'urgings',
    ].sort(),
  );
});

it.each(Object.keys(BODIES))('gives every field of %s a widget, nested ones too', (decision) => {
  const schema = BODIES[decision]!;
  const shape = shapeOf(schema);
  const variants = schema.oneOf ?? [schema];
  for (const variant of variants) {
    const chosen = shape.variant ? variant.properties![shape.variant.name]!.enum![0] : undefined;
    const fields = shape.variant
      ? shape.variant.options.find((option) => option.value === chosen)!.fields
      : shape.fields;
    const expected = Object.keys(variant.properties!).filter((name) => name !== shape.variant?.name);
    expect(names(fields).sort()).toEqual(expected.sort());
    for (const [name, property] of Object.entries(variant.properties!)) {
      const field = fieldOf(name, property, false);
      expect([name, field]).not.toEqual([name, null]);
      if (property.type === 'object')
        expect(names((field as { shape: Shape }).shape.fields).sort()).toEqual(
          Object.keys(property.properties!).sort(),
        );
    }
  }
});

describe('the government decision', () => {
  const shape = shapeOf(BODIES['government-decisions']!);

  it('asks for the decision first, then what that decision needs, the reason and the evidence last', () => {
    expect(shape.variant!.name).toBe('decision');
    expect(shape.variant!.options.map((option) => [option.value, names(option.fields)])).toEqual([
      ['approve_exit', ['exitOrder', 'reason', 'evidence']],
      ['reject_new_deadline', ['rectificationMonths', 'reason', 'evidence']],
      ['reject_close', ['outcome', 'reason', 'evidence']],
    ]);
    const order = visibleFields(shape, { decision: 'approve_exit' })[0]!;
    expect(order.kind).toBe('group');
    const group = (order as Extract<Field, { kind: 'group' }>).shape.fields;
    expect(group.map((field) => [field.name, field.kind, field.required])).toEqual([
      ['measure', 'choice', true],
      ['scope', 'choice', true],
      ['exitMonths', 'number', false],
      ['equipment', 'text', false],
    ]);
    expect(visibleFields(shape, {})).toEqual([]);
  });

  it('sends the chosen decision’s fields only, without empty optional ones or empty list items', () => {
    const values = {
      decision: 'approve_exit',
      // Typed before the user changed their mind: another variant's field is never sent.
      rectificationMonths: 3,
      exitOrder: { measure: 'shutdown', scope: 'equipment', equipment: '  ', exitMonths: null },
      reason: '批准关停退出',
      evidence: [{ reference: '苏府复〔2026〕3号', description: '' }, {}],
    };
    expect(bodyOf(shape, values, DATES)).toEqual({
      decision: 'approve_exit',
      exitOrder: { measure: 'shutdown', scope: 'equipment' },
      reason: '批准关停退出',
      evidence: [{ reference: '苏府复〔2026〕3号' }],
    });
  });
});

it('checks the extension decision’s alternatives: refused without months, granted with them', () => {
  const shape = shapeOf(BODIES['extension-decisions']!);
  expect(names(shape.fields)).toEqual(['grant', 'months', 'reason', 'evidence']);
  const holds = (value: Record<string, unknown>) => shape.alternatives.some((a) => satisfies(a, value));
  expect(holds({ grant: false })).toBe(true);
  expect(holds({ grant: true, months: 2 })).toBe(true);
  expect(holds({ grant: true })).toBe(false);
  expect(holds({ grant: true, months: '' })).toBe(false);
});

it('asks exit evidence for at least one reference, with a list that starts with one item', () => {
  const shape = shapeOf(BODIES['exit-evidence']!);
  const evidence = shape.fields.find((field) => field.name === 'evidence')!;
  expect(evidence).toMatchObject({ kind: 'list', minItems: 1, item: { kind: 'group' } });
  expect(shape.fields.find((field) => field.name === 'item')).toMatchObject({
    kind: 'choice',
    required: true,
  });
});

it('draws a date as a date picker and keeps it in a draft as text', () => {
  const shape = shapeOf({
    type: 'object',
    properties: {
      decidedOn: { type: 'string', format: 'date' },
      notes: { type: 'array', items: { type: 'string', maxLength: 20 } },
    },
    required: ['decidedOn'],
  });
  expect(shape.fields.map((field) => [field.name, field.kind])).toEqual([
    ['decidedOn', 'date'],
    ['notes', 'list'],
  ]);
  const values = { decidedOn: new Date('2026-03-02T00:00:00Z'), notes: ['一', ''] };
  const draft = draftOf(shape, values, DATES);
  expect(JSON.parse(JSON.stringify(draft))).toEqual({ decidedOn: '2026-03-02', notes: ['一', ''] });
  expect(formValuesOf(shape, draft, DATES)).toEqual(values);
  expect(bodyOf(shape, values, DATES)).toEqual({ decidedOn: '2026-03-02', notes: ['一'] });
});
