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

/** The text of the QR code in a photo, or null when none could be read. */
export async function readQrFromPhoto(photo: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(photo);
  // A phone photo is large; jsQR is quick enough at about 1200 px on the long side.
  const scale = Math.min(1, 1200 / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const { default: jsQR } = await import('jsqr');
  const image = context.getImageData(0, 0, width, height);
  return jsQR(image.data, width, height)?.data ?? null;
}
