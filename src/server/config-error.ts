/**
 * A configuration problem the operator must fix: reported as ONE line naming the setting, never as a
 * stack trace (see the CLI's error handling in cli/main.ts).
 */
export interface ConfigError extends Error {
  readonly name: 'ConfigError';
  readonly setting: string;
}

export function configError(setting: string, cause: string): ConfigError {
  const error = new Error(`${setting}: ${cause}`) as Error & { name: 'ConfigError'; setting: string };
  error.name = 'ConfigError';
  error.setting = setting;
  return error;
}

export function isConfigError(value: unknown): value is ConfigError {
  return value instanceof Error && value.name === 'ConfigError' && 'setting' in value;
}
