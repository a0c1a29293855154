// Page object for the page rendered at build time (src/bin/prerender.rs): holding the app back so
// the rendered page can be looked at before it comes alive, and serving the rendered page of any
// model and language (scripts/test.sh writes them to dist-test-prerendered/).
import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

const RENDERED = `${__dirname}/../../../dist-test-prerendered`;

/** Every page the build rendered for the test, as `{ lang, model, file }`. */
export function renderedPages(): { lang: string; model: string; file: string }[] {
  return readdirSync(RENDERED)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const [lang, model] = f.replace(/\.html$/, '').split('-');
      return { lang, model, file: `${RENDERED}/${f}` };
    });
}

export class FirstPaint {
  private release: () => void = () => {};

  constructor(readonly page: Page) {}

  /** Holds the app's WebAssembly back until `letAppLoad`, so the page shows only what the build rendered. */
  async holdApp() {
    const held = new Promise<void>((resolve) => { this.release = resolve; });
    await this.page.route('**/*_bg.wasm', async (route) => {
      await held;
      await route.continue();
    });
  }

  letAppLoad() {
    this.release();
  }

  /** Serves `file` (a page rendered for another start) as the page itself, with the server's own headers. */
  async servePage(html: string) {
    await this.page.route((url) => url.pathname.endsWith('/'), async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      await route.fulfill({ response, body: html });
    });
  }

  renderedFile(file: string): string {
    return readFileSync(file, 'utf8');
  }

  /** Whether the app is alive (it replaced the rendered page). */
  async isLive(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.classList.contains('pb-live'));
  }

  async waitUntilLive() {
    await expect(this.page.locator('html.pb-live')).toHaveCount(1);
  }

  /** The rendered page shown as it is, even where the address would hide it (a query asks for its start). */
  async unhide() {
    await this.page.evaluate(() => document.documentElement.classList.remove('pb-waiting'));
  }

  get loadingNote() {
    return this.page.locator('.page-note--loading');
  }

  get failedNote() {
    return this.page.locator('.page-note--failed');
  }

  /** What the page shows: its text, every field's value, and its pixels. */
  async look(): Promise<{ text: string; values: string[]; pixels: Buffer }> {
    const app = this.page.locator('#app');
    return {
      text: await app.innerText(),
      values: await app.locator('input').evaluateAll((inputs) =>
        inputs.map((i) => `${i.id}=${(i as HTMLInputElement).value}:${(i as HTMLInputElement).checked}`)),
      pixels: await this.page.screenshot({ fullPage: true }),
    };
  }
}
