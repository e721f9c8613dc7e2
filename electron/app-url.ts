// The renderer's own address: a privileged custom scheme, so the app never runs from file://.
export const APP_SCHEME = 'app';
export const APP_HOST = 'dateline';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` belongs to the app's origin (Node's URL reports "null" as the origin of custom schemes). */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
