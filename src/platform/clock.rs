//! The browser's clock, in the forms the screens need.

/// Milliseconds since the epoch.
pub fn now_ms() -> u64 {
    if super::AT_BUILD {
        let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
        return since.map_or(0, |d| d.as_millis() as u64);
    }
    js_sys::Date::now() as u64
}

/// The current year.
pub fn this_year() -> u16 {
    if super::AT_BUILD {
        // The build's year, near enough: the app puts the phone's year in once it runs.
        return (1970 + now_ms() / 31_556_952_000) as u16;
    }
    js_sys::Date::new_0().get_full_year() as u16
}

/// Today as days since 1970-01-01 (UTC): the day a report is made.
pub fn day() -> u32 {
    (now_ms() / 86_400_000) as u32
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
    if super::AT_BUILD {
        return;
    }
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}
