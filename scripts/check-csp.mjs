// Loads the served app in headless Chromium and checks that it runs under its Content-Security-
// Policy: no `securitypolicyviolation` event, no console error, no page error, and the results
// render (the joint-responsibility preset's coverage, "103,9 %"). Prints what it saw; exits 1 on
// any violation or error. Usage: node scripts/check-csp.mjs URL
import { chromium } from '@playwright/test';

const url = process.argv[2];
if (!url) {
  console.error('usage: node scripts/check-csp.mjs URL');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
let failed = false;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  // Registered before any page script runs, so a violation during start-up is seen too.
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`
        + `${e.sample ? ` "${e.sample}"` : ''} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
    });
  });
  const response = await page.goto(url);
  const headerPolicy = response.headers()['content-security-policy'] ?? '(none)';
  const metaPolicy = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  const coverage = page.locator('[data-testid=coverage]');
  let rendered = '';
  try {
    await coverage.first().waitFor({ timeout: 15_000 });
    rendered = (await coverage.first().textContent()) ?? '';
  } catch {
    rendered = '(not rendered)';
  }
  // Let late work (lazy parts, the print table after first paint) run before counting.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  const violations = await page.evaluate(() => window.__violations);
  const inline = await page.evaluate(() => ({
    scripts: [...document.scripts].filter((s) => !s.src && s.textContent.trim()).length,
    styles: document.querySelectorAll('style').length,
    styleAttributes: document.querySelectorAll('[style]').length,
  }));

  console.log(`policy (header): ${headerPolicy}`);
  console.log(`policy (meta):   ${metaPolicy ?? '(none)'}`);
  console.log(`inline in the DOM: ${inline.scripts} script(s), ${inline.styles} <style>, ${inline.styleAttributes} style attribute(s)`);
  console.log(`coverage shown: ${JSON.stringify(rendered)}`);
  console.log(`CSP violations: ${violations.length}`);
  for (const v of violations) console.log(`  ${v}`);
  console.log(`console and page errors: ${errors.length}`);
  for (const e of errors) console.log(`  ${e}`);
  const strict = metaPolicy && !/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/.test(metaPolicy);
  if (!strict) console.log('the meta policy is missing or allows inline code');
  failed = violations.length > 0 || errors.length > 0 || rendered !== '103,9\u00a0%' || !strict;
} finally {
  await browser.close();
}
console.log(failed ? 'CSP check FAILED' : 'CSP check ok');
process.exit(failed ? 1 : 0);
