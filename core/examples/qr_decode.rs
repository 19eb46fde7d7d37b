//! Prints the text of every QR code found in a PNG image, one per line; exits 1 when none.
//!
//! The browser tests screenshot the QR code the app shows and check, with the app's own
//! decoder (`hoctap_core::scan`, quircs), that it reads back as the exact share link:
//! `cargo run -p hoctap-core --example qr_decode -- shot.png`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: qr_decode IMAGE.png");
        return ExitCode::from(2);
    };
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut decoder = png::Decoder::new(std::io::BufReader::new(file));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = match decoder.read_info() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let Some(size) = reader.output_buffer_size() else { return ExitCode::from(2) };
    let mut buf = vec![0; size];
    let Ok(info) = reader.next_frame(&mut buf) else { return ExitCode::from(2) };
    let channels = info.color_type.samples();
    let (w, h) = (info.width as usize, info.height as usize);
    let luma = |x: usize, y: usize| -> u8 {
        let p = &buf[(y * w + x) * channels..];
        match channels {
            1 | 2 => p[0],
            // Transparent pixels count as white paper.
            _ if channels == 4 && p[3] < 128 => 255,
            _ => ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000) as u8,
        }
    };
    let texts = hoctap_core::scan::qr_texts(w, h, luma);
    if texts.is_empty() {
        eprintln!("no readable QR code in {path}");
        return ExitCode::FAILURE;
    }
    for text in texts {
        println!("{text}");
    }
    ExitCode::SUCCESS
}
