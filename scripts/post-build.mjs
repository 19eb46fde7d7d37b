#!/usr/bin/env node
// trunk post_build hook: runs on the staged dist/ before trunk publishes it.
// - Minifies the criteria packs (pretty in the repo for people editing them, compact on the
//   wire), which also re-checks that each is valid JSON.
// - Minifies the wasm-bindgen JS glue (trunk 0.21 leaves it as generated) and updates its
//   Subresource Integrity hash in index.html to match.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

const packs = join(staging, 'packs');
for (const name of readdirSync(packs).filter((f) => f.endsWith('.json'))) {
  const path = join(packs, name);
  writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
}

const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const indexPath = join(staging, 'index.html');
let index = readFileSync(indexPath, 'utf8');
for (const name of readdirSync(staging).filter((f) => f.endsWith('.js'))) {
  const path = join(staging, name);
  const before = readFileSync(path);
  const { code } = await minify(before.toString('utf8'), { module: true, compress: true, mangle: true });
  writeFileSync(path, code);
  index = index.replaceAll(sri(before), sri(Buffer.from(code)));
}
writeFileSync(indexPath, index);
