import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** An image file (a photo or a scan of the paper) read for its QR code; the decoder is loaded on first use. */
export function QrImageInput({ onText }: { readonly onText: (qrText: string) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [problem, setProblem] = useState<string | null>(null);

  async function read(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    setProblem(null);
    try {
      const { decodeQrFromImage } = await import('../../scan/decode-qr-from-image.ts');
      const [first] = await decodeQrFromImage(new Uint8Array(await file.arrayBuffer()));
      if (first === undefined) setProblem(t('inspect.image.noQr'));
      else onText(first);
    } catch {
      setProblem(t('inspect.image.failed'));
    }
  }

  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {t('inspect.image.label')}
      </label>
      <input id={inputId} type="file" accept="image/*" onChange={(event) => void read(event)} />
      {problem !== null && <p role="alert">{problem}</p>}
    </div>
  );
}
