//! "Câu 3/10" with a bar.

use hoctap_core::markup::Markup;

use crate::i18n::{fill, Text};

/// Where the person is in the questionnaire: question `n` (1-based) of `total`.
pub fn progress(m: &mut Markup, t: &Text, n: usize, total: usize) {
    let label = fill(t.progress, &[("n", &n), ("total", &total)]);
    let (n, total) = (n.to_string(), total.to_string());
    m.open("div", &[("class", "progress")]).el("span", "", &label);
    m.open("progress", &[("max", &total), ("value", &n), ("aria-label", &label)]).close("progress");
    m.close("div");
}
