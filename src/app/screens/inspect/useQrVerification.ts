import { useCallback, useState } from 'react';
import { useSignedInUser } from '../../auth/SessionContext.tsx';
import { useDb } from '../../db/DbContext.tsx';
import type { DeviceVerification } from '../../inspect/verify-on-device.ts';

export type QrVerificationState = { readonly kind: 'idle' } | { readonly kind: 'verifying' } | { readonly kind: 'failed' } | { readonly kind: 'done'; readonly result: DeviceVerification };

/** Verifies QR text against the device's trust lists, with the clock passed in; the verifier is loaded on first use. */
export function useQrVerification(now: () => number) {
  const db = useDb();
  const { party } = useSignedInUser();
  const [state, setState] = useState<QrVerificationState>({ kind: 'idle' });
  const verify = useCallback(
    async (qrText: string) => {
      setState({ kind: 'verifying' });
      try {
        const { verifyOnDevice } = await import('../../inspect/verify-on-device.ts');
        setState({ kind: 'done', result: await verifyOnDevice(db, qrText, now(), party) });
      } catch {
        setState({ kind: 'failed' });
      }
    },
    [db, party, now],
  );
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, verify, reset };
}
