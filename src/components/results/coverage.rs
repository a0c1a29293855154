//! The headline: how far the socialpædagog is covered, with the surplus or gap and a gauge.

use super::working::{Lines, Shown};
use crate::app::Reader;
use crate::locale::format;
use crate::model::Line;
use crate::text::{results, t, Lang};
use yew::prelude::*;

/// Properties of [`CoverageCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct CoverageCardProps {
    /// Interface language.
    pub lang: Lang,
    /// The lines of the results, with their outcome and workings.
    pub lines: Lines,
    /// Who reads the results.
    #[prop_or_default]
    pub reader: Option<Reader>,
    /// Prefix of the ids inside.
    pub prefix: AttrValue,
}

/// The gauge's scale runs from 0 to this coverage (fraction).
const GAUGE_MAX: f64 = 1.5;

/// A half-circle gauge from 0 to 150 % with a mark at 100 %.
fn gauge(lang: Lang, ratio: Option<f64>) -> Html {
    // Whole percent of the arc, as an integer so no float formatting is needed.
    let filled = ratio.map_or(0, |r| {
        ((r / GAUGE_MAX).clamp(0.0, 1.0) * 100.0).round() as i64
    });
    let tone = match ratio {
        Some(r) if r >= 1.0 => "gauge__value--ok",
        Some(r) if r >= 0.8 => "gauge__value--near",
        _ => "gauge__value--short",
    };
    html! {
        <svg class="gauge" viewBox="0 0 200 112" aria-hidden="true" focusable="false">
            <path class="gauge__track" d="M20 100 A80 80 0 0 1 180 100" pathLength="100" />
            <path class={classes!("gauge__value", tone)} d="M20 100 A80 80 0 0 1 180 100" pathLength="100"
                stroke-dasharray={format!("{filled} 100")} />
            <line class="gauge__mark" x1="135" y1="39.4" x2="145" y2="22.1" />
            <text class="gauge__label" x="148" y="18">{ t(lang, results::GAUGE_MARK) }</text>
        </svg>
    }
}

/// The coverage headline card.
#[component]
pub fn CoverageCard(p: &CoverageCardProps) -> Html {
    let lang = p.lang;
    let lines = &p.lines;
    let c = &lines.outcome.coverage;
    let headline = match c.ratio {
        Some(r) => format::percent(lang, r),
        None => t(lang, results::NOT_APPLICABLE).to_string(),
    };
    let verdict = match c.ratio {
        None => t(lang, results::NOTHING_TO_COVER).to_string(),
        Some(_) if c.surplus >= 0.0 => {
            results::covered_with_surplus(lang, &format::kr(lang, c.surplus))
        }
        Some(_) => results::coverage_shortfall(lang, &format::kr(lang, -c.surplus)),
    };
    let title_id = format!("{}coverage-title", p.prefix);
    html! {
        <section class="card card--headline" aria-labelledby={title_id.clone()}>
            <h2 class="card__title" id={title_id}>{ t(lang, results::COVERAGE_TITLE) }</h2>
            <p class="card__note">{ t(lang, results::COVERAGE_MEANS) }</p>
            if matches!(p.reader, Some(Reader::Company | Reader::Municipality)) {
                <p class="card__note">{ t(lang, results::COVERAGE_WHOSE) }</p>
            }
            <div class="coverage">
                { gauge(lang, c.ratio) }
                <div class="coverage__text" aria-live="polite" aria-atomic="true">
                    <p class="coverage__value" data-testid="coverage">{ headline }</p>
                    <p class="coverage__verdict">{ verdict }</p>
                </div>
            </div>
            { lines.block(Line::Coverage, t(lang, results::HOW_COVERAGE)) }
            <dl class="sums">
                { lines.row(Line::Margin, Shown::AsIs, false) }
                { lines.row(Line::CourseRevenue, Shown::AsIs, false) }
                { lines.row(Line::MentorRevenue, Shown::AsIs, false) }
                { lines.row(Line::Funding, Shown::AsIs, true) }
                { lines.row_named(Line::SupportCost, Shown::AsIs, false,
                    Some(results::fte(lang, &format::number(lang, c.support_fte, 2, 2)))) }
            </dl>
        </section>
    }
}
