// Every control offers a target of at least 24 × 24 px (for a radio, a checkbox or a visually
// hidden file input: its label).
import { test, expect } from '@playwright/test';
import { views } from '../pages/views';

for (const width of [320, 1280]) {
  test(`touch targets are at least 24 × 24 px at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await views[1].open(page); // everything unfolded
    const small = await page.evaluate(() => {
      const controls = document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary');
      const out: string[] = [];
      for (const el of Array.from(controls)) {
        if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue;
        let target: Element = el;
        if (el instanceof HTMLInputElement && ['radio', 'checkbox', 'file'].includes(el.type)) {
          target = el.closest('label') ?? document.querySelector(`label[for="${el.id}"]`) ?? el;
        }
        const r = target.getBoundingClientRect();
        if (r.width > 0 && (r.width < 24 || r.height < 24)) {
          out.push(`${el.tagName.toLowerCase()}#${el.id || ''}.${el.className} ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
        }
      }
      return out;
    });
    expect(small).toEqual([]);
  });
}
