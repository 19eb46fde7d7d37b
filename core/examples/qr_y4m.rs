//! Draws a text as a QR code in a Y4M video, for Chromium's fake camera
//! (`--use-fake-device-for-media-stream --use-file-for-fake-video-capture=OUT.y4m`): the
//! browser tests hold a resident's share link up to the chi hội page's scanner with it.
//!
//! `cargo run -p hoctap-core --example qr_y4m -- TEXT OUT.y4m`
//!
//! The code is ECC M (as the app draws it), 8 pixels a module (fewer only if it would not fit),
//! with a 4-module quiet zone, black on white, centred in a 640×480 frame; the file holds ten
//! identical frames at 10 frames a second (Chromium plays it in a loop).

use std::process::ExitCode;

use qrcode::{Color, EcLevel, QrCode};

const WIDTH: usize = 640;
const HEIGHT: usize = 480;
const FRAMES: usize = 10;
const MODULE_PX: usize = 8;
const QUIET: usize = 4;

/// The frame's brightness (0 black, 255 white), row by row.
fn luma(code: &QrCode) -> Vec<u8> {
    let modules = code.width();
    let scale = MODULE_PX.min(HEIGHT / (modules + 2 * QUIET)).max(1);
    let side = modules * scale;
    let (left, top) = ((WIDTH - side) / 2, (HEIGHT - side) / 2);
    let mut y_plane = vec![255u8; WIDTH * HEIGHT];
    for y in 0..side {
        for x in 0..side {
            if code[(x / scale, y / scale)] == Color::Dark {
                y_plane[(top + y) * WIDTH + left + x] = 0;
            }
        }
    }
    y_plane
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [text, out] = args.as_slice() else {
        eprintln!("usage: qr_y4m TEXT OUT.y4m");
        return ExitCode::from(2);
    };
    let code = match QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("cannot draw that text as a QR code: {e:?}");
            return ExitCode::FAILURE;
        }
    };
    if code.width() + 2 * QUIET > HEIGHT {
        eprintln!("the QR code has too many modules ({}) for a {HEIGHT}-pixel frame", code.width());
        return ExitCode::FAILURE;
    }
    let y_plane = luma(&code);
    // 4:2:0, full range (C420jpeg): grey has both chroma planes at 128.
    let chroma = vec![128u8; (WIDTH / 2) * (HEIGHT / 2) * 2];
    let mut video = format!("YUV4MPEG2 W{WIDTH} H{HEIGHT} F10:1 Ip A1:1 C420jpeg\n").into_bytes();
    for _ in 0..FRAMES {
        video.extend_from_slice(b"FRAME\n");
        video.extend_from_slice(&y_plane);
        video.extend_from_slice(&chroma);
    }
    if let Err(e) = std::fs::write(out, video) {
        eprintln!("{out}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
