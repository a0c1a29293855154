//! Static markup built as text for the charts and tables of the results that arrive later (the
//! years, the sensitivity): many small elements, inserted once with `Html::from_html_unchecked`.
//! Every text is escaped; attributes hold only the project's own names and whole numbers.

/// Markup written as text, with every text escaped.
pub struct Markup(pub String);

impl Markup {
    /// Opens `tag` with `attrs` (already escaped: only our own names and numbers).
    pub fn open(&mut self, tag: &str, attrs: &str) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        if !attrs.is_empty() {
            self.0.push(' ');
            self.0.push_str(attrs);
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// `text` escaped for an attribute's value in double quotes.
    pub fn attr(text: &str) -> String {
        let mut m = Markup(String::with_capacity(text.len()));
        m.text(text);
        m.0
    }

    /// `<tag attrs>text</tag>`.
    pub fn el(&mut self, tag: &str, attrs: &str, text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }
}

/// A "nice" step for about `n` ticks over `span`: 1, 2 or 5 times a power of ten.
pub fn nice_step(span: f64, n: f64) -> f64 {
    let raw = (span / n).max(1.0);
    let mag = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag)
}

/// A coordinate, whole: the charts' frame is 640 units wide, so a unit is finer than a pixel on
/// a phone. Written as an integer, as the page writes no float with Rust's own formatting (its
/// code would cost the shipped page about 15 KB).
pub fn c(x: f64) -> i64 {
    x.round() as i64
}

/// A table in a scrolling region a keyboard can reach (the table may be wider than a phone), its
/// caption above the region so that it never scrolls out of view, its first column sticky.
pub fn open_table(m: &mut Markup, id: &str, caption: &str, heads: &[String]) {
    m.el(
        "p",
        &format!(r#"class="table-caption" id="{id}-caption""#),
        caption,
    )
    .open(
        "div",
        &format!(
            r#"class="table-scroll" role="region" tabindex="0" aria-labelledby="{id}-caption""#
        ),
    )
    .open(
        "table",
        &format!(
            r#"class="years-table" id="{id}" data-testid="{id}" aria-labelledby="{id}-caption""#
        ),
    )
    .open("thead", "")
    .open("tr", "");
    for h in heads {
        m.el("th", r#"scope="col""#, h);
    }
    m.close("tr").close("thead");
}

/// A row: its heading cell and its cells.
pub fn row(m: &mut Markup, class: &str, head: &str, cells: impl Iterator<Item = String>) {
    m.open(
        "tr",
        &if class.is_empty() {
            String::new()
        } else {
            format!(r#"class="{class}""#)
        },
    )
    .el("th", r#"scope="row""#, head);
    for c in cells {
        m.el("td", "", &c);
    }
    m.close("tr");
}
