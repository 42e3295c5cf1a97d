// A notice as an e-mail: a short ASCII text saying what it is and how to check it, and the signed notice
// itself attached as application/cose (base64), byte for byte what `notices export` and the webhook carry.
import { toBase64 } from '../../core/crypto/base64.ts';
import type { StoredNotice } from '../identity/secretariat-notice.ts';

export interface NoticeEmailContext {
  readonly party: string;
  readonly rootKeyFingerprint: string;
  readonly from: string;
  readonly to: readonly string[];
}

export function composeNoticeEmail(notice: StoredNotice, context: NoticeEmailContext, now: Date): string {
  const boundary = `hornbill-${notice.id}`;
  const fileName = `${context.party}-notice-${notice.id}.cose`;
  const attachment = toBase64(notice.signed).match(/.{1,76}/g) ?? [];
  return [
    `From: <${context.from}>`,
    `To: ${context.to.map((address) => `<${address}>`).join(', ')}`,
    `Subject: CITES ${context.party}: ${notice.kind} notice ${notice.id}`,
    `Date: ${now.toUTCString()}`,
    `Message-ID: <${notice.id}@hornbill.${context.party.toLowerCase()}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `Notice to the CITES Secretariat from the Management Authority of Party ${context.party}.`,
    '',
    `Kind:    ${notice.kind}`,
    `Id:      ${notice.id}`,
    `Created: ${notice.createdAt}`,
    '',
    'The attached file is the notice, a COSE_Sign1 message signed by the root key whose SHA-256 fingerprint is',
    `  ${context.rootKeyFingerprint}`,
    "(the key in this Party's trust list). Verify the signature before acting on it.",
    '',
    `--${boundary}`,
    `Content-Type: application/cose; cose-type="cose-sign1"; name="${fileName}"`,
    `Content-Disposition: attachment; filename="${fileName}"`,
    'Content-Transfer-Encoding: base64',
    '',
    ...attachment,
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
