//! Reading QR codes out of pictures: camera frames on the chi hội page (where the browser has
//! no `BarcodeDetector`), and screenshots in the browser tests. Decoding is `quircs` (a Rust
//! port of quirc), in plain Rust, so it runs the same natively and in the wasm.
//!
//! Why quircs and not rqrr: rqrr's Galois-field arithmetic is two 256 × 256 multiplication
//! tables (~128 KB in the wasm, most of it surviving gzip); quirc's are 16- and 256-byte
//! log/exp tables. The chi hội page's wasm went from 205 KB to (see the closing note) gzipped.

/// The texts of every QR code found in a `width` × `height` picture whose brightness at
/// (x, y) is `luma(x, y)` (0 black … 255 white). Codes that are found but cannot be read
/// (blurred, cut by the frame's edge) are skipped: the next frame will do.
pub fn qr_texts(width: usize, height: usize, mut luma: impl FnMut(usize, usize) -> u8) -> Vec<String> {
    if width == 0 || height == 0 {
        return Vec::new();
    }
    let pixels: Vec<u8> =
        (0..height).flat_map(|y| (0..width).map(move |x| (x, y))).map(|(x, y)| luma(x, y)).collect();
    let mut decoder = quircs::Quirc::default();
    decoder
        .identify(width, height, &pixels)
        .filter_map(|code| code.ok()?.decode().ok())
        .filter_map(|data| String::from_utf8(data.payload).ok())
        .collect()
}

/// [`qr_texts`] of RGBA pixels, row by row (what a canvas's `getImageData` gives).
/// Transparent pixels count as white paper.
pub fn qr_texts_rgba(width: usize, height: usize, rgba: &[u8]) -> Vec<String> {
    if width == 0 || height == 0 || rgba.len() < width * height * 4 {
        return Vec::new();
    }
    qr_texts(width, height, |x, y| {
        let p = &rgba[(y * width + x) * 4..][..4];
        if p[3] < 128 {
            return 255;
        }
        ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000) as u8
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A QR code drawn by `qrcode` as RGBA pixels, `scale` pixels a module, on white.
    fn drawn(text: &str, scale: usize) -> (usize, Vec<u8>) {
        let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
            .unwrap_or_else(|e| panic!("{e:?}"));
        let modules = code.width();
        let size = (modules + 8) * scale;
        let mut rgba = vec![255u8; size * size * 4];
        for y in 0..modules {
            for x in 0..modules {
                if code[(x, y)] == qrcode::Color::Dark {
                    for dy in 0..scale {
                        for dx in 0..scale {
                            let at = (((y + 4) * scale + dy) * size + (x + 4) * scale + dx) * 4;
                            rgba[at..at + 3].fill(0);
                        }
                    }
                }
            }
        }
        (size, rgba)
    }

    #[test]
    fn reads_back_what_was_drawn() {
        let link = "https://x.vn/cdht/#r=AQAaqoqoqlgBCXFkMzI0LWRhbhxOZ3V54buFbiBUaOG7iyBUaGFu";
        let (size, rgba) = drawn(link, 4);
        assert_eq!(qr_texts_rgba(size, size, &rgba), vec![link.to_string()]);
    }

    #[test]
    fn reads_a_small_grey_code_off_centre_in_a_camera_frame() {
        let link = "https://x.vn/cdht/#r=AQAaqoqoqlgBCXFkMzI0LWRhbhxOZ3V54buFbiBUaOG7iyBUaGFu";
        let (size, code) = drawn(link, 3);
        let (w, h, left, top) = (640, 480, 300, 150);
        // Paper is never white nor ink black through a cheap camera.
        let luma = |x: usize, y: usize| -> u8 {
            let inside = (left..left + size).contains(&x) && (top..top + size).contains(&y);
            let dark = inside && code[((y - top) * size + (x - left)) * 4] == 0;
            if dark {
                60
            } else {
                190
            }
        };
        assert_eq!(qr_texts(w, h, luma), vec![link.to_string()]);
    }

    #[test]
    fn blank_short_or_empty_pictures_give_nothing() {
        assert!(qr_texts_rgba(64, 64, &[255; 64 * 64 * 4]).is_empty());
        assert!(qr_texts_rgba(64, 64, &[0; 10]).is_empty());
        assert!(qr_texts_rgba(0, 0, &[]).is_empty());
    }
}
