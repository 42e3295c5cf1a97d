// `hornbill permit validate|print`: one noun, a module per verb.
export async function run(args: readonly string[]): Promise<number> {
  if (args[0] === 'print') return (await import('./permit-print.ts')).run(args.slice(1));
  return (await import('./permit-validate.ts')).run(args);
}
