//! Prints the poster code (`#p=…`) for the given fields, made by the real codec.
//!
//! `cargo run -p hoctap-core --example preset_code -- "Xã Tân Phú" "Thôn Đông Hưng" hard qd324-dan`
//! — the third argument is `hard` for a vùng khó khăn (anything else: not), the fourth, the
//! pack id, is optional. The texts are clipped as [`Preset::new`] does. The browser tests'
//! fixture (`tests/lib/fixtures.mjs`) was made with it.

use std::process::ExitCode;

use hoctap_core::preset::{encode, Preset};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [commune, place, hard, rest @ ..] = args.as_slice() else {
        eprintln!("usage: preset_code COMMUNE PLACE hard|no [PACK_ID]");
        return ExitCode::from(2);
    };
    let preset = Preset::new(commune, place, hard == "hard", rest.first().map(String::as_str));
    if let Err(e) = preset.validate() {
        eprintln!("not a valid preset: {e}");
        return ExitCode::from(1);
    }
    println!("{}", encode(&preset));
    ExitCode::SUCCESS
}
