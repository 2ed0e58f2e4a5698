import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { db } from '../../db';
import { buildEmergencyQrSequence } from '../../sync/relay';

/** How long each code stays up: long enough for a phone camera to focus and read it. */
const SHOW_MS = 1500;

/** The waiting emergency reports as QR codes, one after another, round and round. */
export default function RelayQrSequence({ onError }: { onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const [images, setImages] = useState<string[] | null>(null);
  const [shown, setShown] = useState(0);

  useEffect(() => {
    let cancelled = false;
    buildEmergencyQrSequence(db)
      .then((parts) => Promise.all(parts.map((part) => QRCode.toDataURL(part, { errorCorrectionLevel: 'M', margin: 4, scale: 6 }))))
      .then((urls) => !cancelled && setImages(urls))
      .catch((caught: unknown) => !cancelled && onError(caught));
    return () => {
      cancelled = true;
    };
  }, [onError]);

  useEffect(() => {
    if (!images || images.length < 2) return;
    const timer = setInterval(() => setShown((index) => (index + 1) % images.length), SHOW_MS);
    return () => clearInterval(timer);
  }, [images]);

  if (!images) return null;
  if (images.length === 0) return <p className="muted">{t('relay.export.noEmergency')}</p>;
  const index = shown % images.length;
  return (
    <figure className="relay-qr" data-testid="relay-qr">
      <figcaption>{t('relay.export.qrIntro')}</figcaption>
      <img src={images[index]} alt={t('relay.export.qrPart', { index: index + 1, total: images.length })} />
      <p>
        <strong>{t('relay.export.qrPart', { index: index + 1, total: images.length })}</strong>
      </p>
    </figure>
  );
}
