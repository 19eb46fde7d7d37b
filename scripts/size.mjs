#!/usr/bin/env node
// Prints the gzip size of every file in dist/ and the total (run after `trunk build --release`).
import { distSizes, BUDGET_GZIP } from '../tests/lib/size.mjs';

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
const { files, totalGzip, totalRaw } = distSizes();
console.log(`${'gzip'.padStart(11)} ${'raw'.padStart(11)}  file`);
for (const f of files) console.log(`${kb(f.gzip)} ${kb(f.raw)}  ${f.file}`);
console.log(`${kb(totalGzip)} ${kb(totalRaw)}  TOTAL (budget ${BUDGET_GZIP / 1024} KB gzipped)`);
