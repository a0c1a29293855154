// Page object for the calculator: every spec talks to the page through this class.
import { expect, type Locator, type Page } from '@playwright/test';

export type Preset = 'joint' | 'supplier' | 'labour_shortage' | 'in_house' | 'spin_off';

export class CalculatorPage {
  readonly coverage: Locator;
  readonly results: Locator;
  readonly errorSummary: Locator;
  readonly languageSwitch: Locator;
  readonly groupCards: Locator;

  constructor(readonly page: Page) {
    this.coverage = page.getByTestId('coverage');
    this.results = page.locator('.results');
    this.errorSummary = page.locator('.error-summary');
    this.languageSwitch = page.locator('#language-switch');
    this.groupCards = page.locator('.group-card');
  }

  async goto() {
    await this.page.goto('./');
    await expect(this.coverage).toBeVisible();
  }

  /** The number field for a model path such as `pricing.markup_rate` or `groups[1].persons`. */
  field(path: string): Locator {
    const id = 'f-' + path.replace(/[^A-Za-z0-9_]/g, '-').replace(/-+$/, '').replace(/--/g, '-');
    return this.page.locator(`#${id}`);
  }

  /**
   * Opens every folded section and waits until their contents are built (the app builds a fold's
   * fields only once it is open). Sets `open` rather than clicking, so the focus does not move.
   */
  async openAllFolds() {
    await this.page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await this.page.waitForFunction(() =>
      Array.from(document.querySelectorAll('details')).every((d) => d.children.length > 1));
  }

  async fill(path: string, text: string) {
    const field = this.field(path);
    // A field in a folded section exists only once its fold is open.
    if ((await field.count()) === 0) await this.openAllFolds();
    await field.scrollIntoViewIfNeeded();
    await field.fill(text);
  }

  /** The message shown between a field's label and the field. */
  messageFor(path: string): Locator {
    return this.field(path).locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " field ")][1]').locator('.field__message');
  }

  async choosePreset(preset: Preset) {
    await this.page.locator(`#preset-${preset}`).check();
  }

  async addGroup(kindLabel: RegExp | string) {
    await this.page.locator('.button-row button', { hasText: kindLabel }).click();
  }

  async removeGroup(index: number) {
    await this.groupCards.nth(index).getByRole('button', { name: /Fjern|Remove/ }).click();
  }

  async switchLanguage() {
    await this.languageSwitch.click();
  }

  async resultsAreCurrent(): Promise<boolean> {
    return (await this.results.getAttribute('data-current')) === 'true';
  }

  /** Every visible text line of the page, for language checks. */
  async visibleLines(): Promise<string[]> {
    const text = await this.page.locator('body').innerText();
    return text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  }
}
