//! The browser's clock, in the forms the screens need.

/// Milliseconds since the epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The current year.
pub fn this_year() -> u16 {
    js_sys::Date::new_0().get_full_year() as u16
}

/// Today as `yyyy-mm-dd` (UTC), for the names of saved files.
pub fn today() -> String {
    let iso = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    iso.get(..10).unwrap_or("").to_string()
}

/// `ms` as `dd/mm/yyyy hh:mm` in the phone's time zone.
pub fn local_date_time(ms: u64) -> String {
    let d = js_sys::Date::new(&(ms as f64).into());
    format!(
        "{:02}/{:02}/{} {:02}:{:02}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// Marks a moment in the browser's performance timeline (the benchmark scripts read it).
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}
