#!/usr/bin/env node
// trunk post_build hook: runs on the staged dist/ before trunk publishes it.
// - Minifies the criteria packs (pretty in the repo for people editing them, compact on the
//   wire), which also re-checks that each is valid JSON, and preloads them from index.html.
// - Moves trunk's inline start-up script into its own file, so the Content-Security-Policy
//   in index.html can forbid inline scripts ('unsafe-inline') altogether.
// - Minifies the JS (trunk 0.21 leaves the wasm-bindgen glue as generated) and updates the
//   Subresource Integrity hashes in index.html to match.
// - Writes sw.js from scripts/sw.template.js with the list of every file in this build, so the
//   offline copy never depends on a hand-kept list, and a new build is a new cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const hash = (bytes, n = 16) => createHash('sha256').update(bytes).digest('hex').slice(0, n);
const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const js = async (source) => (await minify(source, { module: true, compress: true, mangle: true })).code;

const packs = join(staging, 'packs');
for (const name of readdirSync(packs).filter((f) => f.endsWith('.json'))) {
  const path = join(packs, name);
  writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
}

const indexPath = join(staging, 'index.html');
let index = readFileSync(indexPath, 'utf8');
// The packs are fetched only once the wasm runs; preloading them (and their list) lets the
// download overlap with the wasm's on a slow network instead of following it.
const packList = JSON.parse(readFileSync(join(packs, 'index.json'), 'utf8')).packs;
const preload = ['index.json', ...packList].map((f) => `<link rel=preload as=fetch crossorigin href=./packs/${f}>`).join('');
index = index.replace('</head>', `${preload}</head>`);
const inline = /<script type=module>([\s\S]*?)<\/script>/g;
const scripts = [...index.matchAll(inline)];
if (scripts.length !== 1) throw new Error(`expected trunk's one inline start-up script, found ${scripts.length}`);
const boot = await js(scripts[0][1]);
const bootName = `boot-${hash(boot)}.js`;
writeFileSync(join(staging, bootName), boot);
index = index.replace(scripts[0][0], `<script type=module src=./${bootName}></script>`);

for (const name of readdirSync(staging).filter((f) => f.endsWith('.js') && f !== bootName)) {
  const path = join(staging, name);
  const before = readFileSync(path);
  const code = await js(before.toString('utf8'));
  writeFileSync(path, code);
  index = index.replaceAll(sri(before), sri(Buffer.from(code)));
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(index)) throw new Error('an inline script is left in index.html');
writeFileSync(indexPath, index);

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== 'sw.js') files.push(relative(staging, path).split('\\').join('/'));
  }
};
walk(staging);
const version = hash(files.map((f) => f + '\0' + hash(readFileSync(join(staging, f)))).join('\n'));
const template = readFileSync(new URL('./sw.template.js', import.meta.url), 'utf8');
const sw = template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(['./', ...files]));
writeFileSync(join(staging, 'sw.js'), await js(sw));
console.log(`post-build: sw.js caches ${files.length + 1} entries as cdht-${version}`);
