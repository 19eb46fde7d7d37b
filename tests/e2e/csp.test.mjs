// The Content-Security-Policy of every page, as served: only this origin, no inline script or
// style, and only directives every engine the app supports knows (WebKit logs an error for
// each one it does not, such as manifest-src, on every load).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from '../lib/server.mjs';

/** Directives Chromium, Firefox and WebKit (Safari) all recognise. */
const KNOWN = ['default-src', 'script-src', 'style-src', 'img-src', 'media-src', 'connect-src', 'worker-src', 'object-src', 'base-uri', 'form-action'];

let server;
before(async () => (server = await serveDist()));
after(() => server.close());

for (const page of ['', 'chihoi.html', 'baocao.html']) {
  test(`the policy of ${page || 'index.html'} is strict and understood by every engine`, async () => {
    const html = await (await fetch(server.url + page)).text();
    const meta = html.match(/<meta[^>]*Content-Security-Policy[^>]*>/i)?.[0] ?? '';
    const policy = meta.match(/content="([^"]+)"/)?.[1];
    assert.ok(policy, 'the page carries its policy');
    const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    for (const name of directives.keys()) assert.ok(KNOWN.includes(name), `${name} is not known to every engine`);
    assert.deepEqual(directives.get('default-src'), ["'self'"]);
    assert.deepEqual(directives.get('script-src'), ["'self'", "'wasm-unsafe-eval'"]);
    assert.deepEqual(directives.get('style-src'), ["'self'"]);
    assert.ok(!policy.includes('unsafe-inline'));
  });
}
