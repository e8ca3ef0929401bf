import http from 'node:http';

// A bare HTTP client for the transport tests: exact headers (Host, Origin, cookies), the caller's address,
// bodies in one piece or in chunks, and the reply as bytes — what fetch would normalise away.

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  json: () => any;
}

export interface RawRequest {
  host: string;
  port: number;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Written one after the other (a streamed upload) instead of `body`. */
  chunks?: Buffer[];
  localAddress?: string;
}

export function rawRequest(r: RawRequest): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: r.host, port: r.port, path: r.path, agent: false, localAddress: r.localAddress, method: r.method ?? 'GET',
        headers: { host: `${r.host}:${r.port}`, ...r.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode!, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) });
        });
      },
    );
    req.on('error', reject);
    for (const chunk of r.chunks ?? []) req.write(chunk);
    req.end(r.chunks ? undefined : r.body);
  });
}
