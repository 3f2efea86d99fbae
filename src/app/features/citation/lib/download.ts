/** Saves text as a file the browser downloads: generated here, so nothing is fetched. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the download reads the blob after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
