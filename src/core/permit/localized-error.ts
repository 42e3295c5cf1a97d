// Errors shown to officials in the three working languages of CITES, with a stable code for programs.

export interface LocalizedMessage {
  readonly en: string;
  readonly fr: string;
  readonly es: string;
}

export interface LocalizedError<Code extends string> {
  readonly code: Code;
  readonly message: LocalizedMessage;
}
