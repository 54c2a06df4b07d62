/**
 * What a V8 heap snapshot holds, summed by kind (constructor name for objects; closures, strings,
 * code, …): enough to say what a workflow costs the worker's workflow thread. Reads the snapshot's
 * `nodes` with a byte scanner rather than JSON.parse, since snapshots run to hundreds of megabytes.
 */
import { readFile } from 'node:fs/promises';

interface Meta {
  node_fields: string[];
  node_types: [string[], ...unknown[]];
}

/** KiB by kind, largest first, and the total. */
export async function summariseHeapSnapshot(
  file: string,
): Promise<{ totalKiB: number; byKindKiB: Record<string, number> }> {
  const bytes = await readFile(file);
  const text = (from: number, to: number) => bytes.subarray(from, to).toString('utf8');
  const metaStart = bytes.indexOf('"meta":');
  const metaEnd = bytes.indexOf('"node_count"', metaStart);
  const meta = JSON.parse(text(metaStart + '"meta":'.length, bytes.lastIndexOf(',', metaEnd))) as Meta;
  const stringsStart = bytes.indexOf('"strings":[');
  const strings = JSON.parse(
    text(stringsStart + '"strings":'.length, bytes.lastIndexOf(']', bytes.length) + 1),
  ) as string[];

  const fields = meta.node_fields.length;
  const typeAt = meta.node_fields.indexOf('type');
  const nameAt = meta.node_fields.indexOf('name');
  const sizeAt = meta.node_fields.indexOf('self_size');
  const types = meta.node_types[0];
  const byKind = new Map<string, number>();
  let total = 0;
  const row: number[] = new Array<number>(fields).fill(0);
  let column = 0;
  let value = 0;
  let inNumber = false;
  const nodesStart = bytes.indexOf('"nodes":[') + '"nodes":['.length;
  for (let i = nodesStart; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      inNumber = true;
      continue;
    }
    if (inNumber) {
      row[column++] = value;
      value = 0;
      inNumber = false;
      if (column === fields) {
        column = 0;
        const type = types[row[typeAt]!] ?? 'unknown';
        const size = row[sizeAt]!;
        const name = strings[row[nameAt]!] ?? '';
        const kind =
          type === 'object' || type === 'hidden' || type === 'array' || type === 'native'
            ? `${type} ${name.length > 40 ? `${name.slice(0, 40)}…` : name}`
            : type.endsWith('string')
              ? 'string'
              : type;
        byKind.set(kind, (byKind.get(kind) ?? 0) + size);
        total += size;
      }
    }
    if (c === 93) break; // ]
  }
  const byKindKiB = Object.fromEntries(
    [...byKind.entries()]
      .sort(([, a], [, b]) => b - a)
      .map(([kind, size]) => [kind, Math.round(size / 102.4) / 10]),
  );
  return { totalKiB: Math.round(total / 1024), byKindKiB };
}
