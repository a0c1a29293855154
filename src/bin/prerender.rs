//! Renders the calculator to static HTML at build time with Yew's server renderer, so the shipped
//! page shows the complete calculator with its results before any script runs (and without
//! JavaScript at all). `scripts/postbuild.mjs` runs it on every release build; the browser then
//! brings the page to life in place (`partnerskabsberegneren::start`).
//!
//! ```text
//! prerender INDEX              the default start (Danish, the joint model, the rates of the
//!                              build's year) into INDEX's <div id="app">
//! prerender --every OUT INDEX  OUT/<lang>-<model>.html for every model in both languages
//!                              (the end-to-end test brings each to life in Chromium)
//! ```
//!
//! The rendered `#app` carries the start it stands for (`data-prerendered`); the page hydrates
//! only a start that is the very same, and replaces the rendered page for any other.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [index] => render_default(index),
        [flag, out, index] if flag == "--every" => render_every(out, index),
        _ => Err("usage: prerender INDEX | prerender --every OUT INDEX".to_string()),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod build {
    use super::StartConfig;
    use partnerskabsberegneren::browser::prerendered::{APP_ID, KEY_ATTRIBUTE};
    use partnerskabsberegneren::locale::CivilDate;

    /// The build's date: `SOURCE_DATE_EPOCH` when set (reproducible builds), else the clock.
    pub fn today() -> CivilDate {
        let seconds = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| i64::try_from(d.as_secs()).unwrap_or(0))
                    .unwrap_or(0)
            });
        civil_from_days(seconds.div_euclid(86_400))
    }

    /// The calendar date of a day counted from 1970-01-01 (H. Hinnant's `civil_from_days`).
    fn civil_from_days(days: i64) -> CivilDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        CivilDate {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }

    /// The calendar years whose rates are `rate_year`'s ("2026-": from 2026 on; "2025-2025"),
    /// for `assets/before-paint.js`: in any other year the rendered figures are not this year's.
    fn calendar_years(rate_year: u16) -> String {
        let mut last = rate_year;
        while last < rate_year.saturating_add(100) {
            if StartConfig::rate_year_for(last + 1) != rate_year {
                return format!("{rate_year}-{last}");
            }
            last += 1;
        }
        format!("{rate_year}-")
    }

    /// `index` with `config`'s page inside its `<div id="app">` (the last element of the body,
    /// empty or rendered before).
    pub fn place(index: &str, config: StartConfig) -> Result<String, String> {
        let key = config
            .prerender_key()
            .ok_or("this start is not one a page can be rendered for")?;
        let open = index
            .find(&format!("<div id=\"{APP_ID}\""))
            .ok_or("no <div id=\"app\"> in the page")?;
        let body_end = index.rfind("</body>").ok_or("no </body> in the page")?;
        let close = index[..body_end]
            .rfind("</div>")
            .filter(|&c| c > open)
            .ok_or("no </div> closing #app")?;
        let years = calendar_years(config.rate_year);
        let html = partnerskabsberegneren::render_static(config);
        if !html.contains("id=\"results-title\"") {
            return Err("the rendered page holds no results".into());
        }
        // The years on <html> (replaced when rendered before), `#app` busy until the app is alive.
        let head = &index[..open];
        let html_tag = head.find("<html").ok_or("no <html> in the page")?;
        let tag_end = html_tag + head[html_tag..].find('>').ok_or("no end of <html>")?;
        let tag = &head[html_tag..tag_end];
        let tag = match tag.find(" data-prerendered-years=") {
            Some(at) => &tag[..at],
            None => tag,
        };
        Ok(format!(
            "{}{tag} data-prerendered-years=\"{years}\"{}<div id=\"{APP_ID}\" {KEY_ATTRIBUTE}=\"{key}\" aria-busy=\"true\">{html}{}",
            &head[..html_tag],
            &head[tag_end..],
            &index[close..]
        ))
    }
}

#[cfg(not(target_arch = "wasm32"))]
use partnerskabsberegneren::app::StartConfig;

#[cfg(not(target_arch = "wasm32"))]
fn render_default(index: &str) -> Result<(), String> {
    let page = std::fs::read_to_string(index).map_err(|e| format!("{index}: {e}"))?;
    let page = build::place(&page, StartConfig::visit(build::today()))?;
    std::fs::write(index, page).map_err(|e| format!("{index}: {e}"))
}

#[cfg(not(target_arch = "wasm32"))]
fn render_every(out: &str, index: &str) -> Result<(), String> {
    use partnerskabsberegneren::locale::Lang;
    use partnerskabsberegneren::model::PresetId;
    let page = std::fs::read_to_string(index).map_err(|e| format!("{index}: {e}"))?;
    std::fs::create_dir_all(out).map_err(|e| format!("{out}: {e}"))?;
    let base = StartConfig::visit(build::today());
    for lang in Lang::ALL {
        for &preset in PresetId::ALL {
            let config = StartConfig {
                lang,
                preset,
                ..base.clone()
            };
            let name = format!("{out}/{}-{}.html", lang.tag(), preset.key());
            let rendered = build::place(&page, config)?;
            std::fs::write(&name, rendered).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    Ok(())
}
