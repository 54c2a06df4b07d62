/**
 * The console's messages: zh-CN/ is the source, en/ must give every key of it (a missing or extra key
 * fails the type check). A message is a string, or a function of its parameters that returns one.
 */
import type { zhCN } from './zh-CN';

/** The shape of a message tree, with every literal widened to `string`. */
export type MessageTree<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : MessageTree<T[K]>;
};

export type Messages = MessageTree<typeof zhCN>;

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
