/** Saves a file the browser way (Blob + a[download]): works offline, nothing leaves the tablet. */
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** `noodsteunpunt-dorpshuis-dinxperlo-2026-10-10-visits.csv` */
export function exportFileName(siteName: string | undefined, day: string, name: string): string {
  const slug = (siteName ?? 'punt')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `noodsteunpunt-${slug || 'punt'}-${day}-${name}`;
}
