/**
 * Reading a QR code from a photo (the tablet's camera through a file input, or a picture
 * taken with another phone). Uses the browser's BarcodeDetector where it exists, otherwise
 * jsQR on the image's pixels. Loaded lazily: only the screens that scan import it.
 */
import jsQR from 'jsqr';

interface DetectorResult {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: ImageBitmap): Promise<DetectorResult[]>;
}
type DetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

export async function decodeQrFromImage(image: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(image);
  try {
    const Detector = (globalThis as unknown as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;
    if (Detector) {
      try {
        const [found] = await new Detector({ formats: ['qr_code'] }).detect(bitmap);
        if (found) return found.rawValue;
      } catch {
        // Not supported on this platform after all: fall through to jsQR.
      }
    }
    // Large photos are scaled down: jsQR needs the code, not 12 megapixels.
    const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
    const width = Math.round(bitmap.width * scale);
    const height = Math.round(bitmap.height * scale);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(bitmap, 0, 0, width, height);
    const pixels = context.getImageData(0, 0, width, height);
    return jsQR(pixels.data, width, height)?.data ?? null;
  } finally {
    bitmap.close();
  }
}
