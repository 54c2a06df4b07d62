/**
 * The case search attributes (workflows/search-attributes.ts) registered on the namespace, at every
 * worker start as the schedules are: a workflow that sets an unregistered attribute fails its task, so
 * the worker that runs the workflows makes sure they exist first. Works on each server the service
 * meets — the dev server, the cluster (PostgreSQL visibility), the time-skipping test server — through
 * the operator service; an attribute of the same name and another type is an error naming both.
 */
import type { SearchAttributeKey, SearchAttributeType } from '@temporalio/common/lib/search-attributes';
import { temporal } from '@temporalio/proto';

type OperatorService = Pick<
  temporal.api.operatorservice.v1.OperatorService,
  'listSearchAttributes' | 'addSearchAttributes'
>;

const { IndexedValueType } = temporal.api.enums.v1;
const INDEXED_TYPES: Record<SearchAttributeType, temporal.api.enums.v1.IndexedValueType> = {
  TEXT: IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  KEYWORD: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  INT: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  DOUBLE: IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  BOOL: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  DATETIME: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  KEYWORD_LIST: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};
const ALREADY_EXISTS = 6;
const UNIMPLEMENTED = 12;

/** Registers the keys the namespace lacks; returns their names. */
export async function ensureSearchAttributes(
  operatorService: OperatorService,
  namespace: string,
  keys: readonly SearchAttributeKey<SearchAttributeType>[],
): Promise<string[]> {
  const missing = async () => {
    const listed = await operatorService
      .listSearchAttributes({ namespace })
      .catch((error: { code?: number }) => {
        // The time-skipping test server registers attributes but does not list them: add them all.
        if (error.code === UNIMPLEMENTED) return null;
        throw error;
      });
    if (!listed) return [...keys];
    const registered = listed.customAttributes ?? {};
    for (const key of keys) {
      const type = registered[key.name];
      if (type !== undefined && type !== null && type !== INDEXED_TYPES[key.type])
        throw new Error(
          `the search attribute ${key.name} is registered on namespace ${namespace} as ` +
            `${IndexedValueType[type]}, but the case workflows set it as ${key.type}`,
        );
    }
    return keys.filter((key) => registered[key.name] === undefined);
  };
  const absent = await missing();
  if (absent.length === 0) return [];
  try {
    await operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(absent.map((key) => [key.name, INDEXED_TYPES[key.type]])),
    });
  } catch (error) {
    // Another worker registered them at the same moment: fine if they are all there now.
    if ((error as { code?: number }).code !== ALREADY_EXISTS || (await missing()).length > 0) throw error;
  }
  return absent.map((key) => key.name);
}
