#!/usr/bin/env node
// Draws the app icons (an open book on the brand green) into public/icons/ as small indexed
// PNGs. Run by hand when the design changes; the PNGs are committed. Flat colours and a
// 4-colour palette keep each file under a kilobyte (every byte counts in the size budget).
import { writeFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';

const GREEN = [0x0b, 0x5d, 0x3b];
const WHITE = [0xff, 0xff, 0xff];
const LEVELS = 4; // palette: GREEN → WHITE in 4 steps (edge smoothing; 2 bits per pixel)
const SUB = 4; // 4×4 samples per pixel

// Two pages of an open book, in a 0..1 square.
const PAGES = [
  [[0.2, 0.3], [0.485, 0.36], [0.485, 0.76], [0.2, 0.7]],
  [[0.515, 0.36], [0.8, 0.3], [0.8, 0.7], [0.515, 0.76]],
];

function inside([x, y], poly) {
  let on = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) on = !on;
  }
  return on;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A `size`² icon; `scale` shrinks the book toward the centre (maskable safe zone). */
function icon(size, scale) {
  const rowBytes = size / 4; // 2 bits per pixel
  const raw = Buffer.alloc((rowBytes + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (rowBytes + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < SUB; sy++) {
        for (let sx = 0; sx < SUB; sx++) {
          const u = ((x + (sx + 0.5) / SUB) / size - 0.5) / scale + 0.5;
          const v = ((y + (sy + 0.5) / SUB) / size - 0.5) / scale + 0.5;
          if (PAGES.some((p) => inside([u, v], p))) hits++;
        }
      }
      const level = Math.round((hits / (SUB * SUB)) * (LEVELS - 1));
      const at = y * (rowBytes + 1) + 1 + (x >> 2);
      raw[at] |= level << (6 - 2 * (x % 4));
    }
  }
  const palette = Buffer.alloc(LEVELS * 3);
  for (let i = 0; i < LEVELS; i++) {
    for (let c = 0; c < 3; c++) palette[i * 3 + c] = Math.round(GREEN[c] + ((WHITE[c] - GREEN[c]) * i) / (LEVELS - 1));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([2, 3, 0, 0, 0], 8); // 2-bit indexed colour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../public/icons/', import.meta.url);
for (const [name, size, scale] of [
  ['icon-192.png', 192, 1],
  ['icon-512.png', 512, 1],
  // Launchers crop maskable icons to a circle of 80 % of the width: keep the book inside it.
  ['icon-maskable-512.png', 512, 0.75],
]) {
  const png = icon(size, scale);
  writeFileSync(new URL(name, out), png);
  console.log(`${name}: ${png.length} bytes`);
}
