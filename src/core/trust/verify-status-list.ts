import { toHex } from '../crypto/bytes.ts';
import { accept, refuse, type Checked } from '../log/verdict.ts';
import { openCoseDocument } from './cose-document.ts';
import { compareBytes } from './status-list-order.ts';
import { PERMIT_STATUS_NUMBERS, statusListBodySchema, type ListedPermitStatus } from './status-list-schema.ts';
import type { StatusEntry, StatusList } from './status-list.ts';
import type { TrustList } from './trust-list.ts';

const STATUS_BY_NUMBER = new Map<number, ListedPermitStatus>(
  Object.entries(PERMIT_STATUS_NUMBERS).map(([status, number]) => [number, status as ListedPermitStatus]),
);

/**
 * Opens a signed status list and checks it against the verified trust list of the same Party: structure,
 * schema, Party, the root signature, entries strictly sorted by hash (so no permit is listed twice and the
 * bytes are canonical). Pure: on refusal nothing is returned but the reason.
 */
export async function verifyStatusList(bytes: Uint8Array, trustList: TrustList): Promise<Checked<StatusList>> {
  const opened = openCoseDocument(bytes, 'status list');
  if (!opened.ok) return opened;
  if (opened.value.unprotectedHeader.size !== 0) return refuse('status list: the unprotected header must be empty');
  const parsed = statusListBodySchema.safeParse(opened.value.payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(`status list: ${issue === undefined ? 'invalid body' : `${issue.path.join('.') || 'body'}: ${issue.message}`}`);
  }
  const body = parsed.data;
  if (body.party !== trustList.party) return refuse(`status list: it is Party ${body.party}'s, the trust list given is ${trustList.party}'s`);
  if (!(await opened.value.verify(trustList.rootPublicKey))) return refuse('status list: the root key signature does not verify');
  const entries: StatusEntry[] = [];
  for (const [index, [hash, statusNumber, at, place]] of body.entries.entries()) {
    const previous = entries.at(-1);
    if (previous !== undefined && compareBytes(previous.hash, hash) >= 0) {
      return refuse(`status list: entry ${index} (${toHex(hash)}) is out of order or listed twice`);
    }
    const status = STATUS_BY_NUMBER.get(statusNumber);
    if (status === undefined) return refuse(`status list: entry ${index} has the unknown status ${statusNumber}`);
    entries.push({ hash, status, at, place: place ?? null });
  }
  return accept({ party: body.party, version: body.version, issuedAt: body.issuedAt, entries });
}
