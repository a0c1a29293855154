// Page objects for what sits around the calculator: the scenario bar (tabs, undo and redo, share
// link, files), the library of saved scenarios and the comparison page. Same style as
// calculator.ts: located by id and role, one small helper per thing a spec does.
import { expect, type Browser, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** The prefix of the localStorage keys of saved scenarios (`storage::PREFIX` in Rust). */
export const LIBRARY_PREFIX = 'partnerskabsberegneren.scenarie.';

/** A share link's payload for `bytes` (unpadded base64url), to build links by hand. */
export function linkPayload(bytes: number[]): string {
  return Buffer.from(bytes).toString('base64url');
}

/** The `#s=…` payload of a page address, or '' if it has none. */
export function payloadOf(url: string): string {
  return new URL(url).hash.replace(/^#s=/, '');
}

/** The share payload of the default scenario, as this build writes it (for specs that spoil it). */
export async function defaultPayload(browser: Browser, baseURL: string): Promise<string> {
  const page = await browser.newPage({ baseURL });
  await page.goto('./');
  await expect(page.getByTestId('coverage')).toBeVisible();
  await expect.poll(() => payloadOf(page.url())).not.toBe('');
  const payload = payloadOf(page.url());
  await page.close();
  return payload;
}

/**
 * A message naming something, as a pattern that holds whichever quotation marks the app puts
 * round the name («x», »x«, "x"): quoting`${name} er gemt i denne browser.`
 */
export function quoting(strings: TemplateStringsArray, ...names: string[]): RegExp {
  const mark = '[«»"“”„]';
  return new RegExp(strings.map((s, i) => escapeRegExp(s) + (i < names.length ? `${mark}${escapeRegExp(names[i])}${mark}` : '')).join(''));
}

/** A downloaded file: its suggested name, raw bytes and UTF-8 text. */
export type Downloaded = { name: string; bytes: Buffer; text: string };

export class ScenarioBar {
  readonly tabs: Locator;
  readonly currentTab: Locator;
  readonly addVariant: Locator;
  readonly undo: Locator;
  readonly redo: Locator;
  readonly copyLink: Locator;
  readonly save: Locator;
  readonly showLibrary: Locator;
  readonly showCompare: Locator;
  readonly exportJson: Locator;
  readonly exportCsv: Locator;
  readonly importFile: Locator;
  /** Every tab as one file, and a link to every tab (in the menu of files, with two tabs or more). */
  readonly exportWorkspace: Locator;
  readonly copySetLink: Locator;
  /** The status line (role=status) and its way back. */
  readonly notice: Locator;
  readonly noticeUndo: Locator;
  readonly noticeError: Locator;
  /** The active scenario's name. */
  readonly name: Locator;

  constructor(readonly page: Page) {
    this.tabs = page.locator('nav.tabs .tabs__tab:not(#add-variant)');
    this.currentTab = page.locator('nav.tabs .tabs__tab[aria-current="page"]');
    this.addVariant = page.locator('#add-variant');
    this.undo = page.locator('#undo');
    this.redo = page.locator('#redo');
    this.copyLink = page.locator('#copy-link');
    this.save = page.locator('#save');
    this.showLibrary = page.locator('#show-library');
    this.showCompare = page.locator('#show-compare');
    this.exportJson = page.locator('#export-json');
    this.exportCsv = page.locator('#export-csv');
    this.importFile = page.locator('#import-file');
    this.exportWorkspace = page.locator('#export-workspace');
    this.copySetLink = page.locator('#copy-set-link');
    this.notice = page.locator('#notice');
    this.noticeUndo = this.notice.locator('.notice__undo');
    this.noticeError = this.notice.locator('.notice__body--error');
    this.name = page.locator('#scenario-name');
  }

  /** The tab of the scenario named `name`. */
  tab(name: string): Locator {
    return this.tabs.filter({ hasText: new RegExp(`^${escapeRegExp(name)}$`) });
  }

  /** The close button of the tab named `name`. */
  closeButton(name: string): Locator {
    return this.page.locator('nav.tabs').getByRole('button', { name: `Luk ${name}`, exact: true });
  }

  /** Names the active scenario (one undo step), leaving the field so the next edit is a step of its own. */
  async rename(name: string) {
    await this.name.fill(name);
    await this.name.blur();
    await expect(this.currentTab).toHaveText(name);
  }

  /**
   * The share link as "Kopiér link" copies it (the address follows an edit only after a pause, so
   * this is the way to the link of what is on screen now). Needs the clipboard permissions.
   */
  async copiedLink(): Promise<string> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.copyLink.click();
    await expect(this.notice).toContainText(/Linket er kopieret|The link has been copied/);
    const link = await this.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#s=[A-Za-z0-9_-]+$/);
    return link;
  }

  /** Opens the menu of files, if it is closed. */
  async openFileMenu() {
    const menu = this.page.locator('#file-menu');
    if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  }

  /** Clicks `button` (in the menu of files) and returns the file it downloads. */
  async download(button: Locator): Promise<Downloaded> {
    await this.openFileMenu();
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return read(download);
  }

  /** Opens a scenario file through the "Åbn fil" input. */
  async openFile(name: string, text: string | Buffer, mimeType = 'application/json') {
    await this.importFile.setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  }

  /** The share payload the address holds now (the active scenario). */
  payload(): string {
    return payloadOf(this.page.url());
  }

  /**
   * Makes `edits` one after the other, each once the address holds the one before, and returns
   * the address once it holds the last. The app replaces the fragment once typing pauses, so the
   * address lags a field by a moment; a read of the page right after a `fill` can be one edit
   * behind. Each edit must change the scenario, and any edit before this call must show on the
   * page already (a heading, a tab, a figure that changed), so the address is not behind.
   */
  async linkAfter(...edits: (() => Promise<void>)[]): Promise<string> {
    for (const edit of edits) {
      const before = await this.settled();
      await edit();
      await expect.poll(() => this.payload()).not.toBe(before);
      await this.settled();
    }
    return this.page.url();
  }

  /**
   * The payload once the address has settled: the app writes it a quarter of a second after
   * typing pauses, so it is read until it stays the same for longer than that.
   */
  async settled(): Promise<string> {
    let last: string | undefined;
    await expect
      .poll(() => {
        const now = this.payload();
        const same = now === last;
        last = now;
        return same;
      }, { intervals: [400] })
      .toBe(true);
    return last ?? '';
  }
}

export class LibraryPage {
  readonly root: Locator;
  readonly saveActive: Locator;
  /** Readable entries, in the page's order. */
  readonly entries: Locator;
  readonly names: Locator;
  readonly damaged: Locator;
  readonly unavailable: Locator;
  readonly undoDelete: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('#library');
    this.saveActive = page.locator('#library-save');
    this.entries = this.root.locator('li.library__entry:not(.library__entry--damaged)');
    this.names = this.entries.locator('.library__name');
    this.damaged = page.locator('#library-damaged');
    this.unavailable = page.locator('#library-unavailable');
    this.undoDelete = page.locator('#undo-delete');
  }

  /** Shows the library from the scenario bar. */
  async open() {
    await this.page.locator('#show-library').click();
    await expect(this.root).toBeVisible();
  }

  /** The entry button `verb` ("Åbn", "Omdøb", "Duplikér", "Slet") of the entry named `name`. */
  button(verb: 'Åbn' | 'Omdøb' | 'Duplikér' | 'Slet', name: string): Locator {
    return this.root.getByRole('button', { name: `${verb} ${name}`, exact: true });
  }

  async rename(from: string, to: string) {
    await this.button('Omdøb', from).click();
    await this.root.getByLabel('Nyt navn').fill(to);
    await this.root.getByRole('button', { name: 'Gem navn' }).click();
  }

  /** Every stored entry of the library: key → text, as localStorage holds it. */
  async stored(): Promise<Record<string, string>> {
    return this.page.evaluate((prefix) => {
      const out: Record<string, string> = {};
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i)!;
        if (key.startsWith(prefix)) out[key] = localStorage.getItem(key)!;
      }
      return out;
    }, LIBRARY_PREFIX);
  }

  /** Puts `entries` (key without the prefix → text) in localStorage, as earlier visits left them. */
  async seed(entries: Record<string, string>) {
    await this.page.evaluate(([prefix, entries]) => {
      for (const [key, text] of Object.entries(entries)) localStorage.setItem(prefix + key, text);
    }, [LIBRARY_PREFIX, entries] as const);
  }
}

export class ComparePage {
  readonly root: Locator;
  readonly add: Locator;
  readonly figures: Locator;
  readonly inputs: Locator;
  readonly differs: Locator;
  readonly narrow: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('#compare');
    this.add = page.locator('#compare-add');
    this.figures = page.locator('#compare-figures');
    this.inputs = page.locator('#compare-inputs');
    this.differs = this.inputs.locator('td.compare__differs');
    this.narrow = page.locator('.compare__narrow');
    this.cards = this.narrow.locator('.compare__card');
  }

  /** Shows the comparison from the scenario bar. */
  async open() {
    await this.page.locator('#show-compare').click();
    await expect(this.root).toBeVisible();
  }

  /** The row of a key figure or an input by its name (`table`: `figures` or `inputs`). */
  row(table: 'figures' | 'inputs', name: string): Locator {
    return this[table].locator('tbody tr').filter({
      has: this.page.locator('th', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }),
    });
  }

  /** The difference from the baseline shown in row `name` of the key figures, per compared scenario. */
  delta(name: string): Locator {
    return this.row('figures', name).locator('.compare__delta');
  }

  /** The names of the scenarios compared, in the columns' order. */
  async columnNames(): Promise<string[]> {
    return this.figures.locator('thead .compare__name').allTextContents();
  }

  /** The name of the baseline's column. */
  get baselineName(): Locator {
    return this.figures.locator('thead th.compare__base .compare__name');
  }

  /** The checkbox taking scenario `id` in or out, and the radio making it the baseline. */
  pick(id: number): Locator {
    return this.page.locator(`#compare-pick-${id}`);
  }

  base(id: number): Locator {
    return this.page.locator(`#compare-base-${id}`);
  }

  /** The button giving the scenario named `name` the baseline's inputs. */
  reset(name: string): Locator {
    return this.root.locator('.compare__reset', { hasText: `Nulstil »${name}« til basisscenariet` });
  }
}

async function read(download: Download): Promise<Downloaded> {
  const bytes = await readFile((await download.path())!);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
