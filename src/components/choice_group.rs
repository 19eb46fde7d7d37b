//! A list of big radio choices: the accessible base of the questionnaire (real
//! `<input type="radio">` in a `<fieldset>` with a `<legend>`, so screen readers and
//! keyboards work without extra ARIA). Written as markup; the screen listens for `change`
//! on its container, so there is one handler, not one per choice.

use hoctap_core::markup::Markup;

/// One choice.
pub struct Choice<'a> {
    /// Value reported when chosen.
    pub value: String,
    /// Main line, large.
    pub title: &'a str,
    /// Second line, smaller; may be empty.
    pub detail: &'a str,
}

/// Writes a radio group named `name`; the choice whose value is `selected` starts checked.
pub fn choice_group(
    m: &mut Markup,
    name: &'static str,
    legend: &str,
    choices: &[Choice],
    selected: Option<&str>,
) {
    m.open("fieldset", &[("class", "choices")]).el("legend", "", legend);
    for c in choices {
        let id = format!("{name}-{}", c.value);
        m.open("label", &[("class", "choice"), ("for", &id)]);
        if selected == Some(c.value.as_str()) {
            m.open(
                "input",
                &[("type", "radio"), ("id", &id), ("name", name), ("value", &c.value), ("checked", "")],
            );
        } else {
            m.open("input", &[("type", "radio"), ("id", &id), ("name", name), ("value", &c.value)]);
        }
        m.open("span", &[("class", "choice-text")]).el("span", "choice-title", c.title);
        if !c.detail.is_empty() {
            m.el("span", "choice-detail", c.detail);
        }
        m.close("span").close("label");
    }
    m.close("fieldset");
}
