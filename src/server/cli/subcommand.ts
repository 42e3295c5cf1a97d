import { usageError } from './usage-error.ts';

/** Splits `hornbill NOUN VERB …` after NOUN: the verb (one of `verbs`) and its arguments. */
export function subcommand<V extends string>(noun: string, args: readonly string[], verbs: readonly V[]): { verb: V; rest: readonly string[] } {
  const [first, ...rest] = args;
  const verb = verbs.find((candidate) => candidate === first);
  if (verb === undefined) throw usageError(`'hornbill ${noun}' needs one of: ${verbs.join(', ')}`);
  return { verb, rest };
}

/** The operands, exactly `names.length` of them, or a usage error naming what is missing or extra. */
export function exactOperands(positionals: readonly string[], names: readonly string[], usage: string): string[] {
  if (positionals.length !== names.length) throw usageError(`usage: ${usage}`);
  return [...positionals];
}

/** A required option's value, or a usage error. */
export function required(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') throw usageError(`${option} is required`);
  return value;
}
