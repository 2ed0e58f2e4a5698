/**
 * Reading relay QR codes on the dashboard: the browser's BarcodeDetector where it has one (live
 * camera), otherwise jsQR on a photo (loaded only then). Both hand back the code's text.
 */

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** A QR detector of the browser, or null where there is none (Firefox, most desktop browsers). */
export function browserQrDetector(): BarcodeDetectorLike | null {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  return Detector ? new Detector({ formats: ['qr_code'] }) : null;
}

/** The text of the QR code in a photo, or null when none could be read (shared with enrollment). */
export { decodeQrFromImage as readQrFromPhoto } from '../common/qrImage';
