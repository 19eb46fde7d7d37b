// Share links for the tests, written in JS from the byte layout documented in
// core/src/share.rs (format 1): an independent encoder, so the tests also check that the
// documented format is the one the app reads.
import { crc32 } from 'node:zlib';

const varint = (n) => {
  const out = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
};
const text = (s) => {
  const bytes = [...Buffer.from(s, 'utf8')];
  return [...varint(bytes.length), ...bytes];
};

/** The share code of a result: `{ pack, version, year, hardArea, answers (10, null = unanswered),
 * name, place }`. */
export function shareCode({ pack = 'qd324-dan', version = 1, year = 2026, hardArea = false, answers, name = '', place = '' }) {
  const body = [1, hardArea ? 1 : 0, ...varint(year - 2000)];
  const nibble = (a) => (a === null ? 15 : a);
  for (let i = 0; i < 10; i += 2) body.push((nibble(answers[i]) << 4) | nibble(answers[i + 1]));
  body.push(...varint(version), ...text(pack), ...text(name), ...text(place));
  const crc = crc32(Buffer.from(body));
  body.push(crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255);
  return Buffer.from(body).toString('base64url');
}

/** A share link to the app at `base` (ending in `/`). */
export const shareLink = (base, result) => `${base}#r=${shareCode(result)}`;

const NAMES = ['Nguyễn Thị Hương', 'Trần Văn Nam', 'Lê Thị Lan', 'Phạm Văn Tư', 'Hoàng Thị Mai', 'Vũ Văn Ba', 'Đặng Thị Hoa'];
const PLACES = ['Thôn Đông', 'Thôn Tây', 'Thôn Nam'];
const PACKS = ['qd324-dan', 'qd324-ld', 'qd244-nd'];
const LEVELS = [10, 8, 5, 2, 0];

/** `n` different residents with varied answers, the same for the same `seed`. */
export function residents(n, seed = 1) {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: n }, (_, i) => ({
    name: `${NAMES[i % NAMES.length]} ${i + 1}`,
    place: PLACES[i % PLACES.length],
    pack: PACKS[i % PACKS.length],
    hardArea: i % 5 === 0,
    answers: Array.from({ length: 10 }, () => LEVELS[[0, 0, 0, 0, 1, 1, 1, 2, 3, 4][next() % 10]]),
  }));
}

/** Whether a result reaches the title: total ≥ threshold (80, or 70 in a vùng khó khăn) and
 * no indicator under 5 — the rule as criteria.md states it, computed here independently. */
export const reaches = (r) =>
  r.answers.every((a) => a !== null && a >= 5) && r.answers.reduce((s, a) => s + a, 0) >= (r.hardArea ? 70 : 80);

/** The report code of `{ level (1 chi hội … 4), unit, year, made (days since 1970), lines: [{ name, adults, target,
 * missing, assessed, reached, proposed }], groups: [{ id, assessed, reached, proposed }] (ids
 * ascending), indicators: 10 × [answered, points, belowFloor] }`, written from the byte layout
 * in core/src/report/code.rs (format 1), independently of the app. */
export function reportCode({ level = 1, unit, year = 2026, made = 20000, lines, groups, indicators }) {
  const body = [1, level, ...varint(year - 2000), ...varint(made), ...text(unit), ...varint(lines.length)];
  for (const l of lines) {
    body.push(...text(l.name), ...[l.adults, l.target, l.missing ?? 0, l.assessed, l.reached, l.proposed ?? 0].flatMap(varint));
  }
  body.push(...varint(groups.length));
  for (const g of groups) body.push(...text(g.id), ...[g.assessed, g.reached, g.proposed ?? 0].flatMap(varint));
  for (const i of indicators ?? Array(10).fill([0, 0, 0])) body.push(...i.flatMap(varint));
  const crc = crc32(Buffer.from(body));
  body.push(crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255);
  return Buffer.from(body).toString('base64url');
}

/** A chi hội's report with one thôn and one group (qd324-dan), as `reportCode` writes it. */
export function chiHoiReport({ unit, place = 'Thôn Một', adults, target, assessed, reached, proposed = 0, year = 2026, made }) {
  return reportCode({
    unit,
    year,
    made,
    lines: [{ name: place, adults, target, missing: adults ? 0 : 1, assessed, reached, proposed }],
    groups: [{ id: 'qd324-dan', assessed, reached, proposed }],
    indicators: Array(10).fill([assessed, 8 * assessed, 0]),
  });
}
