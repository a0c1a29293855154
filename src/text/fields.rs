//! Labels, help texts and unit names of the inputs, and the titles of the panel's sections. Each
//! field's texts are one arm of an exhaustive match: a field without texts is a compile error.

use super::Lang;
use crate::model::fields::{Section, Unit};
use crate::model::{FieldId, GroupKind, RateId, Status};

/// The label and the optional one-line hint of a field, Danish then English.
struct FieldText {
    label: (&'static str, &'static str),
    hint: Option<(&'static str, &'static str)>,
}

const fn t(
    label: (&'static str, &'static str),
    hint: Option<(&'static str, &'static str)>,
) -> FieldText {
    FieldText { label, hint }
}

fn texts(f: FieldId) -> FieldText {
    use FieldId as F;
    match f {
        F::MarkupRate => t(("Overhead på lønomkostningen", "Markup on labour cost"), Some((
            "Den socialøkonomiske virksomheds tillæg til lønomkostningen for de timer, virksomheden køber.",
            "The social enterprise's addition to the labour cost of the hours the company buys."))),
        F::FixedHourlyPrice => t(("Fast timepris", "Fixed hourly price"), None),
        F::YearlyFee => t(("Fast årligt kontraktbeløb", "Fixed annual contract fee"), None),
        F::CoursePricePerWeek => t(("Kommunens pris pr. deltagerplads pr. uge", "Municipal price per participant place per week"), Some((
            "Det, kommunen betaler pr. plads for et tilbud med socialpædagogisk støtte, uanset hvad tilbuddet hedder. Ressourceforløb er lukket for nye borgere fra 1. februar 2026.",
            "What the municipality pays per place for a programme with social-pedagogical support, whatever it is called. Resource courses are closed to new citizens from 1 February 2026."))),
        F::Occupancy => t(("Belægningsgrad", "Occupancy rate"), Some((
            "Den andel af året, hvor pladserne er besat. Eksemplerne regner med fuld belægning (100 %), så tallene er lette at følge. Står pladser tomme mellem to deltagere, er 70–95 % typisk.",
            "Share of the year the places are filled. The examples assume a full team (100%) so the figures are easy to follow; where places stand empty between participants, 70–95% is typical."))),
        F::MentorHoursPerWeek => t(("Mentortimer pr. person pr. uge", "Mentor hours per person per week"), Some((
            "Kommunens køb af mentorstøtte til personer i fleks- eller småjob. Bevilges pr. person og for en periode.",
            "The municipality's purchase of mentor support for people in flex or small jobs. Granted per person and for a period."))),
        F::MentorRate => t(("Pris pr. mentortime", "Price per mentor hour"), None),
        F::FixedFte => t(("Socialpædagoger (årsværk)", "Social educators (FTE)"), None),
        F::CaseloadParticipants => t(("Deltagerpladser pr. socialpædagog", "Participant places per social educator"), None),
        F::CaseloadEmployees => t(("Ansatte i fleks- og småjob pr. socialpædagog", "Staff in flex and small jobs per social educator"), None),
        F::MonthlySalary => t(("Socialpædagogens månedsløn", "Social educator's monthly salary"), Some((
            "Uden arbejdsgiverpension.", "Excluding employer pension."))),
        F::PensionRate => t(("Arbejdsgiverpension", "Employer pension"), None),
        F::OtherStaffCosts => t(("Andre personaleudgifter pr. årsværk", "Other staff costs per FTE"), Some((
            "ATP, AES, forsikring m.m.", "ATP (supplementary pension), AES (occupational injury insurance), insurance etc."))),
        F::AlternativePricePerHour => t(("Virksomhedens alternative timepris", "The company's alternative hourly price"), Some((
            "Hvad de samme betalte (effektive) timer ellers ville koste virksomheden: fra et vikarbureau, med egne ansatte eller med en håndværker.",
            "What the same paid (effective) hours would otherwise cost the company: from a temp agency, its own staff or a craftsman."))),
        F::OtherSavings => t(("Andre besparelser om året", "Other annual savings"), Some((
            "Fx lavere personaleomsætning og færre fejl.", "E.g. lower staff turnover and fewer errors."))),
        F::FreedHourValue => t(("Værdi af frigjort fagtid pr. time", "Value of skilled time freed per hour"), Some((
            "Hvad det er værd for virksomheden, at faglærte bruger tiden på fagarbejde i stedet for fx oprydning: dækningsbidraget pr. frigjort time.",
            "What it is worth to the company that skilled staff spend the time on skilled work instead of, say, clearing up: the contribution margin per hour freed."))),
        F::WeeksPerYear => t(("Produktive uger om året", "Productive weeks per year"), Some((
            "Arbejdsuger, når ferie, feriefridage og helligdage er trukket fra.", "Working weeks once holidays and public holidays are deducted."))),
        F::OtherSeCosts => t(("Andre udgifter i den socialøkonomiske virksomhed", "Other social-enterprise costs"), Some((
            "Administration, lokaler, transport.", "Administration, premises, transport."))),
        F::StateRefundRate => t(("Statens refusion af overførsler", "State refund of transfers"), Some((
            "Refusionstrappen: staten refunderer 20 %, når borgeren samlet har været på offentlig forsørgelse i mere end 52 uger – det gælder de fleste i fleksjob.",
            "The refund staircase: the state refunds 20% once the person has been on public benefits for more than 52 weeks in total, as most people in flex jobs have."))),
        F::Kommuneskat => t(("Kommuneskat", "Municipal income tax"), Some((
            "Udgangspunktet er landsgennemsnittet i satsåret. Skriv jeres egen kommunes skatteprocent (uden kirkeskat). Skatten af løn og af overførsler beregnes med den, bundskatten og beskæftigelsesfradraget; AM-bidrag kun af løn.",
            "The default is the national average of the rate year. Enter your own municipality's rate (without church tax). The tax on wages and on transfers is worked out from it, the bottom-bracket tax and the employment allowance; the labour-market contribution is on wages only."))),
        F::Years => t(("Antal år", "Number of years"), Some((
            "Hvor mange år fremskrivningen viser (1–10).", "How many years the projection shows (1–10)."))),
        F::CourseMonths => t(("Et forløbs gennemsnitlige længde", "Average length of a course"), Some((
            "Varer et forløb 12 måneder, afslutter 1/12 af deltagerne hver måned.",
            "If a course lasts 12 months, 1/12 of the participants finish each month."))),
        F::FlexShare => t(("Andel, der går i fleksjob efter forløbet", "Share who take a flex job after the course"), None),
        F::OrdinaryShare => t(("Andel, der går i job uden tilskud", "Share who take a job without subsidy"), Some((
            "Ordinære timer eller småjob. Resten afslutter uden job og regnes som uændrede.",
            "Ordinary hours or a small job. The rest leave without a job and count as unchanged."))),
        F::OrdinaryHours => t(("Timer pr. uge i job uden tilskud", "Hours a week in a job without subsidy"), Some((
            "Betalt med mindstelønnen i Industriens Overenskomst.",
            "Paid at the minimum wage of the industry agreement."))),
        F::ViaSeCap => t(("Største antal i fleksjob gennem den socialøkonomiske virksomhed", "Maximum number in flex jobs through the social enterprise"), Some((
            "Så mange kan ad gangen få fleksjob hos virksomheden gennem den socialøkonomiske virksomhed. De øvrige får fleksjob andre steder.",
            "How many at a time can take a flex job at the company through the social enterprise. The others take a flex job elsewhere."))),
        F::JobExitPerYear => t(("Andel i fleksjob, der mister jobbet i løbet af et år", "Share in flex jobs who lose the job in a year"), Some((
            "De får ledighedsydelse, da de fortsat er visiteret til fleksjob. Kom de fra kontanthjælp, svarer ydelsen til kontanthjælp, indtil de har haft fleksjob i 9 måneder inden for 18 måneder; beregningen bruger den højeste sats.",
            "They draw flex-job unemployment benefit, as they are still approved for a flex job. Coming from social assistance, they get its level until they have had a flex job for 9 months within 18 months; the calculation uses the highest rate."))),
        F::BackToJobPerYear => t(("Andel på ledighedsydelse, der får fleksjob igen i løbet af et år", "Share on flex-job unemployment benefit who find a flex job again in a year"), None),
        F::Deadweight => t(("Dødvægt: ville have fået jobbet alligevel", "Deadweight: would have got the job anyway"), Some((
            "Den andel af de tidligere deltagere i job, der ville have fået job uden partnerskabet. De tæller ikke med i gevinsten.",
            "The share of former participants in jobs who would have found a job without the partnership. They do not count in the gain."))),
        F::OtherwiseFp => t(("Andel, der ellers ville være endt på førtidspension", "Share who would otherwise have ended on disability pension"), Some((
            "Den mest usikre antagelse: den andel af de tidligere deltagere i job, der uden forløbet var endt på førtidspension. Resten, bortset fra dødvægten, ville have beholdt deres ydelse.",
            "The least certain assumption: the share of former participants in jobs who without the course would have ended on disability pension. The rest, apart from the deadweight, would have kept their benefit."))),
        F::ActivationPerWeek => t(("Kommunens udgift uden partnerskabet pr. deltager pr. uge", "The municipality's cost without the partnership per participant per week"), Some((
            "Hvad kommunen alligevel ville have brugt på en aktivitetsparat borger: mentor, virksomhedspraktik, sagsbehandling. Trækkes fra prisen på pladserne i fremskrivningen.",
            "What the municipality would have spent on an activity-ready citizen anyway: mentor, work placement, casework. Deducted from the price of the places in the projection."))),
        F::SpinOffMonth => t(("Selvstændig virksomhed fra måned", "Separate company from month"), Some((
            "Indtil da er den socialøkonomiske virksomhed en afdeling i virksomheden.",
            "Until then the social enterprise is a department of the company."))),
        F::ExternalJobsPerYear => t(("Nye fleksjob om året til opgaver for andre kunder", "New flex jobs a year for work for other customers"), Some((
            "Når afdelingen er selvstændig, sælger den også til andre og ansætter flere i fleksjob.",
            "Once separate, it also sells to others and employs more people in flex jobs."))),
        F::DiscountRate => t(("Diskonteringsrente (real)", "Discount rate (real)"), Some((
            "Fremtidige beløb regnes om til nutidsværdi med denne rente. Alle priser er faste i satsårets niveau.",
            "Future amounts are converted to present value at this rate. All prices are fixed at the rate year's level."))),
        F::Persons => t(("Antal personer", "Number of people"), None),
        F::HoursPerWeek => t(("Fremmødetimer pr. uge", "Attendance hours per week"), None),
        F::PaidShare => t(("Andel betalte (effektive) timer", "Share of hours paid (effective hours)"), Some((
            "Andel af fremmødetimerne, der betales løn for. I fleksjob betaler arbejdsgiveren kun for den effektive arbejdstid.",
            "Share of the attendance hours that are paid. In a flex job the employer pays only for the effective working time."))),
        F::HourlyWage => t(("Timeløn", "Hourly wage"), Some(("Uden lønafhængige omkostninger.", "Excluding employer on-costs."))),
        F::OncostRate => t(("Lønafhængige omkostninger", "Employer on-costs"), Some((
            "Pension, feriepenge, ATP, forsikring m.m. oven i timelønnen.",
            "Pension, holiday pay, ATP, insurance etc. on top of the hourly wage."))),
    }
}

/// The label of a field.
pub fn label(lang: Lang, f: FieldId) -> &'static str {
    let (da, en) = texts(f).label;
    lang.pick(da, en)
}

/// A one-line explanation under the label, if the field needs one.
pub fn hint(lang: Lang, f: FieldId) -> Option<&'static str> {
    texts(f).hint.map(|(da, en)| lang.pick(da, en))
}

/// The unit as shown after a field or a value.
pub fn unit(lang: Lang, u: Unit) -> &'static str {
    let (da, en) = match u {
        Unit::Weeks => ("uger", "weeks"),
        Unit::Persons => ("personer", "people"),
        Unit::HoursPerWeek => ("timer/uge", "hours/week"),
        Unit::Percent => ("%", "%"),
        Unit::KrPerHour => ("kr./time", "DKK/hour"),
        Unit::KrPerWeek => ("kr./uge", "DKK/week"),
        Unit::KrPerMonth => ("kr./md.", "DKK/month"),
        Unit::KrPerYear => ("kr./år", "DKK/year"),
        Unit::Fte => ("årsværk", "FTE"),
        Unit::PersonsPerFte => ("personer pr. årsværk", "persons per FTE"),
        Unit::HoursPerYear => ("timer/år", "hours/year"),
        Unit::Years => ("år", "years"),
        Unit::Months => ("måneder", "months"),
        Unit::Month => ("måned", "month"),
        Unit::PersonsPerYear => ("personer/år", "people/year"),
    };
    lang.pick(da, en)
}

/// The unit after a particular value: "1 uge" but "44 uger".
pub fn unit_for(lang: Lang, u: Unit, value: f64) -> &'static str {
    match (u, value == 1.0) {
        (Unit::Weeks, true) => lang.pick("uge", "week"),
        (Unit::Persons, true) => "person",
        (Unit::Years, true) => lang.pick("år", "year"),
        (Unit::Months, true) => lang.pick("måned", "month"),
        _ => unit(lang, u),
    }
}

/// The name of a group kind.
pub fn kind(lang: Lang, k: GroupKind) -> &'static str {
    let (da, en) = match k {
        GroupKind::Fleksjob => ("Fleksjob", "Flex job"),
        GroupKind::Smajob => ("Småjob", "Small job"),
        GroupKind::Ordinary => ("Ordinært ansat", "Ordinary employee"),
        GroupKind::Participant => ("Deltager i et tilbud", "Participant in a programme"),
    };
    lang.pick(da, en)
}

/// How sure a figure is.
pub fn status(lang: Lang, s: Status) -> &'static str {
    let (da, en) = match s {
        Status::Confirmed => ("bekræftet", "confirmed"),
        Status::Derived => ("afledt", "derived"),
        Status::Estimate => ("skøn", "estimate"),
    };
    lang.pick(da, en)
}

/// The heading of a section of the input panel, numbered as on the page.
pub fn section_title(lang: Lang, s: Section) -> &'static str {
    let (da, en) = match s {
        Section::Group => ("2. Medarbejdere og deltagere", "2. Staff and participants"),
        Section::Price => ("3. Pris til virksomheden", "3. Price to the company"),
        Section::Municipal => ("4. Kommunens køb", "4. The municipality's purchases"),
        Section::Support => (
            "5. Socialpædagogisk støtte",
            "5. Social-pedagogical support",
        ),
        Section::Company => (
            "6. Virksomhedens alternativ",
            "6. The company's alternative",
        ),
        Section::Public => ("7. Offentlige finanser", "7. Public finances"),
        Section::Years => ("8. Over årene", "8. Over the years"),
    };
    lang.pick(da, en)
}

/// The summary line of a section's folded part.
pub fn fold_title(lang: Lang, s: Section) -> &'static str {
    let (da, en) = match s {
        Section::Group => ("Lønafhængige omkostninger", "Employer on-costs"),
        Section::Price => ("Fast årligt kontraktbeløb", "Fixed annual contract fee"),
        Section::Municipal => ("Flere af kommunens køb", "More municipal purchases"),
        Section::Support => ("Normering og lønudgifter", "Caseloads and staff costs"),
        Section::Company => (
            "Arbejdsår, frigjort fagtid og den socialøkonomiske virksomheds andre udgifter",
            "Working year, skilled time freed and the social enterprise's other costs",
        ),
        Section::Public => ("Refusion og skat", "State refund and tax"),
        Section::Years => (
            "Job, ledighed, kommunens egen udgift og diskontering",
            "Jobs, unemployment, the municipality's own cost and discounting",
        ),
    };
    lang.pick(da, en)
}

/// The name of a rate in the rate tables.
pub fn rate_name(lang: Lang, id: RateId) -> &'static str {
    let (da, en) = match id {
        RateId::TopDagpenge => ("Højeste dagpengesats", "Maximum unemployment benefit rate"),
        RateId::MaxFlexSubsidy => ("Højeste fleksløntilskud", "Maximum flex wage subsidy"),
        RateId::FlexThreshold => (
            "Løngrænse for 30 % / 55 % modregning",
            "Wage threshold for the 30 % / 55 % reduction",
        ),
        RateId::FlexReductionLow => (
            "Modregning i tilskuddet under grænsen",
            "Subsidy reduction below the threshold",
        ),
        RateId::FlexReductionHigh => (
            "Modregning i tilskuddet over grænsen",
            "Subsidy reduction above the threshold",
        ),
        RateId::FlexPensionRate => (
            "Pension i lønnen i fleksjob",
            "Pension in the flex-job wage",
        ),
        RateId::Ledighedsydelse => ("Ledighedsydelse", "Flex-job unemployment benefit"),
        RateId::KontanthjaelpForhoejet => (
            "Kontanthjælp, forhøjet sats",
            "Social assistance, higher rate",
        ),
        RateId::KontanthjaelpForhoejetEnlig => (
            "Kontanthjælp, forhøjet sats med tillæg til enlige ikke-forsørgere",
            "Social assistance, higher rate with the add-on for single people without children",
        ),
        RateId::KontanthjaelpForsorger => (
            "Kontanthjælp, forhøjet sats med børnetillæg",
            "Social assistance, higher rate with the child add-on",
        ),
        RateId::KontanthjaelpGrundsats => (
            "Kontanthjælp, grundsats for udeboende under 30 år, uden tillæg",
            "Social assistance, basic rate for those under 30 living away from home, no add-ons",
        ),
        RateId::KontanthjaelpDisregardForhoejet => (
            "Fribeløb for arbejdsindtægt, forhøjet sats",
            "Earnings disregard, higher rate",
        ),
        RateId::KontanthjaelpDisregardGrundsats => (
            "Fribeløb for arbejdsindtægt, grundsats",
            "Earnings disregard, basic rate",
        ),
        RateId::KontanthjaelpDeduction => (
            "Fradrag i kontanthjælpen for arbejdsindtægt over fribeløbet",
            "Deduction from social assistance for earnings above the disregard",
        ),
        RateId::Foertidspension => ("Førtidspension, enlig", "Disability pension, single person"),
        RateId::RessourceforloebForsorger => (
            "Ressourceforløbsydelse, forsørger",
            "Resource course benefit, with dependent children",
        ),
        RateId::RessourceforloebIkkeForsorger => (
            "Ressourceforløbsydelse, ikke-forsørger",
            "Resource course benefit, without dependent children",
        ),
        RateId::StateRefund => (
            "Statens refusion efter 52 uger",
            "State refund after 52 weeks",
        ),
        RateId::AmBidrag => ("AM-bidrag", "Labour-market contribution (AM-bidrag)"),
        RateId::Bundskat => ("Bundskat", "Bottom-bracket tax"),
        RateId::Kommuneskat => (
            "Kommuneskat, landsgennemsnit",
            "Municipal income tax, national average",
        ),
        RateId::Beskaeftigelsesfradrag => (
            "Beskæftigelsesfradrag",
            "Employment allowance (beskæftigelsesfradrag)",
        ),
        RateId::IndustryMinimumWage => (
            "Mindsteløn, Industriens Overenskomst",
            "Minimum wage, Industriens Overenskomst (industry agreement)",
        ),
    };
    lang.pick(da, en)
}
