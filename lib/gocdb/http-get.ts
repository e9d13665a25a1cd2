// One GET to the GOCDB programmatic interface, with a hard timeout over the whole answer (a server
// that trickles bytes is cut off too) and the optional client certificate. Errors are GocdbFetchError
// with a sentence for the admin page, never a library's raw text.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';

export class GocdbFetchError extends Error {}

export interface GetOptions {
  timeoutMs: number;
  certFile?: string;
  keyFile?: string;
  /** Refuse answers larger than this (a runaway or hostile server). */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

function readCredential(file: string, what: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch {
    throw new GocdbFetchError(`Cannot read the GOCDB client ${what} file ${file}.`);
  }
}

export function httpGet(url: string, options: GetOptions): Promise<string> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  const credentials =
    secure && options.certFile && options.keyFile ? { cert: readCredential(options.certFile, 'certificate'), key: readCredential(options.keyFile, 'key') } : {};
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  return new Promise<string>((resolve, reject) => {
    const request = (secure ? https : http).get(target, { ...credentials, headers: { accept: 'application/xml, text/xml' } }, (response) => {
      const status = response.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        response.resume();
        reject(new GocdbFetchError(`GOCDB answered HTTP ${status} for ${target.pathname}${target.search}.`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          request.destroy();
          reject(new GocdbFetchError(`GOCDB's answer is larger than ${maxBytes} bytes; refused.`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      response.on('error', () => reject(new GocdbFetchError('The connection to GOCDB broke during the answer.')));
    });
    const timer = setTimeout(() => {
      request.destroy();
      reject(new GocdbFetchError(`GOCDB did not answer within ${Math.round(options.timeoutMs / 1000)} s (${target.pathname}${target.search}).`));
    }, options.timeoutMs);
    request.on('close', () => clearTimeout(timer));
    request.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new GocdbFetchError(`Cannot reach GOCDB at ${target.origin} (${error.code ?? 'connection error'}).`));
    });
  });
}
