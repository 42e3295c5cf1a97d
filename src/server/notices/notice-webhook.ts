import type { StoredNotice } from '../identity/secretariat-notice.ts';
import { describeError } from '../store/describe-error.ts';

/**
 * POSTs the signed notice (the COSE_Sign1 bytes as the body) to the webhook; any 2xx is taken as received.
 * Errors name the status or the network cause, never the URL (it may hold a secret token).
 */
export async function postNoticeToWebhook(webhookUrl: string, notice: StoredNotice, party: string, timeoutMs = 30_000): Promise<void> {
  let response: Response;
  try {
    response = await fetch(webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/cose; cose-type="cose-sign1"',
        'hornbill-party': party,
        'hornbill-notice-id': notice.id,
        'hornbill-notice-kind': notice.kind,
      },
      body: new Uint8Array(notice.signed),
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    throw new Error(`webhook: ${describeError(cause)}`, { cause: error });
  }
  await response.body?.cancel();
  if (!response.ok) throw new Error(`webhook: answered HTTP ${response.status}`);
}
