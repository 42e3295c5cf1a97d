// What a rule reports: a stable code for programs, a severity, the path of the box concerned in the permit
// JSON (e.g. "lineItems.0.source"), and a message in the three CITES working languages.
// An error stops issue; a warning asks the official to look again.
import type { LocalizedMessage } from '../localized-error.ts';

export type Severity = 'error' | 'warning';

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly path: string;
  readonly message: LocalizedMessage;
}

/** Messages often open with a name written lower case mid-sentence ("line item 2: …"); a sentence starts with a capital. */
function capitalised(message: LocalizedMessage): LocalizedMessage {
  const first = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return { en: first(message.en), fr: first(message.fr), es: first(message.es) };
}

export function errorFinding(code: string, path: string, message: LocalizedMessage): Finding {
  return { code, severity: 'error', path, message: capitalised(message) };
}

export function warningFinding(code: string, path: string, message: LocalizedMessage): Finding {
  return { code, severity: 'warning', path, message: capitalised(message) };
}
