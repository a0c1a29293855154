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

  async fill(path: string, text: string) {
    const field = this.field(path);
    // Open the folded section the field is in, as a user would.
    await field.evaluate((el) => {
      for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
    });
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
