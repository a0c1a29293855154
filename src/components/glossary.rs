//! Short plain-language explanations of the terms the calculator uses.

use crate::components::fold::Fold;
use crate::text::Lang;
use yew::prelude::*;

/// Properties of [`Glossary`].
#[derive(Properties, PartialEq, Clone)]
pub struct GlossaryProps {
    /// Interface language.
    pub lang: Lang,
}

const TERMS: [(&str, &str, &str, &str); 11] = [
    ("Socialøkonomisk virksomhed", "En virksomhed, der har et socialt formål og geninvesterer sit overskud – her en, der ansætter personer på kanten af arbejdsmarkedet.",
     "Social enterprise", "A company that has a social purpose and reinvests its surplus – here, one that employs people on the margins of the labour market."),
    ("Fleksjob", "Et job på særlige vilkår for en person, hvis arbejdsevne er varigt og væsentligt nedsat. Fleksjobbet bevilges for fem år ad gangen. Arbejdsgiveren betaler kun for det arbejde, der faktisk udføres; kommunen betaler fleksløntilskud til personen.",
     "Flex job", "A job on special terms for a person whose working capacity is permanently and substantially reduced, granted for five years at a time. The employer pays only for the work actually done; the municipality pays the person a flex wage subsidy."),
    ("Fleksløntilskud", "Kommunens månedlige tilskud til personen i fleksjob: højst 98 % af højeste dagpengesats, nedsat med 30 % af lønnen op til en grænse og 55 % over den.",
     "Flex wage subsidy", "The municipality's monthly subsidy to the person in a flex job: at most 98% of the maximum unemployment benefit rate, reduced by 30% of the wage up to a threshold and 55% above it."),
    ("Ledighedsydelse", "Ydelsen til en person, der er godkendt til fleksjob, men er uden job (89 % af højeste dagpengesats).",
     "Flex unemployment benefit", "The benefit of a person approved for a flex job but without one (89% of the maximum unemployment benefit rate)."),
    ("Refusionstrappen", "Statens refusion af kommunens udgifter til ydelser falder, jo længere borgeren har været på offentlig forsørgelse: 20 % efter 52 uger.",
     "Refund staircase", "The state's refund of the municipality's benefit costs falls the longer the person has been on public benefits: 20% after 52 weeks."),
    ("Ressourceforløb", "Et tværfagligt forløb på 1–5 år for borgere med komplekse problemer. Lukket for nye borgere fra 1. februar 2026; igangværende forløb afsluttes. Nye deltagere er typisk på kontanthjælp, og kommunen køber et tilbud pr. deltagerplads.",
     "Resource course", "An interdisciplinary course of 1–5 years for citizens with complex problems. It is closed to new citizens from 1 February 2026; citizens already on one complete it. New participants usually receive social assistance, and the municipality buys a programme per participant place."),
    ("Socialpædagog", "Medarbejderen i den socialøkonomiske virksomhed, der støtter deltagerne og de ansatte i fleks- og småjob i det daglige arbejde.",
     "Social educator", "The staff member of the social enterprise who supports the participants and the staff in flex and small jobs in their daily work, so that they stay in work."),
    ("Overhead", "Den socialøkonomiske virksomheds tillæg til lønomkostningen for de timer, virksomheden køber. Det betaler socialpædagogen og administrationen, ikke et overskud til ejere.",
     "Markup", "The social enterprise's addition to the labour cost of the hours the company buys. It pays for the social educator and administration, not a profit for owners."),
    ("Dækning af socialpædagogen", "Den andel af udgiften til socialpædagogen, som overheadet og kommunens betaling for pladser og mentorstøtte dækker. 100 % betyder, at støtten er fuldt finansieret.",
     "Coverage of the social educator", "The share of the social educator's cost that the markup and the municipality's payments for places and mentor support pay for. 100% means the support is fully funded."),
    ("Nulpunkt", "Den værdi af én størrelse – overhead eller fast timepris, pris pr. deltagerplads eller fakturerede timer – hvor dækningen er præcis 100 %, når alt andet er uændret.",
     "Break-even point", "The value of one figure – markup or fixed hourly price, price per participant place or billed hours – at which coverage is exactly 100%, all else unchanged."),
    ("Produktivt årsværk", "Betalte timer delt med 37 timer om ugen i årets produktive uger. I kommunal praksis er et årsværk 1.924 timer (37 × 52); et produktivt årsværk tæller kun de uger, der arbejdes.",
     "Productive full-time equivalent", "Paid hours divided by 37 hours a week in the year's productive weeks. Municipal practice counts a full-time year as 1,924 hours (37 × 52); a productive one counts only the weeks worked."),
];

/// The glossary, folded.
#[component]
pub fn Glossary(p: &GlossaryProps) -> Html {
    let lang = p.lang;
    html! {
        <Fold class="glossary" summary={lang.pick("Ordforklaringer", "Glossary")}>
            <dl>
            { for TERMS.iter().map(|(da, da_text, en, en_text)| html! {
                <div class="glossary__item">
                    <dt>{ lang.pick(da, en) }</dt>
                    <dd>{ lang.pick(da_text, en_text) }</dd>
                </div>
            }) }
            </dl>
        </Fold>
    }
}
