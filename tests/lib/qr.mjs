// Reads QR codes out of a screenshot with a real decoder (quircs, through core::scan, in core/examples/qr_decode.rs).
import { execFileSync } from 'node:child_process';

/** The texts of the QR codes in the PNG at `path` (throws when there is none). */
export function decodeQr(path) {
  const out = execFileSync('cargo', ['run', '-q', '-p', 'hoctap-core', '--example', 'qr_decode', '--', path], {
    encoding: 'utf8',
  });
  return out.split('\n').filter(Boolean);
}
