// The permit QR's public API (docs/qr-format.md).
export * from './base45-stage.ts';
export * from './cbor-stage.ts';
export * from './claim-keys.ts';
export * from './claims-from-cbor.ts';
export * from './claims-from-permit.ts';
export * from './claims-to-cbor.ts';
export * from './cose-stage.ts';
export * from './decode-permit-qr.ts';
export * from './encode-permit-qr.ts';
export * from './permit-claims.ts';
export * from './permit-qr-error.ts';
export * from './prefix-stage.ts';
export * from './verify-permit-qr-signature.ts';
export * from './zlib-stage.ts';
