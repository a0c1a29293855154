// A host page on another origin: a real server on another loopback port (Chromium's local network
// checks refuse a frame whose host page did not come from the network), for the specs that embed
// the calculator as a municipality's site would.
import { test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Starts the host server for the specs of the calling file; `serve(html)` makes `html` the host
 * page and returns its address. */
export function useHostPage(): { serve: (html: string) => string } {
  let server: Server;
  let hostHtml = '';
  test.beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(hostHtml);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    serve(html: string) {
      hostHtml = html;
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/host.html`;
    },
  };
}
