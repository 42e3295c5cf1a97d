import type { RootSigner } from '../identity/root-signer.ts';
import type { Store } from '../store/store.ts';

/** What the identity routes need besides the request. */
export interface IdentityContext {
  readonly store: Store;
  /** Injected so tests move time instead of sleeping. */
  readonly clock: () => Date;
  /** PBKDF2 iterations for new hashes; undefined = the production default. */
  readonly passwordIterations: number | undefined;
  /** The unlocked root key; undefined when the server runs without it (what signs with it then answers 503). */
  readonly rootSigner: RootSigner | undefined;
}
