//! The texts of "Over årene": the projection's sentences, its table, its charts and its notes.

use super::{fields, Lang, Pair};
use crate::locale::format;
use crate::model::projection::{Counterfactual, Party, PartySeries};

/// The section's heading.
pub const TITLE: Pair = ("Over årene", "Over the years");

/// Under the heading: what the section is.
pub const INTRO: Pair = (
    "Partnerskabet måned for måned: deltagere afslutter forløb, nogle får job, pladserne fyldes op igen. Tallene er forventede værdier i faste priser (satsårets niveau).",
    "The partnership month by month: participants finish their course, some take a job, places are filled again. The figures are expected values at fixed prices (the rate year's level).",
);

/// With errors in the inputs and no projection yet.
pub const FIX_ERRORS: Pair = (
    "Årene vises, når fejlene i indtastningerne er rettet.",
    "The years are shown once the errors in the inputs are fixed.",
);

/// While the projection of the current inputs is on its way.
pub const COMPUTING: Pair = ("Beregner årene …", "Working out the years…");

/// While the inputs have errors: the years shown belong to the last valid inputs.
pub const STALE: Pair = (
    "Tallene nedenfor bygger på de seneste gyldige indtastninger. Ret fejlene for at opdatere dem.",
    "The years below belong to the last valid figures. Fix the errors to see them for the new ones.",
);

/// The name of a party in the table and the charts.
pub fn party(lang: Lang, p: Party) -> &'static str {
    let (da, en) = match p {
        Party::Company => ("Virksomheden", "The company"),
        Party::SocialEnterprise => ("Den socialøkonomiske virksomhed", "The social enterprise"),
        Party::Kommune => ("Kommunen", "The municipality"),
        Party::Stat => ("Staten", "The state"),
        Party::PublicTotal => ("Det offentlige i alt", "The public sector in total"),
    };
    lang.pick(da, en)
}

/// Whose result a party's sentence speaks of ("Kommunens samlede resultat").
fn whose(lang: Lang, p: Party) -> &'static str {
    let (da, en) = match p {
        Party::Company => (
            "Virksomhedens samlede resultat",
            "The company's total result",
        ),
        Party::SocialEnterprise => (
            "Den socialøkonomiske virksomheds samlede resultat",
            "The social enterprise's total result",
        ),
        Party::Kommune => (
            "Kommunens samlede resultat",
            "The municipality's total result",
        ),
        Party::Stat => ("Statens samlede resultat", "The state's total result"),
        Party::PublicTotal => (
            "Det offentliges samlede resultat",
            "The public sector's total result",
        ),
    };
    lang.pick(da, en)
}

/// One party's sentence: when its discounted running total turns positive, or that it does not
/// within the horizon, with its present value.
pub fn sentence(lang: Lang, s: &PartySeries, years: u32) -> String {
    let pv = format::kr(lang, s.present_value);
    let who = whose(lang, s.party);
    let was_positive = s.discounted.iter().any(|v| *v > 0.0);
    let years_en = if years == 1 {
        "1 year".to_string()
    } else {
        format!("{years} years")
    };
    match (lang, s.positive_from) {
        (Lang::Da, None) if was_positive => format!("{who} er positivt undervejs, men ender under nul efter {years} år: {pv} i nutidsværdi."),
        (Lang::En, None) if was_positive => format!("{who} is positive along the way but ends below zero after {years_en}: {pv} in present value."),
        (Lang::Da, Some(1)) => {
            format!("{who} er positivt fra første år: {pv} i nutidsværdi over {years} år.")
        }
        (Lang::En, Some(1)) => format!(
            "{who} is positive from the first year: {pv} in present value over {years_en}."
        ),
        (Lang::Da, Some(y)) => {
            format!("{who} bliver positivt i år {y}: {pv} i nutidsværdi over {years} år.")
        }
        (Lang::En, Some(y)) => {
            format!("{who} turns positive in year {y}: {pv} in present value over {years_en}.")
        }
        (Lang::Da, None) => {
            format!("{who} bliver ikke positivt inden for {years} år: {pv} i nutidsværdi.")
        }
        (Lang::En, None) => {
            format!("{who} does not turn positive within {years_en}: {pv} in present value.")
        }
    }
}

/// A department's SE has no result of its own.
pub const NO_SE_YET: Pair = (
    "Den socialøkonomiske virksomhed har ikke sit eget resultat, så længe den er en afdeling; det indgår i virksomhedens.",
    "The social enterprise has no result of its own while it is a department: it is part of the company's.",
);

/// The note on what "positive" means and what it is not.
pub const POSITIVE_NOTE: Pair = (
    "»Positivt« betyder, at den løbende sum af nutidsværdierne er over nul fra det år og perioden ud. Det er ikke en tilbagebetalingstid: forløbene er en løbende udgift, ikke en engangsinvestering.",
    "\"Positive\" means that the running sum of present values is above zero from that year to the end of the period. It is not a payback time: the courses are a running cost, not a one-off investment.",
);

/// The heading of the counterfactual box.
pub const COUNTERFACTUAL_TITLE: Pair = (
    "Hvad de tidligere deltagere ellers ville have fået",
    "What the former participants would otherwise have drawn",
);

/// The counterfactual's shares, written out.
pub fn counterfactual(lang: Lang, c: &Counterfactual) -> String {
    let pct = |x: f64| format::percent_with(lang, x, 0, 1);
    let benefit = super::in_sentence(fields::rate_name(lang, c.benefit_rate));
    match lang {
        Lang::Da => format!(
            "Tallene antager, at {} af de tidligere deltagere, der er kommet i job, ellers ville have beholdt deres ydelse ({benefit}: {} om måneden), at {} ville være endt på førtidspension ({} om måneden for en enlig), og at {} ville have fået jobbet alligevel (dødvægt, regnes ikke med).",
            pct(c.otherwise_benefit),
            format::kr(lang, c.benefit),
            pct(c.otherwise_fp),
            format::kr(lang, c.foertidspension),
            pct(c.deadweight),
        ),
        Lang::En => format!(
            "The figures assume that {} of the former participants who found work would otherwise have kept their benefit ({benefit}: {} a month), {} would have ended on disability pension ({} a month for a single person), and {} would have got the job anyway (deadweight, not counted).",
            pct(c.otherwise_benefit),
            format::kr(lang, c.benefit),
            pct(c.otherwise_fp),
            format::kr(lang, c.foertidspension),
            pct(c.deadweight),
        ),
    }
}

/// The municipality's present value with no førtidspension share beside the chosen one.
pub fn without_fp(lang: Lang, with: f64, without: f64, share: f64) -> String {
    let share = format::percent_with(lang, share, 0, 1);
    let zero = format::percent_with(lang, 0.0, 0, 0);
    match lang {
        Lang::Da => format!(
            "Førtidspensionsandelen er den mest usikre antagelse. Sættes den til {zero}, er kommunens nutidsværdi {} (med {share}: {}).",
            format::kr(lang, without),
            format::kr(lang, with)
        ),
        Lang::En => format!(
            "The disability-pension share is the least certain assumption. Set to {zero}, the municipality's present value is {} (with {share}: {}).",
            format::kr(lang, without),
            format::kr(lang, with)
        ),
    }
}

/// The caption of the yearly table.
pub fn table_caption(lang: Lang, rate: f64) -> String {
    match lang {
        Lang::Da => format!(
            "Hver parts resultat år for år (kr., faste priser). Nutidsværdi med {} real diskonteringsrente, beløb ultimo året.",
            format::percent_with(lang, rate, 0, 2)
        ),
        Lang::En => format!(
            "Each party's result year by year (DKK, fixed prices). Present value at a real discount rate of {}, amounts at the end of each year.",
            format::percent_with(lang, rate, 0, 2)
        ),
    }
}

/// The first column's heading.
pub const YEAR: Pair = ("År", "Year");

/// A year's row heading.
pub fn year(lang: Lang, y: u32) -> String {
    format!("{} {y}", lang.pick("År", "Year"))
}

/// Marks a year in which the SE is a department for all or part of it.
pub fn department_months(lang: Lang, months: u32) -> String {
    match (lang, months) {
        (Lang::Da, 12) => "afdeling hele året".into(),
        (Lang::En, 12) => "department all year".into(),
        (Lang::Da, m) => format!("afdeling i {m} måneder, derefter selvstændig"),
        (Lang::En, m) => format!("department for {m} months, then separate"),
    }
}

/// The summary rows of the table.
pub const TOTAL: Pair = ("I alt", "Total");
/// The present value row.
pub const PRESENT_VALUE: Pair = ("Nutidsværdi", "Present value");
/// The row of the year each turns positive.
pub const POSITIVE_FROM: Pair = ("Positivt fra", "Positive from");
/// The last year's figure: the lasting effect.
pub const LASTING: Pair = ("Varig effekt (sidste år)", "Lasting effect (last year)");

/// The year a party turns positive, in a table cell.
pub fn positive_cell(lang: Lang, from: Option<u32>, years: u32) -> String {
    match (lang, from) {
        (Lang::Da, Some(y)) => format!("år {y}"),
        (Lang::En, Some(y)) => format!("year {y}"),
        (Lang::Da, None) => format!("ikke inden for {years} år"),
        (Lang::En, None) => format!("not within {years} years"),
    }
}

/// A cell with no figure (the SE while a department).
pub const NONE: Pair = ("–", "–");

/// The cumulative chart's title and description.
pub const CUMULATIVE_TITLE: Pair = (
    "Hver parts samlede resultat år for år",
    "Each party's running total year by year",
);
/// The cumulative chart's text description.
pub fn cumulative_desc(lang: Lang, lines: &[(Party, f64)], years: u32) -> String {
    let each: Vec<String> = lines
        .iter()
        .map(|(p, v)| format!("{} {}", party(lang, *p), format::kr(lang, *v)))
        .collect();
    // The amounts end in "kr." already: no second full stop after the list.
    let each = each.join(", ");
    let each = each.strip_suffix('.').unwrap_or(&each);
    match lang {
        Lang::Da => format!(
            "Linjediagram over den løbende sum af hver parts resultat i kr. fra år 0 til år {years}. Efter {years} år: {each}. Tallene står i tabellen ovenfor."
        ),
        Lang::En => format!(
            "Line chart of each party's running total in DKK from year 0 to year {years}. After {years} years: {each}. The figures are in the table above."
        ),
    }
}

/// The persons chart's title.
pub const PERSONS_TITLE: Pair = (
    "Hvor deltagerne er ved årets udgang",
    "Where the participants are at the end of each year",
);

/// The persons chart's text description.
pub fn persons_desc(lang: Lang, years: u32) -> String {
    match lang {
        Lang::Da => format!("Stablet søjlediagram over deltagerne efter status ved udgangen af år 1 til {years}. Tallene står i tabellen under diagrammet."),
        Lang::En => format!("Stacked bar chart of the participants by status at the end of years 1 to {years}. The figures are in the table below the chart."),
    }
}

/// The states of a person, as the persons table and chart name them.
pub const STATES: [Pair; 6] = [
    ("I forløb", "In a programme"),
    (
        "Fleksjob gennem den socialøkonomiske virksomhed",
        "Flex job through the social enterprise",
    ),
    ("Fleksjob andre steder", "Flex job elsewhere"),
    ("Job uden tilskud", "Job without subsidy"),
    ("Ledighedsydelse", "Flex-job unemployment benefit"),
    ("Afsluttet uden job", "Left without a job"),
];

/// The column of fleksjob persons for the spin-off's other customers.
pub const EXTERNAL: Pair = (
    "Fleksjob for andre kunder (ikke tidligere deltagere)",
    "Flex jobs for other customers (not former participants)",
);
/// Job entries of the year.
pub const ENTRIES: Pair = ("Nye job i året", "New jobs in the year");
/// Coverage of the year.
pub const COVERAGE: Pair = (
    "Dækning af udgiften til socialpædagogen",
    "Share of the social educator's cost covered",
);

/// The persons table's caption.
pub const PERSONS_CAPTION: Pair = (
    "Personer ved årets udgang (forventede antal) og årets dækning af udgiften til socialpædagogen",
    "Persons at the end of each year (expected numbers) and the share of the year's social-educator cost covered",
);

/// Under a chart: where its figures are.
pub const TABLE_ABOVE: Pair = (
    "Tallene står i tabellen ovenfor.",
    "The figures are in the table above.",
);
/// Under a chart whose table follows it.
pub const TABLE_BELOW: Pair = (
    "Tallene står i tabellen nedenfor.",
    "The figures are in the table below.",
);

/// Why year 1 of the projection differs from the one-year results above.
pub const YEAR_ONE: Pair = (
    "År 1 her kan afvige fra »det første år« ovenfor: her kommer nogle deltagere allerede i job i løbet af året, og kommunens udgift uden partnerskabet er trukket fra.",
    "Year 1 here may differ from \"the first year\" above: here some participants already find work during the year, and the municipality's cost without the partnership is deducted.",
);

/// The y axis's unit on the running-total chart.
pub const KR: Pair = ("kr.", "DKK");

/// The hint under the kontanthjælp rate.
pub const KONTANTHJAELP_HINT: Pair = (
    "Bruges, hvor nogen får kontanthjælp: deltagerne (hvis de får kontanthjælp), den ydelse tidligere deltagere ellers ville have fået, fleksjobbernes ydelse uden job (hvis valgt) og den kontanthjælp, der supplerer et lille job uden tilskud.",
    "Used wherever someone draws social assistance: the participants (if they do), the benefit former participants would otherwise have drawn, the flex-job holders' benefit without a job (if chosen), and the assistance that tops up a small job without subsidy.",
);

/// The notes under the section.
pub const NOTES: [Pair; 5] = [
    (
        "Personerne er forventede værdier: med få pladser kan virkeligheden give færre eller flere job end tallene – fx kan et hold på 3 pladser over 3 år give nul job eller flere.",
        "The persons are expected values: with few places reality may give fewer or more jobs than the figures; a team of 3 over 3 years may give no job at all, or several.",
    ),
    (
        "Personalet er ansat til pladserne: står pladser tomme, falder kommunens betaling, men ikke udgiften til socialpædagogen.",
        "Staff are hired for the places: when places stand empty, the municipality's payment falls, but not the cost of the social educator.",
    ),
    (
        "Udligning og bloktilskud er ikke regnet med (som i Den Socialøkonomiske Investeringsmodel, SØM). Skatten af løn og af overførsler er beregnet med satsårets AM-bidrag, bundskat, kommuneskat og beskæftigelsesfradrag.",
        "Equalisation between municipalities and the block grant are left out (as in the socio-economic investment model, SØM). The tax on wages and on transfers uses the rate year's labour-market contribution, bottom-bracket tax, municipal tax and employment allowance.",
    ),
    (
        "Kommunens køb af tilbud og mentorstøtte til disse grupper giver ingen statsrefusion, og fra 2026 er der en beløbsgrænse for, hvor meget af kommunernes udgifter til øvrig vejledning og opkvalificering og mentorstøtte der indgår i budgetgarantien.",
        "The municipality's purchases of programmes and mentor support for these groups get no state refund, and from 2026 a limit caps how much of the municipalities' spending on other guidance, upskilling and mentor support counts in the budget guarantee.",
    ),
    (
        "Fleksjob med få betalte timer giver et fleksløntilskud over den kontanthjælp, det afløser: kommunen betaler da den største del af de ekstra overførsler og får kommuneskatten; staten betaler sin refusion og får bundskat og AM-bidrag af lønnen. Det første fleksjob bevilges midlertidigt for 5 år; derefter kan borgere over 40 år få et permanent fleksjob.",
        "A flex job of few paid hours carries a flex wage subsidy above the social assistance it replaces: the municipality then pays the larger part of the extra transfers and gets the municipal tax; the state pays its refund and gets the bottom-bracket tax and the labour-market contribution on the wage. The first flex job is granted temporarily for 5 years; after that, citizens over 40 can get a permanent flex job.",
    ),
];

/// "Ja"/"Nej" for the switches.
pub const VIA_SE: Pair = (
    "Nye fleksjob gennem den socialøkonomiske virksomhed hos virksomheden",
    "New flex jobs through the social enterprise at the company",
);
/// The refill switch.
pub const REFILL: Pair = (
    "En ledig plads fyldes op med en ny deltager samme måned",
    "An empty place is taken by a new participant the same month",
);
/// The kontanthjælp rate choice.
pub const KONTANTHJAELP_RATE: Pair = ("Kontanthjælpssats", "Social assistance rate");

/// The kontanthjælp rates as the choice names them.
pub fn kontanthjaelp_rate(lang: Lang, k: crate::model::KontanthjaelpRate) -> &'static str {
    use crate::model::KontanthjaelpRate as K;
    let (da, en) = match k {
        K::Forhoejet => (
            "Forhøjet sats (fyldt 30 år), samlevende",
            "Higher rate (30 or over), living with a partner",
        ),
        K::ForhoejetEnlig => (
            "Forhøjet sats, enlig ikke-forsørger",
            "Higher rate, single without children",
        ),
        K::Forsorger => ("Forhøjet sats, forsørger", "Higher rate, with children"),
        K::Grundsats => (
            "Grundsats (under 30 år, udeboende, uden tillæg)",
            "Basic rate (under 30, living away from home, no add-ons)",
        ),
    };
    lang.pick(da, en)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{project, PresetId};

    #[test]
    fn a_total_positive_along_the_way_but_negative_at_the_end_says_so() {
        use crate::model::projection::PartySeries;
        let s = PartySeries {
            party: Party::SocialEnterprise,
            yearly: vec![Some(10.0), Some(-30.0)],
            cumulative: vec![10.0, -20.0],
            discounted: vec![9.66, -18.35],
            present_value: -18.35,
            positive_from: None,
            last_year: Some(-30.0),
        };
        assert!(sentence(Lang::Da, &s, 2).starts_with(
            "Den socialøkonomiske virksomheds samlede resultat er positivt undervejs, men ender under nul efter 2 år:"
        ));
        assert!(sentence(Lang::En, &s, 1).contains("ends below zero after 1 year:"));
    }

    #[test]
    fn each_party_says_when_it_turns_positive_or_that_it_does_not() {
        let mut s = PresetId::Joint.scenario();
        s.projection.years = 3.0;
        let y = project(&s);
        let kommune = y.party(Party::Kommune);
        let text = sentence(Lang::Da, kommune, 3);
        // The joint model's municipality pays for places every year and is never above zero.
        assert_eq!(kommune.positive_from, None);
        assert!(kommune.discounted.iter().all(|v| *v < 0.0));
        assert!(
            text.starts_with("Kommunens samlede resultat bliver ikke positivt inden for 3 år: -"),
            "{text}"
        );
        let company = sentence(Lang::En, y.party(Party::Company), 3);
        assert!(
            company.starts_with("The company's total result is positive from the first year"),
            "{company}"
        );
    }
}
