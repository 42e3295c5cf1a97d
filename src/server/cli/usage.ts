import { environmentVariables } from '../config.ts';
import type { Command } from './command.ts';

/** The text of `hornbill --help`: every command and every environment variable. */
export function formatUsage(commands: readonly Command[], version: string): string {
  const pad = (text: string, width: number): string => text.padEnd(width);
  const commandWidth = Math.max(...commands.map((command) => command.name.length)) + 2;
  const variableWidth = Math.max(...environmentVariables.map((variable) => variable.name.length)) + 2;
  return [
    `Hornbill HQ ${version}: electronic CITES permits, HQ server`,
    '',
    'Usage: hornbill <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${pad(command.name, commandWidth)}${command.summary}`),
    '',
    'Options:',
    '  -h, --help     show this help',
    '  -v, --version  print the version',
    '',
    'Environment:',
    ...environmentVariables.map(
      (variable) => `  ${pad(variable.name, variableWidth)}${variable.description} (default: ${variable.defaultValue})`,
    ),
    '',
  ].join('\n');
}
