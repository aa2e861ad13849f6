// A real HTTP server on 127.0.0.1 (a free port the OS picks) serving the routes a test gives it.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Wait this long before answering (a slow page). */
  delayMs?: number;
  /** Answer 304 when the request's If-None-Match equals this ETag. */
  etag?: string;
}

export interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
  at: number;
}

export interface TestServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  url: (path: string) => string;
  routes: Map<string, Route>;
  requests: SeenRequest[];
  /** The most requests the server was answering at once. */
  peakInFlight: () => number;
  close: () => Promise<void>;
}

export async function startServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: SeenRequest[] = [];
  let inFlight = 0;
  let peak = 0;
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    inFlight++;
    peak = Math.max(peak, inFlight);
    res.on("close", () => inFlight--);
    requests.push({ path, headers: req.headers, at: Date.now() });
    const route = table.get(path);
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const answer = () => {
      if (route.etag && req.headers["if-none-match"] === route.etag) {
        res.writeHead(304, { etag: route.etag }).end();
        return;
      }
      const headers = { ...(route.etag ? { etag: route.etag } : {}), ...route.headers };
      res.writeHead(route.status ?? 200, headers).end(route.body ?? "");
    };
    if (route.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    routes: table,
    requests,
    peakInFlight: () => peak,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const HTML = { "content-type": "text/html; charset=utf-8" };
