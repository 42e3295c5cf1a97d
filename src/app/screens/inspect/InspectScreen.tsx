import { useTranslation } from 'react-i18next';
import { CameraScanner } from './CameraScanner.tsx';
import { PermitNumberLookup } from './PermitNumberLookup.tsx';
import { QrImageInput } from './QrImageInput.tsx';
import { QrTextInput } from './QrTextInput.tsx';
import { TrustListsNote } from './TrustListsNote.tsx';
import { useQrVerification } from './useQrVerification.ts';
import { useHeldLists } from './useHeldLists.ts';
import { VerdictPanel } from './VerdictPanel.tsx';

/** `#/inspect`: a permit QR verified offline from the camera, an image or its text, or a permit number looked up on the device. */
export default function InspectScreen({ now = Date.now }: { readonly now?: () => number }) {
  const { t } = useTranslation();
  const { state, verify, reset } = useQrVerification(now);
  const held = useHeldLists();

  if (state.kind === 'done') return <VerdictPanel verification={state.result} onDone={reset} now={now} />;
  const onText = (qrText: string) => void verify(qrText);
  return (
    <>
      <h2>{t('inspect.title')}</h2>
      <p>{t('inspect.intro')}</p>
      {held !== undefined && <TrustListsNote checkedAt={held.checkedAt} statusListsHeld={held.statusListsHeld} />}
      {state.kind === 'verifying' && <p role="status">{t('inspect.verifying')}</p>}
      {state.kind === 'failed' && <p role="alert">{t('inspect.failed')}</p>}
      <section className="card">
        <CameraScanner onText={onText} />
      </section>
      <section className="card">
        <QrImageInput onText={onText} />
      </section>
      <section className="card">
        <QrTextInput onText={onText} />
      </section>
      <section className="card">
        <PermitNumberLookup />
      </section>
    </>
  );
}
