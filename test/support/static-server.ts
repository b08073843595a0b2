/** Serves a built site from a folder on 127.0.0.1, optionally under a base path. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts a server for `dir` on a free port; `base` is the sub-path the site
 * expects, e.g. `/handbook/`. With `gzip`, files that have a precompressed
 * `.gz` sibling are sent compressed (like nginx's gzip_static). With `live`,
 * files are looked up on every request (a test that rebuilds the site in
 * place); otherwise the folder is read once at start, like a production server.
 */
export async function serveStatic(dir: string, base = '/', { gzip = false, live = false }: { gzip?: boolean; live?: boolean } = {}): Promise<StaticServer> {
  const serve = sirv(dir, { dev: live, etag: true, extensions: ['html'], gzip });
  const prefix = base.replace(/\/?$/, '/');
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(prefix)) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    req.url = `/${url.slice(prefix.length)}`;
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<!doctype html><title>404</title>');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
