#!/usr/bin/env node
// trunk post_build hook: runs on the staged output before trunk publishes it, for each of
// the three pages (scripts/build.sh builds chihoi.html into target/chihoi-dist/, baocao.html
// into target/baocao-dist/, then index.html into dist/); TRUNK_HTML_FILE says which.
// Every page:
// - Move trunk's inline start-up script into its own file, so the Content-Security-Policy
//   can forbid inline scripts ('unsafe-inline') altogether, with public/sw-client.js in it.
// - Minify the JS (trunk 0.21 leaves the wasm-bindgen glue as generated) and update the
//   Subresource Integrity hashes in the page to match.
// - Drop wasm-streams' exported classes from the wasm and its glue: dead code every Leptos
//   0.8 page carries (see dropDeadExports); give the wasm's imports and exports short names,
//   in the glue too (see minifyNames).
// The citizen page (index.html) also:
// - Puts the criteria packs into packs/index.json, minified (pretty in the repo for people
//   editing them, compact on the wire; this also re-checks that each is valid JSON) and in
//   the order gzip compresses best.
// - Puts the first-visit start screen, pre-rendered by the app's own components
//   (src/bin/prerender.rs, run by scripts/build.sh into target/prerender.html), and the
//   sentence for an app that cannot load, right after <body>; checks that public/gate.js
//   reads the key the app saves under.
// - Copies the other two builds in (each one's index.html as chihoi.html, baocao.html), since
//   trunk empties dist/.
// - Writes sw.js from scripts/sw.template.js with the list of the citizen's files (FILES,
//   precached) and of those only the chi hội and report pages use (TALLY, cached for a chi
//   hội only), so the offline copy never depends on a hand-kept list, and a new build is a new
//   cache.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import binaryen from 'binaryen';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
const target = process.env.TRUNK_HTML_FILE;
if (!staging || !target) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const page = basename(target);
/** The pages built before the citizen's, each into its own folder (trunk's output page is
 * always index.html), merged into dist/ by the citizen build. */
const OTHER_PAGES = { 'chihoi.html': 'chihoi-dist', 'baocao.html': 'baocao-dist' };
if (page !== 'index.html' && !OTHER_PAGES[page]) throw new Error(`post-build: unknown page ${target}`);
/** Where scripts/build.sh puts the pre-rendered start screen (first line: the saved key). */
const PRERENDER = new URL('../target/prerender.html', import.meta.url).pathname;

const hash = (bytes, n = 16) => createHash('sha256').update(bytes).digest('hex').slice(0, n);
const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const js = async (source, keep = []) =>
  (await minify(source, { module: true, compress: { top_retain: keep }, mangle: { reserved: keep } })).code;

/** Every file under `dir`, as '/'-separated paths relative to it; dot-entries (trunk's
 * .stage) are skipped. */
const listFiles = (dir) => {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return files;
};

/** The built packs/index.json: the listed order (what the chooser shows) and every pack's
 * text, the texts in the order gzip compresses best. gzip only looks 32 KB back, about three
 * packs, so a pack placed after the ones it shares most wording with costs far less: the
 * order is chosen greedily (each next pack the one that adds the fewest bytes, from the best
 * first pack). The reader does not care: it looks the texts up by name. Measured on the
 * shipped packs: 12,375 bytes in the listed order, 11,174 in this one. */
function packIndex(listed, texts) {
  const json = (order) => JSON.stringify({ packs: listed, files: Object.fromEntries(order.map((n) => [n, texts[n]])) });
  const size = (order) => gzipSync(json(order), { level: 9 }).length;
  /** [bytes, order] of the greedy order from `first`. */
  const greedy = (first) => {
    const order = [first];
    const left = listed.filter((n) => n !== first);
    while (left.length) {
      const [, next] = left.map((n) => [size([...order, n]), n]).reduce((a, b) => (b[0] < a[0] ? b : a));
      order.push(next);
      left.splice(left.indexOf(next), 1);
    }
    return [size(order), order];
  };
  const [, best] = listed.map(greedy).reduce((a, b) => (b[0] < a[0] ? b : a));
  return json(best);
}

const htmlPath = join(staging, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

if (page === 'index.html') {
  // Every listed pack goes into the index itself, minified (core::pack::PackIndex): one
  // download instead of eight, and gzip compresses the packs far better together (12.4 KB
  // instead of 21.6 KB as separate files). The separate files are not shipped.
  const packs = join(staging, 'packs');
  const index = JSON.parse(readFileSync(join(packs, 'index.json'), 'utf8'));
  const texts = Object.fromEntries(
    index.packs.map((name) => [name, JSON.stringify(JSON.parse(readFileSync(join(packs, name), 'utf8')))]),
  );
  for (const name of readdirSync(packs).filter((f) => f.endsWith('.json') && f !== 'index.json')) {
    unlinkSync(join(packs, name));
  }
  writeFileSync(join(packs, 'index.json'), packIndex(index.packs, texts));
  // The manifest, minified (pretty in the repo).
  const manifest = join(staging, 'manifest.webmanifest');
  writeFileSync(manifest, JSON.stringify(JSON.parse(readFileSync(manifest, 'utf8'))));

  // The wasm downloads after the first paint, not with the page (see the start-up script
  // below): on a slow network the pre-rendered screen paints first, its bytes unshared.
  const preload = /<link[^>]*\bas=fetch\b[^>]*_bg\.wasm[^>]*>/;
  if (!preload.test(html)) throw new Error("post-build: trunk's wasm preload is not where expected");
  html = html.replace(preload, '');

  if (!existsSync(PRERENDER)) throw new Error(`post-build: ${PRERENDER} is missing: run scripts/build.sh`);
  const [key, ...screen] = readFileSync(PRERENDER, 'utf8').split('\n');
  const gate = readdirSync(staging).find((f) => /^gate-.*\.js$/.test(f));
  if (!gate) throw new Error(`post-build: no gate-….js among ${readdirSync(staging).join(' ')}`);
  const code = readFileSync(join(staging, gate), 'utf8');
  if (!["'", '"', '`'].some((q) => code.includes(q + key + q))) {
    throw new Error(`post-build: public/gate.js must read the key the app saves under ('${key}')`);
  }
  if (!html.includes('<body>')) throw new Error('post-build: no <body> in index.html');
  // Leptos marks empty spots with <!> and comments for its own use; a static page needs none.
  const markup = screen.join('\n').trim().replaceAll('<!>', '').replace(/<!--[\s\S]*?-->/g, '');
  html = html.replace('<body>', `<body>${markup}`);
}

const inline = /<script type=module>([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)];
if (scripts.length !== 1) throw new Error(`expected trunk's one inline start-up script, found ${scripts.length}`);
// The citizen page starts its wasm after the first paint (two frames: the one that paints the
// pre-rendered screen has been drawn), so the screen appears from the HTML alone.
let start = scripts[0][1];
if (page === 'index.html') {
  if (!/const wasm = await init\(/.test(start)) throw new Error("post-build: trunk's start-up script changed");
  start = start.replace('const wasm = await init(', "await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));\nperformance.mark('cdht-wasm-start');\nconst wasm = await init(");
}
// The offline copy's client (public/sw-client.js) goes into the same file: one download less.
// Only the chi hội and report pages ask the worker to keep their files.
const client = readFileSync(new URL('../public/sw-client.js', import.meta.url), 'utf8');
if (client.split('__KEEPS_TALLY__').length !== 2) throw new Error('post-build: sw-client.js must name __KEEPS_TALLY__ once');
const boot = await js(client.replace('__KEEPS_TALLY__', String(page !== 'index.html')) + '\n' + start);
const bootName = `boot-${hash(boot)}.js`;
writeFileSync(join(staging, bootName), boot);
html = html.replace(scripts[0][0], `<script type=module src=./${bootName}></script>`);

/** wasm-streams' three classes (IntoUnderlyingSource, …Sink, …ByteSource) and their
 * methods. Leptos 0.8 always turns on server_fn's `browser` feature, which brings wasm-streams,
 * whose `#[wasm_bindgen]` exports wasm-bindgen must keep: no page here has a server function,
 * so nothing ever makes one (the glue never wraps one; its classes only call into the wasm).
 * Dropping the exports lets wasm-opt remove the code behind them (−1.4 KB gzipped of the
 * citizen page's wasm, measured), and the glue's classes go too. The build fails
 * if the glue mentions them anywhere else, so a wasm-bindgen that starts using them stops it. */
const DEAD = /^(__wbg_)?intounderlying(bytesource|source|sink)_/;
function dropDeadExports(wasmPath, gluePath) {
  const m = binaryen.readBinary(readFileSync(wasmPath));
  const names = [];
  for (let i = 0; i < m.getNumExports(); i++) names.push(binaryen.getExportInfo(m.getExportByIndex(i)).name);
  const dead = names.filter((n) => DEAD.test(n));
  if (!dead.length) return console.log(`post-build: no wasm-streams exports in ${basename(wasmPath)}`);
  dead.forEach((n) => m.removeExport(n));
  writeFileSync(wasmPath, m.emitBinary());
  m.dispose();
  // The same settings as trunk's wasm-opt (index.html's data-wasm-opt): what only the dropped
  // exports reached is removed now.
  execFileSync(WASM_OPT, ['-Oz', '--converge', wasmPath, '-o', wasmPath]);
  let glue = readFileSync(gluePath, 'utf8');
  glue = glue
    .replace(/^export class IntoUnderlying\w+ \{\n[\s\S]*?^\}\n/gm, '')
    .replace(/^if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype\[Symbol\.dispose\] = IntoUnderlying\w+\.prototype\.free;\n/gm, '')
    .replace(/^const IntoUnderlying\w+Finalization = [^;]*;\n/gm, '');
  if (/intounderlying/i.test(glue)) throw new Error(`post-build: ${basename(gluePath)} still uses wasm-streams' classes: keep their exports`);
  writeFileSync(gluePath, glue);
  console.log(`post-build: dropped ${dead.length} dead wasm-streams exports from ${basename(wasmPath)}`);
}
/** Gives every import and export of the wasm a short name (binaryen's minifier: "$", "a",
 * "Ab"…) and renames them in the glue. wasm-bindgen names each import after the JS function
 * plus a 16-hex-digit hash ("__wbg_querySelector_72201b7c62dc196b"), and each closure shim
 * after its whole Rust type (over 200 characters): written in both files, the hashes alone are
 * some 2 KB of random text to gzip. Measured on the citizen page: −2.9 KB gzipped of wasm.
 * The build fails if the glue names an import or export the wasm does not have, so a
 * wasm-bindgen that writes its glue another way stops here rather than in a browser. */
function minifyNames(wasmPath, gluePath) {
  const out = execFileSync(WASM_OPT, ['--minify-imports-and-exports-and-modules', wasmPath, '-o', wasmPath], { encoding: 'utf8' });
  const map = JSON.parse(out.slice(out.indexOf('{')));
  let glue = readFileSync(gluePath, 'utf8');
  const word = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The one module the glue hands the wasm ("./page_bg.js"), now named as the wasm has it.
  const modules = [...new Set(map.imports.map(([module]) => module))];
  const m = binaryen.readBinary(readFileSync(wasmPath));
  const renamed = new Set();
  for (let i = 0; i < m.getNumFunctions(); i++) {
    const f = binaryen.getFunctionInfo(m.getFunctionByIndex(i));
    if (f.module) renamed.add(f.module);
  }
  m.dispose();
  if (modules.length !== 1 || renamed.size !== 1) throw new Error(`post-build: expected one import module, found ${modules} → ${[...renamed]}`);
  const moduleKey = new RegExp(`(["'])${word(modules[0])}\\1(?=: )`);
  if (!moduleKey.test(glue)) throw new Error(`post-build: the glue does not name the module ${modules[0]}`);
  glue = glue.replace(moduleKey, () => JSON.stringify([...renamed][0]));
  // Imports: the keys of the import object wasm-bindgen writes ("NAME: function(…) {").
  for (const [, from, to] of map.imports) {
    const key = new RegExp(`^(\\s+)${word(from)}(?=: )`, 'm');
    if (!key.test(glue)) throw new Error(`post-build: the glue has no import ${from}`);
    glue = glue.replace(key, (_, space) => space + to);
  }
  // Exports: what the glue calls ("wasm.NAME").
  for (const [from, to] of map.exports) {
    glue = glue.replace(new RegExp(`\\bwasm\\.${word(from)}\\b`, 'g'), () => `wasm.${to}`);
  }
  const exported = new Set(map.exports.map(([, to]) => to));
  const unknown = [...glue.matchAll(/\bwasm\.([\w$]+)/g)].map((m) => m[1]).filter((n) => !exported.has(n));
  if (unknown.length) throw new Error(`post-build: the glue calls ${[...new Set(unknown)].join(', ')}, which the wasm does not export`);
  writeFileSync(gluePath, glue);
  console.log(`post-build: ${map.imports.length} imports and ${map.exports.length} exports of ${basename(wasmPath)} renamed`);
}
const WASM_OPT = new URL('../node_modules/.bin/wasm-opt', import.meta.url).pathname;

const wasmFile = readdirSync(staging).find((f) => f.endsWith('_bg.wasm'));
if (!wasmFile) throw new Error(`post-build: no wasm among ${readdirSync(staging).join(' ')}`);
{
  const glue = join(staging, wasmFile.replace(/_bg\.wasm$/, '.js'));
  const integrity = sri(readFileSync(glue));
  dropDeadExports(join(staging, wasmFile), glue);
  minifyNames(join(staging, wasmFile), glue);
  html = html.replaceAll(integrity, sri(readFileSync(glue)));
}

// Only this build's own files: the other pages', copied in below, are minified already (and
// minifying them again would break the hashes in their pages).
for (const name of readdirSync(staging).filter((f) => f.endsWith('.js') && f !== bootName)) {
  const path = join(staging, name);
  const before = readFileSync(path);
  const code = await js(before.toString('utf8'));
  writeFileSync(path, code);
  html = html.replaceAll(sri(before), sri(Buffer.from(code)));
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error(`an inline script is left in ${page}`);
writeFileSync(htmlPath, html);

if (OTHER_PAGES[page]) {
  console.log(`post-build: ${page} staged (${listFiles(staging).length} files)`);
  process.exit(0);
}

// The citizen build: merge in the other builds. Their files that the citizen build (or the
// other page) also has (a stylesheet: same hashed name, same bytes) are shared, not copied;
// the rest are the files only a chi hội's device needs.
const files = listFiles(staging).filter((f) => f !== 'sw.js');
const tally = [];
for (const [other, folder] of Object.entries(OTHER_PAGES)) {
  const dist = new URL(`../target/${folder}/`, import.meta.url).pathname;
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`post-build: the ${other} build (${dist}) is missing: run scripts/build.sh`);
  }
  for (const f of listFiles(dist)) {
    const name = f === 'index.html' ? other : f;
    const bytes = readFileSync(join(dist, f));
    const to = join(staging, name);
    if (existsSync(to)) {
      // A hashed name stands for its bytes; a difference means two builds disagree (e.g. a
      // file both pages copy, which only the citizen build processes): one would be lost.
      if (!bytes.equals(readFileSync(to))) {
        throw new Error(`post-build: ${name} differs between the citizen and the ${other} builds (run scripts/build.sh; a file every page needs belongs to index.html only)`);
      }
      continue;
    }
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, bytes);
    tally.push(name);
  }
  if (!tally.includes(other)) throw new Error(`post-build: the ${other} build has no page`);
}

const all = [...files, ...tally].sort();
const version = hash(all.map((f) => f + '\0' + hash(readFileSync(join(staging, f)))).join('\n'));
const template = readFileSync(new URL('./sw.template.js', import.meta.url), 'utf8');
const sw = template
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(['./', ...files]))
  .replace('__TALLY__', JSON.stringify(tally.sort()));
// FILES and TALLY keep their names (`const …,FILES=[…],TALLY=[…]`), so
// tests/e2e/budget.test.mjs can read them back out of dist/sw.js.
writeFileSync(join(staging, 'sw.js'), await js(sw, ['FILES', 'TALLY']));
console.log(`post-build: sw.js precaches ${files.length + 1} entries as cdht-${version}, ${tally.length} more for the chi hội and report pages`);
