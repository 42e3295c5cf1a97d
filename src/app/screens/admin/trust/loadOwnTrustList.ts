import { rootKeyFingerprint } from '../../../../core/trust/fingerprint.ts';
import { verifyTrustList } from '../../../../core/trust/verify-trust-list.ts';
import type { HqResult } from '../api/hqRequest.ts';
import type { TrustListSummary } from '../api/schemas.ts';

/**
 * Fetches the authority's published trust list (the file the Secretariat receives) and verifies it here,
 * so the version, counts and fingerprint shown are read from the signed bytes themselves.
 */
export async function loadOwnTrustList(): Promise<HqResult<TrustListSummary>> {
  let response: Response;
  try {
    response = await fetch('/api/v1/trust-list', { credentials: 'same-origin' });
  } catch {
    return { ok: false, failure: { kind: 'offline' } };
  }
  if (!response.ok) {
    const code = response.status === 404 ? 'no_trust_list' : 'unexpected_response';
    return { ok: false, failure: { kind: 'refused', status: response.status, code, message: `HTTP ${response.status}` } };
  }
  const verified = await verifyTrustList(new Uint8Array(await response.arrayBuffer()));
  if (!verified.ok) return { ok: false, failure: { kind: 'refused', status: response.status, code: 'invalid_trust_list', message: verified.reason } };
  const list = verified.value;
  return {
    ok: true,
    value: {
      party: list.party,
      version: list.version,
      issuedAt: new Date(list.issuedAt).toISOString(),
      certificates: list.certificates.length,
      revocations: list.revocations.length,
      rootKeyFingerprint: rootKeyFingerprint(list.rootPublicKey),
    },
  };
}
