// A copy of everything written to a response, taken as it streams out (nothing is held back), handed
// to `onEnd` when the response ends: before its last bytes leave, so that whoever reads the answer
// and asks again at once already finds what onEnd did with it.
import type { ServerResponse } from 'node:http';
import zlib from 'node:zlib';

export function captureBody(response: ServerResponse, onEnd: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk == null || typeof chunk === 'function') return;
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = response.write;
  const end = response.end;
  response.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    keep(chunk, encoding);
    return Reflect.apply(write, this, [chunk, encoding, callback].filter((arg) => arg !== undefined));
  } as ServerResponse['write'];
  response.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    keep(chunk, encoding);
    onEnd(Buffer.concat(chunks));
    return Reflect.apply(end, this, [chunk, encoding, callback].filter((arg) => arg !== undefined));
  } as ServerResponse['end'];
}

/** The body as text, whatever content coding it was sent with. */
export function decodedText(body: Buffer, contentEncoding: string | undefined): string {
  switch (contentEncoding) {
    case 'gzip':
      return zlib.gunzipSync(body).toString('utf8');
    case 'br':
      return zlib.brotliDecompressSync(body).toString('utf8');
    case 'deflate':
      return zlib.inflateSync(body).toString('utf8');
    default:
      return body.toString('utf8');
  }
}
