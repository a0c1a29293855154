//! "Over årene": the projection of the active scenario, as sentences per party, the
//! counterfactual it assumes, a yearly table, a chart of each party's running total and one of
//! the persons by status, each chart with its table. The charts are inline SVG drawn here: sizes
//! and places are attributes, colours come from the style sheet, so the strict CSP holds.

use crate::app::config::Reader;
use crate::components::markup::{c, nice_step, open_table, row, Markup};
use crate::locale::format;
use crate::model::projection::{Party, Projected};
use crate::model::{GroupKind, Scenario};
use crate::text::{t, years as text, Lang, Pair};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`YearsSection`].
#[derive(Properties, PartialEq, Clone)]
pub struct YearsProps {
    /// Interface language.
    pub lang: Lang,
    /// The scenario projected (for what it holds: participants, a department).
    pub scenario: Rc<Scenario>,
    /// The last projection that arrived, and whether it belongs to the current inputs.
    pub projection: Option<(Rc<Projected>, bool)>,
    /// Whether the inputs have errors (else a projection not current is on its way).
    pub errors: bool,
    /// Who reads the results: their party comes first.
    pub reader: Option<Reader>,
}

/// The parties in the reader's order.
fn order(reader: Option<Reader>) -> [Party; 5] {
    use Party::*;
    match reader {
        Some(Reader::Company) => [Company, SocialEnterprise, Kommune, Stat, PublicTotal],
        Some(Reader::SocialEnterprise) => [SocialEnterprise, Company, Kommune, Stat, PublicTotal],
        Some(Reader::Municipality) => [Kommune, Stat, PublicTotal, Company, SocialEnterprise],
        None => Party::ALL,
    }
}

/// The style class of a party's line, bar and swatch.
fn class(p: Party) -> &'static str {
    match p {
        Party::Company => "series-company",
        Party::SocialEnterprise => "series-se",
        Party::Kommune => "series-kommune",
        Party::Stat => "series-stat",
        Party::PublicTotal => "series-public",
    }
}

/// The projection over years.
#[component]
pub fn YearsSection(p: &YearsProps) -> Html {
    let lang = p.lang;
    let has_participants = p.scenario.has(GroupKind::Participant);
    // The markup is built again only when what it shows changes, not on every keystroke.
    let key = p
        .projection
        .as_ref()
        .map(|(y, current)| (Rc::as_ptr(y) as usize, *current || !p.errors));
    let markup = {
        let projection = p.projection.clone();
        use_memo(
            (lang, key, p.reader, has_participants),
            move |(lang, _, reader, has)| {
                projection.map(|(y, _)| {
                    AttrValue::from(body(*lang, *has, &y, key.is_none_or(|k| k.1), *reader))
                })
            },
        )
    };
    let body = match markup.as_ref() {
        // With errors and no projection yet, none will come until they are fixed.
        None if p.errors => html! { <p class="card__note">{ t(lang, text::FIX_ERRORS) }</p> },
        None => html! { <p class="card__note" role="status">{ t(lang, text::COMPUTING) }</p> },
        Some(m) => Html::from_html_unchecked(m.clone()),
    };
    // While the next projection is on its way (typing has not paused yet), the last one stays,
    // marked by a dashed outline and `aria-busy`.
    let updating = !p.errors && p.projection.as_ref().is_some_and(|(_, current)| !current);
    html! {
        <section class={classes!("years", updating.then_some("years--updating"))} id="years"
            aria-labelledby="years-section-title" aria-busy={updating.then_some("true")}>
            <h2 class="years__title" id="years-section-title">{ t(lang, text::TITLE) }</h2>
            <p class="card__note">{ t(lang, text::INTRO) }</p>
            <div class="years__body">{ body }</div>
        </section>
    }
}

fn body(
    lang: Lang,
    has_participants: bool,
    y: &Projected,
    current: bool,
    reader: Option<Reader>,
) -> String {
    let se_exists = y.rows.iter().any(|r| r.social_enterprise.is_some());
    let shown: Vec<Party> = order(reader)
        .into_iter()
        .filter(|p| *p != Party::SocialEnterprise || se_exists)
        .collect();
    let mut m = Markup(String::with_capacity(16_000));
    if !current {
        m.el(
            "p",
            r#"class="card__note card__note--stale" role="status""#,
            t(lang, text::STALE),
        );
    }
    m.open(
        "ul",
        r#"class="years__verdicts" data-testid="years-verdicts""#,
    );
    for p in &shown {
        let attrs = format!(r#"class="years__verdict {}""#, class(*p));
        m.el("li", &attrs, &text::sentence(lang, y.party(*p), y.years));
    }
    if !se_exists {
        m.el("li", r#"class="years__verdict""#, t(lang, text::NO_SE_YET));
    }
    m.close("ul");
    if has_participants {
        m.open(
            "aside",
            r#"class="years__counterfactual" aria-labelledby="counterfactual-title""#,
        )
        .el(
            "h3",
            r#"id="counterfactual-title""#,
            t(lang, text::COUNTERFACTUAL_TITLE),
        )
        .el("p", "", &text::counterfactual(lang, &y.counterfactual));
        if y.counterfactual.otherwise_fp > 0.0 {
            let pv = y.party(Party::Kommune).present_value;
            let text = text::without_fp(
                lang,
                pv,
                y.kommune_without_fp.present_value,
                y.counterfactual.otherwise_fp,
            );
            m.el("p", r#"data-testid="without-fp""#, &text);
        }
        m.close("aside");
    }
    money_table(&mut m, lang, y, &shown);
    m.el("p", r#"class="card__note""#, t(lang, text::POSITIVE_NOTE));
    if has_participants {
        m.el("p", r#"class="card__note""#, t(lang, text::YEAR_ONE));
    }
    cumulative_chart(&mut m, lang, y, &shown);
    if has_participants {
        persons_chart(&mut m, lang, y);
        persons_table(&mut m, lang, y);
    }
    m.open("ul", r#"class="years__notes""#);
    // The first two notes are about places and persons: only where there are places.
    let skip = if has_participants { 0 } else { 2 };
    for n in text::NOTES.iter().skip(skip) {
        m.el("li", "", t(lang, *n));
    }
    m.close("ul");
    m.0
}

fn money_table(m: &mut Markup, lang: Lang, y: &Projected, parties: &[Party]) {
    let kr =
        |v: Option<f64>| v.map_or_else(|| t(lang, text::NONE).to_string(), |v| format::kr(lang, v));
    let mut heads = vec![t(lang, text::YEAR).to_string()];
    heads.extend(parties.iter().map(|p| text::party(lang, *p).to_string()));
    open_table(
        m,
        "years-table",
        &text::table_caption(lang, y.discount_rate),
        &heads,
    );
    m.open("tbody", "");
    for r in &y.rows {
        let mut head = text::year(lang, r.year);
        if r.department_months > 0 && parties.contains(&Party::SocialEnterprise) {
            head = format!(
                "{head} ({})",
                text::department_months(lang, r.department_months)
            );
        }
        row(m, "", &head, parties.iter().map(|p| kr(r.of(*p))));
    }
    m.close("tbody").open("tfoot", "");
    let series = |p: &Party| y.party(*p);
    row(
        m,
        "years-table__total",
        t(lang, text::TOTAL),
        parties
            .iter()
            .map(|p| kr(series(p).cumulative.last().copied())),
    );
    row(
        m,
        "years-table__pv",
        t(lang, text::PRESENT_VALUE),
        parties.iter().map(|p| kr(Some(series(p).present_value))),
    );
    row(
        m,
        "years-table__positive",
        t(lang, text::POSITIVE_FROM),
        parties
            .iter()
            .map(|p| text::positive_cell(lang, series(p).positive_from, y.years)),
    );
    row(
        m,
        "",
        t(lang, text::LASTING),
        parties.iter().map(|p| kr(series(p).last_year)),
    );
    m.close("tfoot").close("table").close("div");
}

/// The chart's frame: width, height and margins in SVG units.
const W: f64 = 640.0;
const H: f64 = 400.0;
const LEFT: f64 = 112.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 44.0;
const BOTTOM: f64 = 62.0;
/// The baseline of the years' numbers under the plot, and of the axis's name under them.
const TICK_ROW: f64 = H - BOTTOM + 24.0;
const AXIS_ROW: f64 = H - 6.0;

/// An SVG chart's opening: the figure, the SVG with its title and text description.
fn open_chart(m: &mut Markup, id: &str, title: &str, desc: &str) {
    m.open("figure", &format!(r#"class="chart" data-testid="{id}""#))
        .open(
            "svg",
            &format!(r#"viewBox="0 0 {} {}" role="img" aria-labelledby="{id}-title {id}-desc" class="chart__svg" xmlns="http://www.w3.org/2000/svg""#, c(W), c(H)),
        )
        .el("title", &format!(r#"id="{id}-title""#), title)
        .el("desc", &format!(r#"id="{id}-desc""#), desc);
}

/// A horizontal grid line at `y` with its label.
fn grid(m: &mut Markup, y: f64, label: &str, zero: bool) {
    let class = if zero { "chart__zero" } else { "chart__grid" };
    let (x1, x2, at) = (c(LEFT), c(W - RIGHT), c(y));
    m.open(
        "line",
        &format!(r#"class="{class}" x1="{x1}" x2="{x2}" y1="{at}" y2="{at}""#),
    )
    .close("line");
    tick(m, LEFT - 6.0, y + 4.0, "end", label);
}

fn tick(m: &mut Markup, x: f64, y: f64, anchor: &str, label: &str) {
    let (x, y) = (c(x), c(y));
    m.el(
        "text",
        &format!(r#"class="chart__tick" x="{x}" y="{y}" text-anchor="{anchor}""#),
        label,
    );
}

/// The chart's closing: the year axis's name (left of the first year), the legend (a line's
/// sample with its dash for a line chart, a swatch for bars) and where its figures are.
fn close_chart(m: &mut Markup, lang: Lang, legend: &[(&str, &str)], lines: bool, table: Pair) {
    let (x, y) = (c(LEFT - 6.0), c(AXIS_ROW));
    m.el(
        "text",
        &format!(r#"class="chart__axis" x="{x}" y="{y}" text-anchor="end""#),
        t(lang, text::YEAR),
    )
    .close("svg")
    .open("figcaption", "")
    .open("ul", r#"class="chart__legend""#);
    for (class, name) in legend {
        m.open("li", &format!(r#"class="{class}""#));
        if lines {
            m.open(
                "svg",
                r#"class="chart__key" viewBox="0 0 28 10" aria-hidden="true""#,
            )
            .open(
                "line",
                r#"class="chart__line" x1="0" x2="28" y1="5" y2="5""#,
            )
            .close("line")
            .close("svg");
        } else {
            m.open("span", r#"class="chart__swatch" aria-hidden="true""#)
                .close("span");
        }
        m.text(name).close("li");
    }
    m.close("ul")
        .el("p", r#"class="chart__table-note""#, t(lang, table))
        .close("figcaption")
        .close("figure");
}

fn cumulative_chart(m: &mut Markup, lang: Lang, y: &Projected, parties: &[Party]) {
    let years = y.years as usize;
    let values: Vec<(Party, Vec<f64>)> = parties
        .iter()
        .map(|p| {
            let mut v = vec![0.0];
            v.extend(y.party(*p).cumulative.iter().copied());
            (*p, v)
        })
        .collect();
    let all = values.iter().flat_map(|(_, v)| v.iter().copied());
    let (lo, hi) = all.fold((0.0f64, 0.0f64), |(a, b), v| (a.min(v), b.max(v)));
    let step = nice_step(hi - lo, 5.0);
    let lo = (lo / step).floor() * step;
    let hi = ((hi / step).ceil() * step).max(lo + step);
    let x = |i: usize| LEFT + (W - LEFT - RIGHT) * i as f64 / years.max(1) as f64;
    let yv = |v: f64| TOP + (H - TOP - BOTTOM) * (hi - v) / (hi - lo);
    let last: Vec<(Party, f64)> = values
        .iter()
        .map(|(p, v)| (*p, v.last().copied().unwrap_or(0.0)))
        .collect();
    open_chart(
        m,
        "cumulative-chart",
        t(lang, text::CUMULATIVE_TITLE),
        &text::cumulative_desc(lang, &last, y.years),
    );
    // The amounts' unit, above the axis's numbers.
    let (ux, uy) = (c(LEFT - 6.0), c(TOP - 22.0));
    m.el(
        "text",
        &format!(r#"class="chart__axis" x="{ux}" y="{uy}" text-anchor="end""#),
        t(lang, text::KR),
    );
    for k in 0..=((hi - lo) / step).round() as i64 {
        let v = lo + k as f64 * step;
        grid(m, yv(v), &format::number(lang, v, 0, 0), v == 0.0);
    }
    for i in 0..=years {
        tick(m, x(i), TICK_ROW, "middle", &i.to_string());
    }
    for (p, v) in &values {
        let points: Vec<String> = v
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{},{}", c(x(i)), c(yv(*v))))
            .collect();
        m.open("g", &format!(r#"class="chart__series {}""#, class(*p)))
            .open(
                "polyline",
                &format!(r#"class="chart__line" points="{}""#, points.join(" ")),
            )
            .close("polyline");
        for (i, v) in v.iter().enumerate() {
            m.open(
                "circle",
                &format!(
                    r#"class="chart__dot" cx="{}" cy="{}" r="4""#,
                    c(x(i)),
                    c(yv(*v))
                ),
            )
            .close("circle");
        }
        m.close("g");
    }
    let legend: Vec<(&str, &str)> = parties
        .iter()
        .map(|p| (class(*p), text::party(lang, *p)))
        .collect();
    close_chart(m, lang, &legend, true, text::TABLE_ABOVE);
}

/// The persons of a year's end by state, in the order of [`text::STATES`].
fn states(r: &crate::model::YearFigures) -> [f64; 6] {
    let p = &r.persons;
    [
        p.course,
        p.flex_via_se,
        p.flex_elsewhere,
        p.ordinary,
        p.ledighedsydelse,
        p.without_job,
    ]
}

const STATE_CLASSES: [&str; 6] = [
    "state-course",
    "state-flex-se",
    "state-flex-else",
    "state-ordinary",
    "state-ly",
    "state-without",
];

fn persons_chart(m: &mut Markup, lang: Lang, y: &Projected) {
    let n = y.rows.len().max(1);
    let top = y
        .rows
        .iter()
        .map(|r| states(r).iter().sum::<f64>())
        .fold(0.0f64, f64::max);
    let step = nice_step(top, 4.0).max(1.0);
    let hi = ((top / step).ceil() * step).max(step);
    let band = (W - LEFT - RIGHT) / n as f64;
    let yv = |v: f64| TOP + (H - TOP - BOTTOM) * (hi - v) / hi;
    open_chart(
        m,
        "persons-chart",
        t(lang, text::PERSONS_TITLE),
        &text::persons_desc(lang, y.years),
    );
    for k in 0..=(hi / step).round() as i64 {
        let v = k as f64 * step;
        grid(m, yv(v), &format::number(lang, v, 0, 1), false);
    }
    for (i, r) in y.rows.iter().enumerate() {
        let x0 = LEFT + band * i as f64 + band * 0.2;
        let w = band * 0.6;
        let mut base = 0.0;
        for (v, class) in states(r).iter().zip(STATE_CLASSES) {
            let (y1, y2) = (yv(base + v), yv(base));
            base += v;
            m.open(
                "rect",
                &format!(
                    r#"class="chart__bar {class}" x="{}" width="{}" y="{}" height="{}""#,
                    c(x0),
                    c(w),
                    c(y1),
                    c(y2) - c(y1)
                ),
            )
            .close("rect");
        }
        tick(m, x0 + w / 2.0, TICK_ROW, "middle", &r.year.to_string());
    }
    let legend: Vec<(&str, &str)> = text::STATES
        .iter()
        .zip(STATE_CLASSES)
        .map(|(s, c)| (c, t(lang, *s)))
        .collect();
    close_chart(m, lang, &legend, false, text::TABLE_BELOW);
}

fn persons_table(m: &mut Markup, lang: Lang, y: &Projected) {
    let external = y.rows.iter().any(|r| r.persons.external > 0.0);
    let n = |v: f64| format::number(lang, v, 1, 1);
    let mut heads = vec![t(lang, text::YEAR).to_string()];
    heads.extend(text::STATES.iter().map(|s| t(lang, *s).to_string()));
    if external {
        heads.push(t(lang, text::EXTERNAL).to_string());
    }
    heads.push(t(lang, text::ENTRIES).to_string());
    heads.push(t(lang, text::COVERAGE).to_string());
    open_table(m, "persons-table", t(lang, text::PERSONS_CAPTION), &heads);
    m.open("tbody", "");
    for r in &y.rows {
        let mut cells: Vec<String> = states(r).iter().map(|v| n(*v)).collect();
        if external {
            cells.push(n(r.persons.external));
        }
        cells.push(n(r.job_entries));
        cells.push(r.coverage.map_or_else(
            || t(lang, text::NONE).to_string(),
            |c| format::percent_with(lang, c, 1, 1),
        ));
        row(m, "", &text::year(lang, r.year), cells.into_iter());
    }
    m.close("tbody").close("table").close("div");
}
