import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Request,
} from '@playwright/test';
import { gzipSync } from 'node:zlib';
import config from '../../playwright.config.ts';

/** Chromium's path and flags, the same as the browser tests'. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS: string[] = [...(config.use?.launchOptions?.args ?? [])];

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** The issue's «slow 4G»: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6e6 / 8) | 0,
  uploadThroughput: (750e3 / 8) | 0,
};

export interface Conditions {
  /** Network emulation, or none for plain loopback. */
  network?: typeof SLOW_4G;
  /** CPU slowdown factor (CDP Emulation.setCPUThrottlingRate); 1 or none for full speed. */
  cpu?: number;
}

/** Applies network and CPU emulation to a page (Chromium applies the page's network conditions to its workers too). */
export async function emulate(context: BrowserContext, page: Page, conditions: Conditions): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  if (conditions.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', conditions.network);
  }
  if (conditions.cpu && conditions.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: conditions.cpu });
  return cdp;
}

export interface Fetched {
  path: string;
  status: number;
  /** Bytes on the wire: headers plus the body as sent (gzip where nginx compressed it). */
  bytes: number;
  /** True where Chromium reported no body size (a worker's script) and the size was worked out from the body. */
  estimated?: boolean;
}

/** What Chromium reported for one response; `bodyFromContent` stands in where it reported no body size. */
export interface Reported {
  path: string;
  status: number;
  headerBytes: number;
  bodyBytes: number;
  bodyFromContent: number;
}

/**
 * Records every response a context receives, with its transferred size from Chromium (Playwright's request.sizes(),
 * which reads the DevTools encodedDataLength). Cached responses are in the list too; the caller tells them apart.
 */
export function recordTransfers(context: BrowserContext, origin: string) {
  const reported: Reported[] = [];
  const pending: Promise<void>[] = [];
  const onFinished = (request: Request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const sizes = await request.sizes();
        let bodyFromContent = 0;
        if (sizes.responseBodySize <= 0) {
          const raw = await response.body().catch(() => Buffer.alloc(0));
          // nginx's default gzip level is 1.
          bodyFromContent =
            response.headers()['content-encoding'] === 'gzip' ? gzipSync(raw, { level: 1 }).length : raw.length;
        }
        reported.push({
          path: request.url().replace(origin, ''),
          status: response.status(),
          headerBytes: Math.max(0, sizes.responseHeadersSize),
          bodyBytes: Math.max(0, sizes.responseBodySize),
          bodyFromContent,
        });
      })().catch(() => undefined),
    );
  };
  context.on('requestfinished', onFinished);
  return {
    /** Waits for sizes still being read, then returns what has been reported since the last call. */
    take: async (): Promise<Reported[]> => {
      await Promise.all(pending.splice(0));
      return reported.splice(0);
    },
  };
}
