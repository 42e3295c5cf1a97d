import type { en } from './en.ts';

/** The shape of every locale: the English tree with each string free to differ. */
type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export type LocaleMessages = Messages<typeof en>;
