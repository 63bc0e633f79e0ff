/**
 * Clipboard and download without network or page changes. Plain-http portals have no async
 * clipboard, so the synchronous copy event (inside the user's click) comes first; the async API
 * is the fallback where the copy command is refused.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
    event.stopImmediatePropagation();
    written = event.clipboardData !== null;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    doc.execCommand('copy');
  } catch {
    // some browsers throw instead of returning false
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
  if (written) return true;
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (!clipboard?.writeText) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Save text or bytes as a file through a temporary link inside `container` (our shadow root, not the page). */
export function downloadFile(container: ParentNode & Node, fileName: string, data: string | Uint8Array<ArrayBuffer>, type: string): void {
  const doc = container.ownerDocument ?? document;
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  container.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
