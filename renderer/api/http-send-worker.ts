// Sends one large request to the web host off the page's thread: handing a long article's
// text to fetch held the page for some 30 ms, long enough to delay a letter being typed.
import { postText } from './http-post';
import type { SendReply, SendRequest } from './http-send';

self.onmessage = async (event: MessageEvent<SendRequest>) => {
  const { id, url, headers, body } = event.data;
  const answered = await postText(url, headers, body);
  self.postMessage((answered ? { id, answered } : { id }) satisfies SendReply);
};
