// One POST of JSON text to the web host, as the page and the sending worker both make it: the
// answer's status and text, or undefined when the host could not be reached.

export interface Answered {
  status: number;
  statusText: string;
  text: string;
}

export async function postText(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<Answered | undefined> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, body, credentials: 'same-origin' });
  } catch {
    return undefined;
  }
  try {
    return {
      status: response.status,
      statusText: response.statusText,
      text: await response.text(),
    };
  } catch {
    return undefined;
  }
}
