/**
 * What the public pages share: loading an answer of the API (without react-query, to keep the bundle
 * small), the regions (each one asked for once per visit), and instants shown in China Standard Time.
 */
import { useEffect, useState } from 'react';
import { ProblemError, type Schemas } from '../http/problem';
import { get } from './http';

export type Region = Schemas['Region'];
export type NamedRegion = Schemas['NamedRegion'];
export type ListEntry = Schemas['ListEntry'];
export type ListCode = ListEntry['list'];

export const LIST_CODES: readonly ListCode[] = ['yellow', 'red', 'emission_exceeding', 'emission_serious'];

export const isListCode = (value: string | undefined): value is ListCode =>
  (LIST_CODES as readonly string[]).includes(value ?? '');

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

/**
 * The answer of `load`, asked again whenever `key` changes; an answer that comes after the key moved on
 * is dropped. A null key asks nothing.
 */
export function useLoaded<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key: string | null } & Loaded<T>>({
    key: null,
    data: undefined,
    error: undefined,
    loading: key !== null,
  });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState((previous) => ({ ...previous, key, loading: true, error: undefined }));
    load().then(
      (data) => current && setState({ key, data, error: undefined, loading: false }),
      (error: unknown) =>
        current &&
        setState({
          key,
          data: undefined,
          error: error instanceof Error ? error : new Error(String(error)),
          loading: false,
        }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render: the key alone says when it asks something else.
  }, [key]);
  // Until the effect has run for a new key, what is shown belongs to the old one: say it is loading.
  return state.key === key ? state : { data: undefined, error: undefined, loading: key !== null };
}

const remembered = new Map<string, Promise<unknown>>();

/** One request per key and visit; a failed one is forgotten, so that it can be asked again. */
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  let pending = remembered.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = load();
    remembered.set(key, pending);
    pending.catch(() => remembered.delete(key));
  }
  return pending;
}

export function loadProvinces(): Promise<NamedRegion[]> {
  return once('provinces', async () => (await get('/v1/regions')).items);
}

export function loadRegion(code: string): Promise<Region> {
  return once(`region:${code}`, () => get('/v1/regions/{code}', { path: { code } }));
}

/** The codes from the province down to `code` (a code the name table lacks: just itself). */
export async function regionChain(code: string): Promise<string[]> {
  try {
    return (await loadRegion(code)).path.map((region) => region.code);
  } catch (error) {
    if (error instanceof ProblemError && error.status === 404) return [code];
    throw error;
  }
}

const CHINA = 'Asia/Shanghai';

/** The calendar day of an instant in China, as YYYY-MM-DD. */
export function chinaDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: CHINA,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

/** A quarter's last day, from a quarterly notice's `asOf`: 24:00 of that day, the next day's first instant. */
export function lastDayOf(asOf: string): string {
  return chinaDay(new Date(Date.parse(asOf) - 1).toISOString());
}

/** An instant in China as YYYY-MM-DD HH:mm. */
export function chinaDateTime(instant: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: CHINA,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
  return `${chinaDay(instant)} ${parts}`;
}

/** A fresh random key for one submission (crypto.randomUUID needs a secure context; this does not). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `tip-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
