/** The unlocked root key, held in memory only by a command or server that needs to sign with it. */
export interface RootSigner {
  readonly party: string;
  /** The Ed25519 seed: never logged, never written anywhere but sealed (root-key-cipher.ts). */
  readonly seed: Uint8Array;
}
