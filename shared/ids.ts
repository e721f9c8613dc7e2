// Ids for entries inside a file (related links, ticker items); Web Crypto exists in Node and browsers.
export function newEntryId(): string {
  return globalThis.crypto.randomUUID();
}
