// Test support: sends one HTTP request exactly as written (raw path, any Host header), which
// fetch cannot do, and collects the answer.
import { request, type IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  path?: string;
  /** Sent as given; a `host` entry replaces the usual `127.0.0.1:<port>`, `null` omits it. */
  headers?: Record<string, string | null>;
  body?: string | Buffer;
}

export function rawRequest(port: number, options: RawRequest = {}): Promise<RawResponse> {
  const headers: Record<string, string> = { host: `127.0.0.1:${port}` };
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) delete headers[name];
    else headers[name] = value;
  }
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers,
        setHost: false,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Posts chunks until the server answers (or `maxBytes` is sent); returns the status it answered. */
export function streamUntilAnswered(
  port: number,
  path: string,
  headers: Record<string, string>,
  maxBytes: number,
): Promise<{ status: number; sentBytes: number; reset?: boolean }> {
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: { ...headers, 'transfer-encoding': 'chunked' },
        agent: false,
      },
      (res) => {
        answered = true;
        res.resume();
        resolve({ status: res.statusCode ?? 0, sentBytes });
      },
    );
    // Once answered, the server closes the connection; writes after that may fail, as expected.
    // A server that stops reading may also close before this client has read its answer (the
    // write fails first); that too shows it stopped reading.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (answered) return;
      answered = true;
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET')
        resolve({ status: 0, sentBytes, reset: true });
      else reject(error);
    });
    const pump = () => {
      while (!answered && sentBytes < maxBytes) {
        sentBytes += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}
