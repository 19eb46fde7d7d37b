// Size budget of the first load: the whole built dist/ must stay under 150 KB gzipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distSizes, BUDGET_GZIP } from '../lib/size.mjs';

test('dist/ stays within the gzip budget', () => {
  const { files, totalGzip } = distSizes();
  assert.ok(files.some((f) => f.file.endsWith('.wasm')), 'dist/ holds the app wasm');
  assert.ok(files.some((f) => f.file.startsWith('packs/')), 'dist/ holds the criteria packs');
  assert.ok(totalGzip <= BUDGET_GZIP, `dist/ is ${totalGzip} bytes gzipped, over ${BUDGET_GZIP}`);
});
