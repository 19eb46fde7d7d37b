//! Screens addressed by the URL fragment, so `dist/` works from any static host or
//! sub-path with no server rewrites, and share data after `#` never reaches a server.

/// What starts the fragment of a share link (`#r=CODE`, see `crate::share::link`).
pub(crate) const SHARED_KEY: &str = "r=";
/// What starts the fragment of a result handed to the chi hội page (`chihoi.html#add=CODE`).
pub(crate) const ADD_KEY: &str = "add=";
/// The chi hội page, next to the resident page (`index.html`) wherever the app is deployed.
pub const TALLY_PAGE: &str = "chihoi.html";

/// The relative link that hands a share code to the chi hội page ("Thêm vào danh sách chi hội").
pub fn add_to_tally(code: &str) -> String {
    format!("{TALLY_PAGE}#{ADD_KEY}{code}")
}

/// A screen the fragment names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `#` or `#/`: the start screen, or the open assessment.
    Home,
    /// `#/start`: choose a group and begin a new assessment.
    Start,
    /// `#/q/N`: question N (stored 0-based, shown 1-based).
    Question(usize),
    /// `#/result`: the result of the open assessment.
    Result,
    /// `#/people`: every assessment on this device (a volunteer's residents).
    People,
    /// `#/display`: text size and contrast.
    Display,
    /// `#r=CODE`: a shared result, read-only.
    Shared(String),
    /// `#p=CODE`: the start screen filled in from a chi hội's poster (`crate::preset`).
    Preset(String),
    /// Anything else: treated as home, so an old or mistyped link still opens the app.
    Unknown,
}

/// The code at the start of `text`: its longest run of base64url characters, the only ones a
/// code of ours has. Chat apps paste links with what follows them ("….", "…)", "… xem nhé",
/// "…%20"); the code stops where they begin (and its checksum still catches a cut one). Text
/// that does not start with a code is kept whole, so it is reported as not ours, not as empty.
pub fn code_at_start(text: &str) -> &str {
    match text.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')) {
        Some(0) | None => text,
        Some(end) => &text[..end],
    }
}

impl Route {
    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let h = hash.strip_prefix('#').unwrap_or(hash);
        if let Some(rest) = h.strip_prefix(SHARED_KEY) {
            return Route::Shared(code_at_start(rest).to_string());
        }
        if let Some(rest) = h.strip_prefix("p=") {
            return Route::Preset(code_at_start(rest).to_string());
        }
        match h.trim_end_matches('/') {
            "" => Route::Home,
            "/start" => Route::Start,
            "/result" => Route::Result,
            "/people" => Route::People,
            "/display" => Route::Display,
            other => match other.strip_prefix("/q/").and_then(|n| n.parse::<usize>().ok()) {
                Some(n @ 1..=crate::pack::INDICATOR_COUNT) => Route::Question(n - 1),
                _ => Route::Unknown,
            },
        }
    }

    /// The fragment for this screen, with the leading `#`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home | Route::Unknown => "#/".into(),
            Route::Start => "#/start".into(),
            Route::Question(i) => format!("#/q/{}", i + 1),
            Route::Result => "#/result".into(),
            Route::People => "#/people".into(),
            Route::Display => "#/display".into(),
            Route::Shared(code) => format!("#{SHARED_KEY}{code}"),
            Route::Preset(code) => format!("#p={code}"),
        }
    }
}

/// A screen of the chi hội page (`chihoi.html`), named by its fragment like the resident
/// page's screens. Anything unknown opens the overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TallyRoute {
    /// `#/`: how many reached the title, by group and thôn; the weakest indicators.
    Overview,
    /// `#/add`: scan QR codes, paste links, import a file.
    Add,
    /// `#/list`: every result, with the chi hội's marks.
    List,
    /// `#/export`: the CSV file and the printed list proposed for the title.
    Export,
    /// `#/poster`: the A4 poster for the nhà văn hóa.
    Poster,
    /// `#add=CODE`: a result handed over by the resident page ("Thêm vào danh sách chi hội").
    AddLink(String),
}

impl TallyRoute {
    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> TallyRoute {
        let h = hash.strip_prefix('#').unwrap_or(hash);
        if let Some(rest) = h.strip_prefix(ADD_KEY) {
            return TallyRoute::AddLink(code_at_start(rest).to_string());
        }
        match h.trim_end_matches('/') {
            "/add" => TallyRoute::Add,
            "/list" => TallyRoute::List,
            "/export" => TallyRoute::Export,
            "/poster" => TallyRoute::Poster,
            _ => TallyRoute::Overview,
        }
    }

    /// The fragment for this screen, with the leading `#`.
    pub fn to_hash(&self) -> String {
        match self {
            TallyRoute::Overview => "#/".into(),
            TallyRoute::Add => "#/add".into(),
            TallyRoute::List => "#/list".into(),
            TallyRoute::Export => "#/export".into(),
            TallyRoute::Poster => "#/poster".into(),
            TallyRoute::AddLink(code) => format!("#{ADD_KEY}{code}"),
        }
    }
}

/// The report page (`baocao.html`): its own report or roll-up, or a report received.
pub const REPORT_PAGE: &str = "baocao.html";

/// A screen of the report page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportRoute {
    /// `#/` (or anything unknown): the yearly report, from results or from reports received.
    Home,
    /// `#bc=CODE`: a report received from a unit below, opened to read (and add).
    Opened(String),
}

impl ReportRoute {
    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> ReportRoute {
        let h = hash.strip_prefix('#').unwrap_or(hash);
        match h.strip_prefix(crate::report::code::LINK_KEY) {
            Some(rest) => ReportRoute::Opened(code_at_start(rest).to_string()),
            None => ReportRoute::Home,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_nonsense() {
        for r in [
            Route::Home,
            Route::Start,
            Route::Question(0),
            Route::Question(9),
            Route::Result,
            Route::People,
            Route::Display,
            Route::Shared("AbC-_".into()),
            Route::Preset("gQAKWM".into()),
            Route::Preset(String::new()),
        ] {
            assert_eq!(Route::parse(&r.to_hash()), r);
        }
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#/q/0"), Route::Unknown);
        assert_eq!(Route::parse("#/q/11"), Route::Unknown);
        assert_eq!(Route::parse("#/q/x"), Route::Unknown);
        assert_eq!(Route::parse("#/elsewhere"), Route::Unknown);
    }

    #[test]
    fn a_code_stops_where_a_chat_app_added_text() {
        for hash in
            ["#r=AbC-_9", "#r=AbC-_9.", "#r=AbC-_9)", "#r=AbC-_9%20xem%20nh%C3%A9", "#r=AbC-_9 xem nhé"]
        {
            assert_eq!(Route::parse(hash), Route::Shared("AbC-_9".into()), "{hash}");
        }
        assert_eq!(Route::parse("#p=gQAKWM,"), Route::Preset("gQAKWM".into()));
        assert_eq!(TallyRoute::parse("#add=AbC!"), TallyRoute::AddLink("AbC".into()));
        assert_eq!(ReportRoute::parse("#bc=AQE-_). xem nhé"), ReportRoute::Opened("AQE-_".into()));
        assert_eq!(ReportRoute::parse("#/"), ReportRoute::Home);
        assert_eq!(ReportRoute::parse(""), ReportRoute::Home);
        assert_eq!(code_at_start("<img src=x>"), "<img src=x>", "not a code of ours: kept, to be refused");
    }

    #[test]
    fn tally_routes_round_trip() {
        for r in [
            TallyRoute::Overview,
            TallyRoute::Add,
            TallyRoute::List,
            TallyRoute::Export,
            TallyRoute::Poster,
            TallyRoute::AddLink("AbC-_".into()),
        ] {
            assert_eq!(TallyRoute::parse(&r.to_hash()), r);
        }
        assert_eq!(TallyRoute::parse(""), TallyRoute::Overview);
        assert_eq!(TallyRoute::parse("#/q/3"), TallyRoute::Overview);
        let link = add_to_tally("AbC");
        let (page, hash) = link.split_once('#').unwrap_or_default();
        assert_eq!((page, TallyRoute::parse(hash)), (TALLY_PAGE, TallyRoute::AddLink("AbC".into())));
    }
}
