// Page object for the calculator: every spec talks to the page through this class.
import { expect, type Locator, type Page } from '@playwright/test';

/** A partnership model's key, as the app names it (`PresetId::key` in Rust): the page is the source. */
export type Preset = string;

export class CalculatorPage {
  readonly coverage: Locator;
  readonly results: Locator;
  readonly errorSummary: Locator;
  readonly languageSwitch: Locator;
  readonly groupCards: Locator;
  readonly html: Locator;
  readonly staleNote: Locator;
  readonly coverageVerdict: Locator;
  readonly printOnly: Locator;
  readonly inputsColumn: Locator;
  readonly headerActions: Locator;
  readonly firstFold: Locator;
  readonly sourceToggles: Locator;

  constructor(readonly page: Page) {
    this.coverage = page.getByTestId('coverage');
    this.results = page.locator('.results');
    this.errorSummary = page.locator('.error-summary');
    this.languageSwitch = page.locator('#language-switch');
    this.groupCards = page.locator('.group-card');
    this.html = page.locator('html');
    this.staleNote = page.locator('.results > .stale-note');
    this.coverageVerdict = page.locator('.coverage__verdict');
    this.printOnly = page.locator('.assumptions-card');
    this.inputsColumn = page.locator('.layout__inputs');
    this.headerActions = page.locator('.header__actions');
    this.firstFold = page.locator('details.advanced').first();
    this.sourceToggles = page.locator('.field__source-toggle');
  }

  /** The radio button of a partnership model. */
  presetRadio(preset: Preset): Locator {
    return this.page.locator(`#preset-${preset}`);
  }

  /** The name field and the heading of workforce group `index`. */
  groupName(index: number): Locator {
    return this.page.locator(`#group-${index}-name`);
  }

  groupTitle(index: number): Locator {
    return this.page.locator(`#group-${index}-title`);
  }

  async goto(query = '') {
    await this.page.goto(`./${query}`);
    await this.alive();
  }

  /**
   * Waits until the app is alive. The page rendered at build time shows the results at once, but
   * its controls take no input until the app has replaced it (`html.pb-live`).
   */
  async alive() {
    await expect(this.page.locator('html.pb-live')).toHaveCount(1);
    await expect(this.coverage).toBeVisible();
    // And settled: what the app builds once the browser has painted (the print-only sections)
    // is built, so no render of the start comes between a spec's keystrokes.
    const afterPaint = () => this.page.evaluate(() =>
      new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    await afterPaint();
    await afterPaint();
  }

  /** The app's own root element (it carries the language when embedded). */
  get root(): Locator {
    return this.page.locator('#app-root');
  }

  /** Opens the page that builds the embed snippet. */
  async openEmbedPage() {
    await this.page.locator('#embed-open').click();
    await expect(this.embedSnippet).toBeVisible();
  }

  get embedSnippet(): Locator {
    return this.page.locator('#embed-snippet');
  }

  get embedPreview(): Locator {
    return this.page.locator('#embed-preview');
  }

  /** A control of the embed page by its id without the `embed-` prefix (`lang`, `price`, `lock`, …). */
  embedControl(name: string): Locator {
    return this.page.locator(`#embed-${name}`);
  }

  /** The number field for a model path such as `pricing.markup_rate` or `groups[1].persons`. */
  field(path: string): Locator {
    return this.page.locator(`input[data-path="${path}"]`);
  }

  /**
   * Opens every folded section and waits until their contents are built (the app builds a fold's
   * fields only once it is open). Sets `open` rather than clicking, so the focus does not move.
   */
  async openAllFolds() {
    const openAll = () => this.page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await openAll();
    await this.page.waitForFunction(() =>
      Array.from(document.querySelectorAll('details')).every((d) => d.children.length > 1));
    // The simulation's results arrive after its fold opens (if any input is uncertain), with a
    // fold of their own.
    if ((await this.page.locator('#simulation').count()) > 0) {
      await expect(this.page.locator('#simulation [aria-busy="true"]')).toHaveCount(0);
      await openAll();
    }
  }

  async fill(path: string, text: string) {
    const field = this.field(path);
    // A field in a folded section exists only once its fold is open.
    if ((await field.count()) === 0) await this.openAllFolds();
    await field.scrollIntoViewIfNeeded();
    await field.fill(text);
  }

  /** The "Standard og kilde" toggle of the field with `path`. */
  sourceToggleFor(path: string): Locator {
    return this.fieldBox(path).locator('.field__source-toggle');
  }

  /** The whole field (label, hint, message, control, source) of `path`. */
  fieldBox(path: string): Locator {
    return this.field(path).locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " field ")][1]');
  }

  /** The range of the uncertain input at `path` (its fieldset under the field). */
  range(path: string): Locator {
    return this.fieldBox(path).getByTestId('range');
  }

  /** One end of the range at `path`. */
  rangeEnd(path: string, end: 'low' | 'high'): Locator {
    return this.range(path).locator(`input[id$="-${end}"]`);
  }

  /** Marks the input at `path` as uncertain (its range starts at the field's typical range). */
  async markUncertain(path: string) {
    const field = this.field(path);
    if ((await field.count()) === 0) await this.openAllFolds();
    await this.fieldBox(path).getByRole('button', { name: /^(Angiv usikkerhed|Mark as uncertain)$/ }).click();
    await expect(this.range(path)).toBeVisible();
  }

  /** The fold "Hvor sikkert er resultatet?", opened. */
  async openSimulation(): Promise<Locator> {
    const fold = this.page.locator('#simulation');
    if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
    return fold;
  }

  /** The line saying what the simulation's results rest on (draws, seed, invalid draws). */
  get simulationBasis(): Locator {
    return this.page.getByTestId('simulation-based-on');
  }

  /** The table of every result's P10, median and P90. */
  get simulationTable(): Locator {
    return this.page.getByTestId('simulation-table');
  }

  /** The results column, which scrolls on its own on wide screens. */
  get resultsColumn(): Locator {
    return this.page.locator('#results');
  }

  /** The message shown between a field's label and the field. */
  messageFor(path: string): Locator {
    return this.field(path).locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " field ")][1]').locator('.field__message');
  }

  /** The keys of the partnership models the page offers, in its order. */
  async presetKeys(): Promise<string[]> {
    const ids = await this.page.locator('input[name="preset"]').evaluateAll((els) => els.map((e) => e.id));
    return ids.map((id) => id.replace(/^preset-/, ''));
  }

  async choosePreset(preset: Preset) {
    await this.presetRadio(preset).check();
  }

  /** Chooses an option of a radio group (`pricing-mode`, `rate-year`, …) by its position. */
  async choose(group: string, index: number) {
    await this.page.locator(`#${group}-${index}`).check();
  }

  /** The option of a radio group whose label is `label`. */
  async chooseLabelled(group: string, label: string | RegExp) {
    await this.page.locator(`input[name="${group}"]`).locator('xpath=..').filter({ hasText: label }).locator('input').check();
  }

  /** The results line named `name`, or a working on its own under that heading. */
  working(name: string): Locator {
    return this.results.locator('.sums__row, .working--block').filter({
      has: this.page.getByRole('button', { name, exact: true }),
    }).first();
  }

  /** Opens the working of the line named `name` with the keyboard and returns the line. */
  async openWorking(name: string): Promise<Locator> {
    const line = this.working(name);
    const toggle = line.getByRole('button', { name, exact: true });
    await toggle.focus();
    await this.page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(line.locator('.working__body')).toBeVisible();
    // The toggle keeps the focus, so Enter closes it again.
    await expect(toggle).toBeFocused();
    return line;
  }

  /** The choice of whose answer comes first: "Alle parter", "Virksomheden", … */
  reader(label: string): Locator {
    return this.results.locator('.results__reader').getByRole('radio', { name: label, exact: true });
  }

  /** The titles of the results' cards, in the page's order. */
  get cardTitles(): Locator {
    return this.results.locator('.card__title');
  }

  /** The narrow screens' summary bar. */
  get summaryBar(): Locator {
    return this.page.locator('.mini-summary');
  }

  /** The one-line verdicts above the details. */
  get verdicts(): Locator {
    return this.page.getByTestId('verdicts');
  }

  /** The section "Over årene" and its parts. */
  get years(): Locator {
    return this.page.locator('#years');
  }

  get yearsVerdicts(): Locator {
    return this.page.getByTestId('years-verdicts').locator('li');
  }

  get yearsTable(): Locator {
    return this.page.getByTestId('years-table');
  }

  get personsTable(): Locator {
    return this.page.getByTestId('persons-table');
  }

  /** A chart of the years by its test id: `cumulative-chart` or `persons-chart`. */
  yearsChart(id: string): Locator {
    return this.page.getByTestId(id);
  }

  /** A row of the yearly table by its heading ("År 1", "Nutidsværdi"), one cell per party. */
  yearsRow(heading: string | RegExp): Locator {
    return this.yearsTable.locator('tr').filter({ has: this.page.getByRole('rowheader', { name: heading }) });
  }

  /** The card of what each party pays and gets. */
  get parties(): Locator {
    return this.page.locator('section[aria-labelledby="parties-title"]');
  }

  /** The assumptions and sources panel, opened. */
  async openSources(): Promise<Locator> {
    const panel = this.page.locator('details.sources');
    if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await panel.locator('summary').click();
    }
    await panel.locator('table').first().waitFor();
    return panel;
  }

  /** The break-even value shown for `kind` (`Price`, `CoursePrice`, `BilledHours`). */
  breakEven(kind: string): Locator {
    return this.page.getByTestId(`breakeven-${kind}`);
  }

  /** The button that applies break-even number `index` (0: price, 1: course price, 2: hours). */
  applyBreakEven(index: number): Locator {
    return this.page.locator('.breakeven button').nth(index);
  }

  /** The message of the field with `path`, by any kind (error or warning). */
  noteFor(path: string): Locator {
    return this.messageFor(path);
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
