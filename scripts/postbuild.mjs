// Trunk post_build hook (see Trunk.toml), run on every `trunk build` and `trunk serve` build in the
// staging folder, before trunk moves it to the dist folder. It makes the page run under the strict
// Content-Security-Policy in index.html's meta element (no inline script, no inline style):
//
// 0. Places the calculator rendered at build time inside <div id="app"> (src/bin/prerender.rs,
//    Yew's server renderer, run natively with cargo), so the page shows its results before any
//    script runs: in every build, the dev server's too, so what a developer sees is what ships
//    (a rebuild adds a few seconds of native compile). PB_PRERENDER=0 leaves it out.
// 1. Moves every inline <script> trunk writes (its start-up module that imports the wasm-bindgen
//    glue and starts the wasm) into its own content-hashed file, start-<hash>.js, referenced by
//    <script src=... integrity=... async>. Only `trunk serve`'s live-reload script stays inline; when it
//    is present (a dev server build) the meta policy gets 'unsafe-inline' in script-src, so live
//    reload works. Every other build keeps the strict policy unchanged.
// 2. Fails the build if the page still holds inline script or style (a <style> element, a style=
//    or on...= attribute, a javascript: URL), or if a release build's policy allows 'unsafe-inline'.
// 3. Fills the offline cache's service worker (sw.js) with the release's files and version.
// 4. In release builds, writes precompressed copies next to each text and wasm file
//    (name.gz at gzip -9, name.br at brotli 11), for a server's gzip_static / brotli_static.
//
// Usage: run by trunk (TRUNK_STAGING_DIR, TRUNK_PROFILE, TRUNK_PUBLIC_URL), or by hand:
//   node scripts/postbuild.mjs DIR [--release]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('postbuild: no folder (TRUNK_STAGING_DIR or first argument)');
  process.exit(2);
}
const release = (process.env.TRUNK_PROFILE ?? (process.argv.includes('--release') ? 'release' : 'debug')) === 'release';
const base = process.env.TRUNK_PUBLIC_URL ?? './';
const indexPath = join(dir, 'index.html');

// 0. The page rendered at build time.
if (process.env.PB_PRERENDER !== '0') {
  const project = join(dirname(fileURLToPath(import.meta.url)), '..');
  // A native build of the app (the dev profile the native tests share: quick once they ran).
  console.log('postbuild: rendering the default page into index.html (cargo run --bin prerender)');
  execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender', '--', resolve(indexPath)], { cwd: project, stdio: 'inherit' });
}
let html = readFileSync(indexPath, 'utf8');

const digest = (algorithm, data) => createHash(algorithm).update(data).digest();
const problems = [];

// 1. Inline scripts to files.
let liveReload = false;
let moved = 0;
html = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (whole, attrs, body) => {
  if (/\ssrc\s*=/i.test(attrs) || body.trim() === '') return whole;
  if (body.includes('.well-known/trunk/ws')) {
    liveReload = true; // trunk serve's live reload: the server fills in its address per request
    return whole;
  }
  const type = attrs.match(/\stype\s*=\s*["']?([^"'\s>]+)/i)?.[1].toLowerCase();
  if (type && type !== 'module' && type !== 'text/javascript') return whole; // data, not code
  const name = `start-${digest('sha256', body).toString('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body);
  const integrity = `sha384-${digest('sha384', body).toString('base64')}`;
  moved += 1;
  // `async`: the module (which loads and starts the wasm) runs as soon as it has loaded, so the
  // wasm compiles while the browser still reads the page rendered at build time; the app itself
  // waits for the page to be parsed (browser::host::when_parsed).
  const run = type === 'module' && !/\sasync\b/i.test(attrs) ? ' async' : '';
  return `<script${attrs}${run} src="${base}${name}" integrity="${integrity}"></script>`;
});

// The policy itself lives in index.html (the source), so there is one place to read it.
const cspMeta = /(<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=")([^"]*)(")/i;
const match = html.match(cspMeta);
if (!match) {
  problems.push('no <meta http-equiv="Content-Security-Policy" content="..."> in index.html');
} else if (liveReload) {
  const dev = match[2].replace(/script-src ([^;]*)/, (d, v) => `script-src ${v} 'unsafe-inline'`);
  html = html.replace(cspMeta, `$1${dev}$3`);
} else if (/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/.test(match[2])) {
  problems.push(`the policy allows inline code: ${match[2]}`);
}

// 2. What the policy would block (or what would need a weaker policy).
const withoutLiveReload = html.replace(/<script\b[^>]*>[\s\S]*?\.well-known\/trunk\/ws[\s\S]*?<\/script\s*>/gi, '');
for (const [what, re] of [
  ['an inline <script>', /<script\b(?![^>]*\ssrc\s*=)[^>]*>\s*\S[\s\S]*?<\/script\s*>/i],
  ['a <style> element', /<style\b/i],
  ['a style= attribute', /<[a-z][^>]*\sstyle\s*=/i],
  ['an inline event handler (on...=)', /<[a-z][^>]*\son[a-z]+\s*=/i],
  ['a javascript: URL', /(href|src|action)\s*=\s*["']?\s*javascript:/i],
]) {
  const found = withoutLiveReload.match(re);
  if (found) problems.push(`index.html has ${what}: ${found[0].slice(0, 120)}`);
}
if (problems.length) {
  for (const p of problems) console.error(`postbuild: ${p}`);
  process.exit(1);
}
writeFileSync(indexPath, html);

// 3. The offline cache: the service worker (assets/sw.js, copied by trunk) gets the release's
//    files and a version made of them. A dev build gets no files (the page registers no worker
//    there).
const swPath = join(dir, 'sw.js');
let cachedFiles = 0;
try {
  let sw = readFileSync(swPath, 'utf8');
  const files = release
    ? readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && !/\.(br|gz)$/.test(e.name) && e.name !== 'sw.js')
      .map((e) => e.name)
      .sort()
    : [];
  const version = digest('sha256', files.join('\n') + readFileSync(indexPath)).toString('hex').slice(0, 16);
  sw = sw.replace("'__PB_VERSION__'", JSON.stringify(release ? version : 'dev'))
    .replace("['__PB_FILES__']", JSON.stringify(files.map((f) => `./${f}`)));
  if (sw.includes('__PB_')) problems.push('sw.js: a placeholder was left unfilled');
  writeFileSync(swPath, sw);
  cachedFiles = files.length;
} catch (e) {
  problems.push(`sw.js: ${e.message}`);
}
if (problems.length) {
  for (const p of problems) console.error(`postbuild: ${p}`);
  process.exit(1);
}

// 4. Precompressed copies for the production server.
let compressed = 0;
if (release) {
  const compressible = /\.(html|js|mjs|css|wasm|svg|json|txt|xml|webmanifest)$/i;
  // GNU gzip -9 makes ~3 % smaller files than node's zlib; node's zlib where gzip is missing.
  const gzip = (file, raw) => {
    try {
      return execFileSync('gzip', ['-9', '-n', '-c', file], { maxBuffer: 1 << 30 });
    } catch {
      return gzipSync(raw, { level: 9, memLevel: 9 });
    }
  };
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === '.stage' ? [] : walk(join(d, e.name))) : [join(d, e.name)]);
  for (const file of walk(dir).filter((f) => compressible.test(f))) {
    const raw = readFileSync(file);
    const gz = gzip(file, raw);
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: statSync(file).size,
        [constants.BROTLI_PARAM_MODE]: /\.wasm$/i.test(file) ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    });
    // Only where it saves bytes; the server falls back to the plain file.
    if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
    if (br.length < raw.length) writeFileSync(`${file}.br`, br);
    compressed += 1;
  }
}
console.log(`postbuild: ${moved} inline script(s) moved to files; policy ${liveReload ? 'strict but for live reload (dev server)' : 'strict'}`
  + (release ? `; ${cachedFiles} file(s) for the offline cache; ${compressed} file(s) precompressed (.gz, .br)` : ''));
