/** What a command module (commands/<name>.ts) exports. Resolves to the process exit code. */
export interface CommandModule {
  run(args: readonly string[]): Promise<number>;
}

/**
 * One `hornbill` subcommand in main.ts's table. Its module is imported only when the command runs, so
 * `--help`, `--version` and light commands do not load the HTTP server and database drivers.
 */
export interface Command {
  readonly name: string;
  /** One line for `hornbill --help`. */
  readonly summary: string;
  load(): Promise<CommandModule>;
}
