// Sends one large request to the web host off the page's thread: handing a long article's
// text to fetch held the page for some 30 ms, long enough to delay a letter being typed.
import type { SendReply, SendRequest } from './http-send';

self.onmessage = async (event: MessageEvent<SendRequest>) => {
  const { id, url, headers, body } = event.data;
  let reply: SendReply;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      credentials: 'same-origin',
    });
    reply = {
      id,
      answered: {
        status: response.status,
        statusText: response.statusText,
        text: await response.text(),
      },
    };
  } catch {
    reply = { id };
  }
  self.postMessage(reply);
};
