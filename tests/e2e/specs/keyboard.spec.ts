// Keyboard only: Tab reaches every control with a visible focus, and the main controls work.
import { test, expect, type Page } from '@playwright/test';
import { CalculatorPage } from '../pages/calculator';
import { openAllFolds } from '../pages/views';

/** Tabs through the whole page; returns a description of each focused element and whether its focus shows. */
async function tabThrough(page: Page) {
  const seen: { key: string; visible: boolean }[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const label = el.closest('label');
      const ls = label ? getComputedStyle(label) : null;
      const visible =
        (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) ||
        s.boxShadow !== 'none' ||
        (!!ls && ls.outlineStyle !== 'none' && parseFloat(ls.outlineWidth) >= 2);
      const key = `${el.tagName.toLowerCase()}#${el.id}|${el.getAttribute('name') ?? ''}|${(el.textContent ?? '').trim().slice(0, 30)}`;
      return { key, visible };
    });
    if (!info) break;
    if (seen.length > 0 && info.key === seen[0].key) break;
    seen.push(info);
  }
  return seen;
}

test('Tab reaches every control, each with a visible focus', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  // Opened without clicks, so Tab starts from the top of the page.
  await openAllFolds(page);
  const seen = await tabThrough(page);
  const invisible = seen.filter((s) => !s.visible).map((s) => s.key);
  expect(invisible).toEqual([]);

  // Every visible control is reached (one stop per radio group, as in any browser).
  const expected = await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input, select, summary, [tabindex="0"]'));
    const radioGroups = new Set<string>();
    return all.filter((el) => {
      if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') return false;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (radioGroups.has(el.name)) return false;
        radioGroups.add(el.name);
      }
      return true;
    }).length;
  });
  expect(seen.length).toBe(expected);
});

test('the main controls work from the keyboard', async ({ page }) => {
  const calc = new CalculatorPage(page);
  await calc.goto();
  // A preset by arrow keys.
  await calc.presetRadio('joint').focus();
  await page.keyboard.press('ArrowDown');
  await expect(calc.presetRadio('supplier')).toBeChecked();
  await expect(calc.coverage).toHaveText('69,1\u00a0%');
  // Typing into a field.
  await calc.field('pricing.markup_rate').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('22');
  await expect(calc.coverage).toHaveText('101,3\u00a0%');
  // A fold by Enter, a default by Space.
  await calc.firstFold.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(calc.firstFold).toHaveJSProperty('open', true);
  await expect(calc.firstFold.locator('input').first()).toBeVisible();
  const toggle = calc.sourceToggles.first();
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // A break-even by Enter.
  await calc.applyBreakEven(0).focus();
  await page.keyboard.press('Enter');
  await expect(calc.coverage).toHaveText('100,0\u00a0%');
  // The language switch by Enter.
  await calc.languageSwitch.focus();
  await page.keyboard.press('Enter');
  await expect(calc.html).toHaveAttribute('lang', 'en');
});
