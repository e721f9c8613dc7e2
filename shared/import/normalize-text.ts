// Text as it arrives from a file or the clipboard, made uniform before it is read line by line.

/** Drops a leading byte-order mark and turns Windows and old Mac line endings into "\n". */
export function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}
