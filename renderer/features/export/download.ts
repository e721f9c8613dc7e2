// Hands a file the web host returned to the browser as a download.
export function downloadFile(file: { fileName: string; mimeType: string; content: string }): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  // The download has started by the time the click returns; the URL is no longer needed after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
