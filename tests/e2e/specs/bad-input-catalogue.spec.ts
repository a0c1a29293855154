// A table of bad inputs: each shows its message at the field, marks it invalid, lists it in the
// error summary, and keeps the last results on screen, marked as not current. And a table of
// share links that do not read: each gives its reason in the status line, and the page starts
// with the default scenario.
import { test, expect } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { ScenarioBar, defaultPayload, linkPayload } from '../pages/scenarios';

const MARKUP = 'pricing.markup_rate';
const NaN_MSG = 'Skriv kun et tal, fx 12,5.';
const EMPTY = 'Skriv et tal.';
const SEPARATORS = 'Tallet har for mange kommaer eller punktummer. Skriv fx 1.234,5.';
const DIGITS = 'Tallet har for mange cifre.';

const bad: [string, string, string][] = [
  [MARKUP, '', EMPTY],
  [MARKUP, '   ', EMPTY],
  [MARKUP, '\u00a0', EMPTY],
  [MARKUP, 'abc', NaN_MSG],
  [MARKUP, 'femten', NaN_MSG],
  [MARKUP, '12a', NaN_MSG],
  [MARKUP, 'a12', NaN_MSG],
  [MARKUP, '12,5,3', SEPARATORS],
  [MARKUP, '1.2.3', SEPARATORS],
  [MARKUP, '1,2,3,4', SEPARATORS],
  [MARKUP, '1.23,4.5', SEPARATORS],
  [MARKUP, '1e309', NaN_MSG],
  [MARKUP, '1e5', NaN_MSG],
  [MARKUP, 'NaN', NaN_MSG],
  [MARKUP, 'Infinity', NaN_MSG],
  [MARKUP, '∞', NaN_MSG],
  [MARKUP, '--5', NaN_MSG],
  [MARKUP, '+-5', NaN_MSG],
  [MARKUP, '5-', NaN_MSG],
  [MARKUP, '½', NaN_MSG],
  [MARKUP, '١٢', NaN_MSG],
  [MARKUP, '0x10', NaN_MSG],
  [MARKUP, '=1+1', NaN_MSG],
  [MARKUP, '<script>alert(1)</script>', NaN_MSG],
  [MARKUP, '12;5', NaN_MSG],
  [MARKUP, "1'000", NaN_MSG],
  [MARKUP, 'kr.', NaN_MSG],
  [MARKUP, '%', NaN_MSG],
  [MARKUP, '12 34 56 78 90 12 34 56', DIGITS],
  [MARKUP, '0,0000000000000001', DIGITS],
  [MARKUP, '-5', 'Skal være mindst 0 %.'],
  [MARKUP, '501', 'Må højst være 500 %.'],
  ['frame.weeks_per_year', '60', 'Må højst være 52 uger.'],
  ['frame.weeks_per_year', '0', 'Skal være mindst 1 uge.'],
  ['frame.weeks_per_year', '52,5', 'Må højst være 52 uger.'],
  ['groups[1].persons', '2,5', 'Skal være et helt tal.'],
  ['groups[1].persons', '1001', 'Må højst være 1.000 personer.'],
  ['groups[1].persons', '99999999999', 'Må højst være 1.000 personer.'],
  ['groups[1].persons', '1234567890123456789', DIGITS],
  ['groups[1].persons', '-1', 'Skal være mindst 0 personer.'],
  ['groups[1].hours_per_week', '38', 'Må højst være 37 timer/uge.'],
  ['groups[1].paid_share', '101', 'Må højst være 100 %.'],
  ['groups[1].hourly_wage', '2.500', 'Må højst være 2.000 kr./time.'],
  ['municipal.course_price_per_week', '1.234.5', SEPARATORS],
  ['municipal.mentor_hours_per_week', '40', 'Må højst være 37 timer/uge.'],
  ['company.alternative_price_per_hour', '5001', 'Må højst være 5.000 kr./time.'],
  ['company.other_savings', '-100', 'Skal være mindst 0 kr./år.'],
  ['projection.years', '11', 'Må højst være 10 år.'],
  ['projection.years', '0', 'Skal være mindst 1 år.'],
  ['projection.years', '2,5', 'Skal være et helt tal.'],
  ['projection.course_months', '37', 'Må højst være 36 måneder.'],
  ['projection.course_months', '0', 'Skal være mindst 1 måned.'],
  ['projection.flex_share', '101', 'Må højst være 100 %.'],
  ['projection.ordinary_share', '-1', 'Skal være mindst 0 %.'],
  ['projection.via_se_cap', '1,5', 'Skal være et helt tal.'],
  ['projection.deadweight', 'halvdelen', NaN_MSG],
  ['projection.otherwise_fp', '120', 'Må højst være 100 %.'],
  ['projection.activation_per_week', '60.000', 'Må højst være 50.000 kr./uge.'],
  ['projection.discount_rate', '11', 'Må højst være 10 %.'],
  ['projection.job_exit_per_year', '1e2', NaN_MSG],
  ['public.kommuneskat', '101', 'Må højst være 100 %.'],
];

// Texts that look odd but are numbers: accepted, with the coverage they give.
const accepted: [string, string, string][] = [
  [MARKUP, '-0', '87,3\u00a0%'],
  [MARKUP, '\u00a015\u00a0%', '103,9\u00a0%'],
  [MARKUP, '+15', '103,9\u00a0%'],
  ['municipal.course_price_per_week', '\u00a02.000,00\u00a0kr.', '103,9\u00a0%'],
  ['municipal.course_price_per_week', '2 000', '103,9\u00a0%'],
  ['municipal.course_price_per_week', 'kr. 2.000,-', '103,9\u00a0%'],
  ['municipal.course_price_per_week', '2000 DKK', '103,9\u00a0%'],
];

for (const [path, text, message] of bad) {
  test(`bad input ${JSON.stringify(text)} in ${path}`, async ({ page }) => {
    const calc = new CalculatorPage(page);
    await calc.goto();
    await calc.fill(path, text);
    await expect(calc.messageFor(path)).toHaveText(`Fejl: ${message}`);
    await expect(calc.field(path)).toHaveAttribute('aria-invalid', 'true');
    await expect(calc.errorSummary).toContainText(message);
    await expect(calc.coverage).toHaveText('103,9\u00a0%');
    expect(await calc.resultsAreCurrent()).toBe(false);
  });
}

for (const [path, text, coverage] of accepted) {
  test(`accepted input ${JSON.stringify(text)} in ${path}`, async ({ page }) => {
    const calc = new CalculatorPage(page);
    await calc.goto();
    await calc.fill(path, text);
    await expect(calc.field(path)).toHaveAttribute('aria-invalid', 'false');
    await expect(calc.coverage).toHaveText(coverage);
    expect(await calc.resultsAreCurrent()).toBe(true);
  });
}

// Share links, spoilt in the ways links get spoilt. `good` is the default scenario's link as this
// build writes it. (bad-link.spec.ts follows the main cases further.)
const CUT = 'Linket er afkortet';
const DAMAGED = 'Linket er ændret eller beskadiget';
const NEWER = 'Linket er lavet med en nyere udgave af beregneren.';
const LONG = 'Linket er for langt';
let good = '';
const badLinks: [string, () => string, string][] = [
  ['"!!!"', () => '!!!', DAMAGED],
  ['empty', () => '', CUT],
  ['one character', () => 'A', CUT],
  ['without its last character', () => good.slice(0, -1), CUT],
  ['with bytes after the end', () => `${good}AAAA`, DAMAGED],
  ['with "=" padding', () => `${good}=`, DAMAGED],
  ['in standard base64 ("+", "/")', () => 'AQ+/', DAMAGED],
  ['percent-encoded', () => '%41%51', DAMAGED],
  ['with a space', () => `${good.slice(0, 20)} ${good.slice(20)}`, DAMAGED],
  ['of version 0', () => linkPayload([0, 1, 2]), DAMAGED],
  ['of version 255', () => linkPayload([255, 0, 0]), NEWER],
  ['of 4,096 characters (read, and damaged)', () => 'A'.repeat(4096), DAMAGED],
  ['of 4,097 characters', () => 'A'.repeat(4097), LONG],
];

test.describe('share links', () => {
  test.beforeAll(async ({ browser }, info) => {
    good = await defaultPayload(browser, info.project.use.baseURL!);
  });

  for (const [name, payload, reason] of badLinks) {
    test(`bad link ${name}`, async ({ page }) => {
      const calc = new CalculatorPage(page);
      const bar = new ScenarioBar(page);
      await calc.goto(`#s=${payload()}`);
      await expect(bar.noticeError).toContainText(`Linket kunne ikke åbnes. ${reason}`);
      await expect(calc.coverage).toHaveText('103,9\u00a0%');
      await expect(calc.field(MARKUP)).toHaveValue('15');
      await expect(bar.tabs).toHaveCount(1);
    });
  }
});
