#!/usr/bin/env node
// Prints the gzip size of every file in dist/ in three groups, each with its total and budget:
// a citizen's first load, the chi hội page's own files and the report page's (run after
// scripts/build.sh).
// Only prints: tests/e2e/budget.test.mjs is what fails over budget.
import { sizeGroups } from '../tests/lib/size.mjs';

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
const bytes = (n) => n.toLocaleString('en-US');
for (const g of sizeGroups()) {
  console.log(`\n${g.name}\n${'gzip'.padStart(11)} ${'raw'.padStart(11)}  file`);
  for (const f of g.files) console.log(`${kb(f.gzip)} ${kb(f.raw)}  ${f.file}`);
  const verdict = g.totalGzip <= g.budget ? '' : '  OVER BUDGET';
  console.log(`${kb(g.totalGzip)} ${kb(g.totalRaw)}  TOTAL ${g.name}: ${bytes(g.totalGzip)} bytes gzipped (budget ${bytes(g.budget)})${verdict}`);
}
