/** Saves data as a file through a temporary <a download> (what tf.io.browserDownloads does on a page). */
export function saveFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Keep the URL alive until the browser has started reading it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
