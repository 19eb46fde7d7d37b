//! Escaped HTML for the read-only documents of the app (the phiếu, the result summary).
//!
//! Why not framework views: a static document drawn once as a string costs a fraction of the
//! wasm that one typed view per element does, and the first load happens on slow networks.
//! Safety is by construction: tag and attribute *names* are `&'static str` (written in our
//! code), every *value* and every text passes through [`escape`], and the only raw markup
//! accepted is a [`Qr`] this crate drew. So user text (names, notes, thôn, anything from a
//! share link) can only ever become text, never markup.

use crate::qr::Qr;

/// A fragment of HTML being written.
#[derive(Debug, Default)]
pub struct Markup {
    out: String,
}

impl Markup {
    /// An empty fragment.
    pub fn new() -> Markup {
        Markup::default()
    }

    /// `<tag name="value"…>`.
    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) -> &mut Markup {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape(value, &mut self.out);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &'static str) -> &mut Markup {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Markup {
        escape(text, &mut self.out);
        self
    }

    /// `<tag class="class">text</tag>` (no class attribute when `class` is empty).
    pub fn el(&mut self, tag: &'static str, class: &str, text: &str) -> &mut Markup {
        if class.is_empty() {
            self.open(tag, &[]);
        } else {
            self.open(tag, &[("class", class)]);
        }
        self.text(text).close(tag)
    }

    /// A QR code's SVG, as drawn by [`crate::qr::qr_svg`].
    pub fn qr(&mut self, qr: &Qr) -> &mut Markup {
        self.out.push_str(&qr.svg);
        self
    }

    /// Adds a fragment written by another [`Markup`].
    pub fn append(&mut self, other: Markup) -> &mut Markup {
        self.out.push_str(&other.out);
        self
    }

    /// The HTML written so far.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Appends `text` with the five HTML-significant characters replaced by entities.
pub fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn unescape(s: &str) -> String {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    #[test]
    fn hostile_text_stays_text() {
        let mut m = Markup::new();
        m.open("p", &[("title", "\" onmouseover=\"alert(1)")])
            .text("<img src=x onerror=alert(1)></script>")
            .close("p");
        assert_eq!(
            m.finish(),
            "<p title=\"&quot; onmouseover=&quot;alert(1)\">&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;</p>"
        );
    }

    #[test]
    fn el_omits_an_empty_class() {
        let mut m = Markup::new();
        m.el("li", "", "Bà Tư").el("span", "pts", "8/10");
        assert_eq!(m.finish(), "<li>Bà Tư</li><span class=\"pts\">8/10</span>");
    }

    proptest! {
        #[test]
        fn any_text_round_trips_and_cannot_open_a_tag(s in any::<String>()) {
            let mut m = Markup::new();
            m.text(&s);
            let out = m.finish();
            prop_assert!(!out.contains('<') && !out.contains('>') && !out.contains('"'));
            prop_assert_eq!(unescape(&out), s);
        }

        #[test]
        fn any_attribute_value_stays_inside_its_quotes(s in any::<String>()) {
            let mut m = Markup::new();
            m.open("a", &[("href", &s)]);
            let out = m.finish();
            prop_assert_eq!(out.matches('"').count(), 2);
            prop_assert!(out.ends_with("\">"));
        }
    }
}
