//! How the report page's own value is kept: the plans per thôn, the reports received and the
//! name reports are sent under, in one localStorage value apart from the chi hội's tally
//! (which the report page only reads).
//!
//! `{"schema":1,"reports":{"lang":"vi","unit":"Xã Tân Phú","plans":[{"p":"Thôn Đông","y":2026,
//! "a":412,"t":60}],"received":["REPORT CODE",…]}}` (`"t":null`: no target given yet). Each received report is stored as its code and
//! read back through the same strict decoder as a link; reading follows `crate::storage`'s
//! rules (never panics, never guesses; damaged or newer values are errors the shell backs up).

use miniserde::json::{self, Value};
use miniserde::Serialize;

use super::{code, Plan, Received, NAME_MAX, PLACE_ADULTS_MAX};
use crate::answers::{clip, Lang};
use crate::share::ShareError;
use crate::storage::{envelope, int, lang, list, obj, optional, text, LoadError, Saved};

/// Everything the report page keeps on the device.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reports {
    /// Interface language of the report page.
    pub lang: Lang,
    /// The name reports are sent under ("Hội Khuyến học xã Tân Phú"); empty until typed.
    pub unit: String,
    /// Adults and target per thôn, for the chi hội's own report.
    pub plans: Vec<Plan>,
    /// Reports received from the units below, for the roll-up.
    pub received: Vec<Received>,
}

/// The localStorage key of the report page's value.
pub const REPORTS_KEY: &str = "cdht.report";
/// Where an unreadable value is copied before anything else happens.
pub const REPORTS_BACKUP_KEY: &str = "cdht.report.backup";
/// The schema this build writes.
pub const REPORTS_SCHEMA: u32 = 1;

impl Reports {
    /// The name reports are sent under: the one typed on the report page, or else the chi
    /// hội's own name (`chi_hoi`).
    pub fn sender(&self, chi_hoi: &str) -> String {
        if self.unit.is_empty() { chi_hoi } else { &self.unit }.to_string()
    }
}

impl Saved for Reports {
    const KEY: &'static str = REPORTS_KEY;
    const BACKUP_KEY: &'static str = REPORTS_BACKUP_KEY;
    fn encode(&self) -> String {
        encode(self)
    }
    fn decode(raw: Option<&str>) -> Result<Self, LoadError> {
        decode(raw)
    }
    fn lang(&self) -> Lang {
        self.lang
    }
    fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }
    fn emptied(&self) -> Self {
        Reports { lang: self.lang, ..Reports::default() }
    }
}

#[derive(Serialize)]
struct PlanOut<'a> {
    p: &'a str,
    y: u16,
    a: u64,
    t: Option<u8>,
}

#[derive(Serialize)]
struct ReportsOut<'a> {
    lang: Lang,
    unit: &'a str,
    plans: Vec<PlanOut<'a>>,
    received: Vec<&'a str>,
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    schema: u32,
    reports: ReportsOut<'a>,
}

/// Serialises the value for storage.
pub fn encode(r: &Reports) -> String {
    json::to_string(&EnvelopeOut {
        schema: REPORTS_SCHEMA,
        reports: ReportsOut {
            lang: r.lang,
            unit: &r.unit,
            plans: r
                .plans
                .iter()
                .map(|p| PlanOut { p: &p.place, y: p.year, a: p.adults, t: p.percent })
                .collect(),
            received: r.received.iter().map(|x| x.code.as_str()).collect(),
        },
    })
}

/// Reads a stored value; `None` (nothing stored yet) gives an empty one.
pub fn decode(raw: Option<&str>) -> Result<Reports, LoadError> {
    let Some(raw) = raw else { return Ok(Reports::default()) };
    envelope(raw, REPORTS_SCHEMA, "reports", |reports| {
        // A report code from a newer app is the newer app's data, not damage.
        let newer = obj(reports).and_then(|o| match o.get("received") {
            Some(Value::Array(codes)) => codes.iter().find_map(|c| match c {
                Value::String(c) => match code::decode(c) {
                    Err(ShareError::UnknownFormat(v)) => Some(u32::from(v)),
                    _ => None,
                },
                _ => None,
            }),
            _ => None,
        });
        if let Some(v) = newer {
            return Err(LoadError::Newer(v));
        }
        read(reports).ok_or(LoadError::Damaged)
    })
}

fn read(v: &Value) -> Option<Reports> {
    let o = obj(v)?;
    let lang = lang(o)?;
    let plans = list(o, "plans", |v| {
        let o = obj(v)?;
        let plan = Plan {
            place: clip(&text(o, "p")?, NAME_MAX),
            year: int(o, "y")?,
            adults: int(o, "a")?,
            percent: optional(o, "t", |v| crate::storage::num(v).and_then(|n| u8::try_from(n).ok()))?,
        };
        (plan.percent.is_none_or(|p| p <= 100) && plan.adults <= PLACE_ADULTS_MAX).then_some(plan)
    })?;
    let received = list(o, "received", |v| {
        let Value::String(c) = v else { return None };
        // As for the tally's results: a code that does not decode is damage.
        Some(Received { report: code::decode(c).ok()?, code: c.clone() })
    })?;
    Some(Reports { lang, unit: clip(&text(o, "unit")?, NAME_MAX), plans, received })
}

#[cfg(test)]
mod tests {
    use super::super::of_tally;
    use super::*;

    fn sample() -> Reports {
        let plans = vec![
            Plan { place: "Thôn Đông".into(), year: 2026, adults: 412, percent: Some(60) },
            Plan { place: "Thôn Tây".into(), year: 2025, adults: 300, percent: None },
        ];
        let (r, _) = of_tally(&[], &[], 2026, "Chi hội thôn Đông", &plans, 20_000);
        Reports {
            lang: Lang::En,
            unit: "Hội Khuyến học xã Tân Phú".into(),
            received: vec![Received { code: code::encode(&r), report: r }],
            plans,
        }
    }

    #[test]
    fn round_trip_and_starting_over() {
        let r = sample();
        assert_eq!(decode(Some(&encode(&r))), Ok(r.clone()));
        assert_eq!(decode(None), Ok(Reports::default()));
        assert_eq!(r.emptied(), Reports { lang: Lang::En, ..Reports::default() });
        // Sent under the name typed here, or else the chi hội's.
        assert_eq!(
            (r.sender("Chi hội thôn Đông"), r.emptied().sender("Chi hội thôn Đông")),
            (r.unit.clone(), "Chi hội thôn Đông".into())
        );
    }

    #[test]
    fn damaged_and_newer_values_are_refused() {
        let good = encode(&sample());
        assert_eq!(decode(Some(&good.replace("\"schema\":1", "\"schema\":2"))), Err(LoadError::Newer(2)));
        for bad in [
            "",
            "[]",
            "{\"schema\":1}",
            &good[..good.len() - 3],
            &good.replace("\"t\":60", "\"t\":101"),
            &good.replacen("\"received\":[\"A", "\"received\":[\"B", 1),
            &good.replace("\"schema\":1", "\"schema\":0"),
            &good.replace("\"lang\":\"en\"", "\"lang\":\"fr\""),
        ] {
            assert_eq!(decode(Some(bad)), Err(LoadError::Damaged), "{bad}");
        }
        // A report code from a newer app: the value is a newer app's, not damaged (an older
        // tab must not offer to start over).
        let code = &sample().received[0].code;
        let mut body = crate::share::from_base64(code).unwrap();
        body.truncate(body.len() - 4);
        body[0] = code::FORMAT + 1;
        let newer = good.replacen(code.as_str(), &crate::share::sealed(&body), 1);
        assert_eq!(decode(Some(&newer)), Err(LoadError::Newer(u32::from(code::FORMAT) + 1)));
    }
}
