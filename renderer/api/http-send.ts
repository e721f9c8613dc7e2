// Posts a request's JSON text to the web host: small ones from the page, large ones (a long
// article being saved) from a worker, so the page never waits while fetch takes the text in.
// Either way the caller gets the answer's status and text, or undefined when the host did not
// answer.
import { postText, type Answered } from './http-post';

/** Above this many characters a request is sent by the worker. */
export const SENT_BY_WORKER_FROM = 64 * 1024;

export interface SendRequest {
  id: number;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The answer, or none when the host could not be reached. */
export interface SendReply {
  id: number;
  answered?: Answered;
}

let worker: Worker | undefined;
let unavailable = false;
let nextId = 1;
const waiting = new Map<number, (answered: Answered | undefined) => void>();

function sender(): Worker | undefined {
  if (worker || unavailable) return worker;
  try {
    worker = new Worker(new URL('./http-send-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    unavailable = true;
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<SendReply>) => {
    waiting.get(event.data.id)?.(event.data.answered);
    waiting.delete(event.data.id);
  };
  // A worker that cannot run leaves its requests to the page, which sends them again.
  worker.onerror = () => {
    unavailable = true;
    worker?.terminate();
    worker = undefined;
    const stranded = [...waiting.values()];
    waiting.clear();
    stranded.forEach((resolve) => resolve(undefined));
  };
  return worker;
}

export async function postJson(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<Answered | undefined> {
  const viaWorker = body.length >= SENT_BY_WORKER_FROM ? sender() : undefined;
  if (!viaWorker) return postText(url, headers, body);
  const id = nextId++;
  const answered = await new Promise<Answered | undefined>((resolve) => {
    waiting.set(id, resolve);
    viaWorker.postMessage({ id, url, headers, body } satisfies SendRequest);
  });
  // Only a worker that failed to run sends nothing back and lets the page try.
  return answered ?? (unavailable ? postText(url, headers, body) : undefined);
}
