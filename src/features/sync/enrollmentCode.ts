/**
 * What a scanned enrollment QR code may hold: the code itself (`ABCD-EFGH`), or a link that
 * carries it (`https://…/?code=ABCD-EFGH`). Returns the code as typed, or null.
 */
const CODE = /^[2-9A-HJKMNP-Z]{4}-?[2-9A-HJKMNP-Z]{4}$/i;

export function enrollmentCodeFromQr(text: string): string | null {
  const trimmed = text.trim();
  if (CODE.test(trimmed)) return trimmed.toUpperCase();
  try {
    const fromLink = new URL(trimmed).searchParams.get('code');
    if (fromLink && CODE.test(fromLink.trim())) return fromLink.trim().toUpperCase();
  } catch {
    // not a link
  }
  return null;
}
