// Permit QR size (DESIGN §6, §11): the HB1 string's length and its QR version at error correction Q, for the
// example permit cut to one line item and grown to four, against the same claim values in two other designs:
// DCC-style (the same pipeline, CBOR with short text keys as the EU DCC has) and SMART-Health-Card-style
// (compact JWS, EdDSA, DEFLATE'd JSON payload, "shc:/" + digits in numeric mode). QR versions from the `qrcode`
// package with the mode of each design forced, so that neither depends on its segment optimiser.
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { zlibSync } from 'fflate';
import QRCode from 'qrcode';
import { encodeBase45 } from '../../src/core/crypto/base45.ts';
import { encodeCbor } from '../../src/core/crypto/cbor.ts';
import { COSE_ALG_EDDSA, COSE_HEADER_ALG, COSE_HEADER_KID, signCoseSign1 } from '../../src/core/crypto/cose-sign1.ts';
import { ed25519Sign } from '../../src/core/crypto/ed25519.ts';
import { permitSchema, type Permit } from '../../src/core/permit/model/permit.ts';
import { CLAIM_KEY, LINE_ITEM_KEY } from '../../src/core/qr/claim-keys.ts';
import { claimsToCborMap } from '../../src/core/qr/claims-to-cbor.ts';
import { permitClaimsFromPermit } from '../../src/core/qr/claims-from-permit.ts';
import { encodePermitQr } from '../../src/core/qr/encode-permit-qr.ts';
import type { PermitClaims } from '../../src/core/qr/permit-claims.ts';
import type { BenchRow } from '../table.ts';

const FIXTURE = new URL('../../tests/fixtures/permits/valid-export.json', import.meta.url);
const SIGNER = { seed: Uint8Array.from({ length: 32 }, (_, i) => i + 1), kid: Uint8Array.of(0xa1, 0xb2, 0xc3, 0xd4, 0xe5, 0xf6, 0x07, 0x18) };
/** DESIGN §6 / the QR issue: one line item in at most 450 characters, QR version 17 at level Q. */
const ONE_ITEM_MAX_CHARACTERS = 450;
const ONE_ITEM_MAX_VERSION = 17;

/** Two-letter text keys in the DCC's manner ("ver", "nam", "dob", "v"…) for the same claims. */
const DCC_STYLE_NAMES: Readonly<Record<keyof typeof CLAIM_KEY, string>> = {
  number: 'no', documentType: 'dt', otherDocumentDescription: 'dd', issuingParty: 'ip', issueDate: 'id', validUntil: 'vu',
  importer: 'im', exporter: 'ex', purpose: 'pu', securityStamp: 'ss', lineItems: 'li', permitId: 'pi',
};
const DCC_STYLE_ITEM_NAMES: Readonly<Record<keyof typeof LINE_ITEM_KEY, string>> = {
  taxonId: 'ti', scientificName: 'sn', appendix: 'ap', source: 'so', term: 'te', quantity: 'qt', unit: 'un',
};

function renamed(map: Map<number, unknown>, keys: Readonly<Record<string, number>>, names: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(keys)) if (map.has(key)) out[names[name] ?? name] = map.get(key);
  return out;
}

/** The same values (days since epoch, appendix numbers, CITES codes), under text keys. */
function textKeyedClaims(claims: PermitClaims): Record<string, unknown> {
  const map = claimsToCborMap(claims);
  const items = (map.get(CLAIM_KEY.lineItems) as Map<number, unknown>[]).map((item) => renamed(item, LINE_ITEM_KEY, DCC_STYLE_ITEM_NAMES));
  return { ...renamed(map, CLAIM_KEY, DCC_STYLE_NAMES), [DCC_STYLE_NAMES.lineItems]: items };
}

async function dccStyleQr(claims: PermitClaims): Promise<string> {
  const cose = await signCoseSign1({
    protectedHeader: new Map([[COSE_HEADER_ALG, COSE_ALG_EDDSA]]),
    unprotectedHeader: new Map([[COSE_HEADER_KID, SIGNER.kid]]),
    payload: encodeCbor(textKeyedClaims(claims)),
    seed: SIGNER.seed,
  });
  return `HC1:${encodeBase45(zlibSync(cose, { level: 9 }))}`;
}

/** SMART Health Cards: compact JWS with a raw-DEFLATE payload; the QR holds "shc:/" and two digits per character (code − 45). */
async function shcStyleDigits(claims: PermitClaims): Promise<string> {
  const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
  const header = base64url(Buffer.from(JSON.stringify({ alg: 'EdDSA', kid: base64url(SIGNER.kid), zip: 'DEF' })));
  // JSON has no byte strings: the permit id goes as base64url text, as a JWS design would carry it.
  const json = JSON.stringify(textKeyedClaims(claims), (_key, value: unknown) => (value instanceof Uint8Array ? base64url(value) : value));
  const payload = base64url(deflateRawSync(json, { level: 9 }));
  const signature = base64url(await ed25519Sign(SIGNER.seed, Buffer.from(`${header}.${payload}`)));
  return [...`${header}.${payload}.${signature}`].map((c) => String(c.charCodeAt(0) - 45).padStart(2, '0')).join('');
}

function versionAtQ(segments: QRCode.QRCodeSegment[]): number {
  return QRCode.create(segments, { errorCorrectionLevel: 'Q' }).version;
}

function permitWithItems(count: number): Permit {
  const permit = permitSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  const [crane, monitor] = permit.lineItems;
  if (crane === undefined || monitor === undefined) throw new Error('the example permit needs its two line items');
  const parrot = { ...crane, taxon: { taxonId: 888, scientificName: 'Psittacus erithacus', commonName: '' }, appendix: 'I' as const, source: 'D' as const, quantity: { amount: 12 } };
  const aloe = { ...monitor, taxon: { taxonId: 3811, scientificName: 'Aloe ferox', commonName: '' }, term: 'EXT' as const, quantity: { amount: 250, unit: 'KGM' as const } };
  return { ...permit, lineItems: [crane, monitor, parrot, aloe].slice(0, count) };
}

export async function qrSizeRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const items of [1, 4]) {
    const claims = permitClaimsFromPermit(permitWithItems(items));
    if (!claims.ok) throw new Error(claims.error.detail);
    const hornbill = await encodePermitQr(claims.value, SIGNER);
    const dcc = await dccStyleQr(claims.value);
    const shc = await shcStyleDigits(claims.value);
    const hornbillVersion = versionAtQ([{ data: hornbill, mode: 'alphanumeric' }]);
    const dccVersion = versionAtQ([{ data: dcc, mode: 'alphanumeric' }]);
    const shcVersion = versionAtQ([{ data: Buffer.from('shc:/'), mode: 'byte' }, { data: shc, mode: 'numeric' }]);
    const label = `permit QR, ${items} line item${items === 1 ? '' : 's'}`;
    rows.push({
      figure: `${label}: HB1 string length`,
      value: hornbill.length,
      unit: 'chars',
      ...(items === 1 ? { budget: { max: ONE_ITEM_MAX_CHARACTERS } } : {}),
      baseline: { label: 'DCC-style text keys', value: dcc.length },
      note: `prefix included; SHC-style: shc:/ + ${shc.length} digits`,
    });
    rows.push({
      figure: `${label}: QR version at level Q`,
      value: hornbillVersion,
      unit: '',
      ...(items === 1 ? { budget: { max: ONE_ITEM_MAX_VERSION } } : {}),
      baseline: { label: 'DCC-style text keys', value: dccVersion },
      note: `SHC-style JWS (numeric mode): version ${shcVersion}`,
    });
  }
  return rows;
}
