#!/usr/bin/env node
// trunk post_build hook: runs on the staged output before trunk publishes it, for each of
// the three pages (scripts/build.sh builds chihoi.html into target/chihoi-dist/, baocao.html
// into target/baocao-dist/, then index.html into dist/); TRUNK_HTML_FILE says which.
// Every page:
// - Move trunk's inline start-up script into its own file, so the Content-Security-Policy
//   can forbid inline scripts ('unsafe-inline') altogether, with public/sw-client.js in it.
// - Minify the JS (trunk 0.21 leaves the wasm-bindgen glue as generated) and update the
//   Subresource Integrity hashes in the page to match.
// The citizen page (index.html) also:
// - Puts the criteria packs into packs/index.json, minified (pretty in the repo for people
//   editing them, compact on the wire; this also re-checks that each is valid JSON), and
//   preloads it from index.html.
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

const htmlPath = join(staging, 'index.html');
let html = readFileSync(htmlPath, 'utf8');

if (page === 'index.html') {
  // Every listed pack goes into the index itself, minified (core::pack::PackIndex): one
  // download instead of eight, and gzip compresses the packs far better together (12.4 KB
  // instead of 21.6 KB as separate files). The separate files are not shipped.
  const packs = join(staging, 'packs');
  const index = JSON.parse(readFileSync(join(packs, 'index.json'), 'utf8'));
  const files = {};
  for (const name of index.packs) {
    files[name] = JSON.stringify(JSON.parse(readFileSync(join(packs, name), 'utf8')));
  }
  for (const name of readdirSync(packs).filter((f) => f.endsWith('.json') && f !== 'index.json')) {
    unlinkSync(join(packs, name));
  }
  writeFileSync(join(packs, 'index.json'), JSON.stringify({ packs: index.packs, files }));
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
