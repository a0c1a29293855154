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

const TERMS: [(&str, &str, &str, &str); 8] = [
    ("Socialøkonomisk virksomhed", "Virksomhed med et socialt formål, der geninvesterer sit overskud – her en, der ansætter personer på kanten af arbejdsmarkedet.",
     "Social enterprise", "A company with a social purpose that reinvests its surplus – here one that employs people on the edge of the labour market."),
    ("Fleksjob", "Et varigt job på særlige vilkår for en person med varigt nedsat arbejdsevne. Arbejdsgiveren betaler kun for de effektive timer; kommunen betaler fleksløntilskud til personen.",
     "Flex job", "A permanent job on special terms for a person with a permanently reduced working capacity. The employer pays for effective hours only; the municipality pays the person a flex wage subsidy."),
    ("Forløb og ressourceforløb", "Et tilbud, kommunen køber til en borger. Ressourceforløb er lukket for nye borgere fra 1. februar 2026; nye deltagere er typisk på kontanthjælp, og kommunen køber et tilbud pr. deltager.",
     "Course and resource course", "An offer the municipality buys for a citizen. Resource courses closed to new citizens on 1 February 2026; new participants usually receive social assistance, and the municipality buys an offer per participant."),
    ("Socialpædagog", "Medarbejderen, der støtter deltagere og ansatte i fleksjob, så de bliver i arbejdet.",
     "Socio-pedagogue", "The staff member who supports participants and flex-job employees so that they keep going."),
    ("Overhead (avance)", "Den socialøkonomiske virksomheds tillæg på lønomkostningen for de timer, virksomheden køber.",
     "Overhead (markup)", "The social enterprise's margin on the labour cost of the hours the company buys."),
    ("Dækningsgrad", "Hvor stor en del af socialpædagogens udgift avancen og kommunens betaling dækker. 100 % betyder, at støtten er fuldt betalt.",
     "Coverage", "How much of the socio-pedagogue's cost the margin and the municipality's payments pay. 100 % means support is fully paid for."),
    ("Nulpunkt (break-even)", "Den værdi af én størrelse – avance, forløbspris eller timer – hvor dækningsgraden er præcis 100 %.",
     "Break-even", "The value of one figure – markup, course price or hours – at which coverage is exactly 100 %."),
    ("Årsværk", "Én persons fuldtidsarbejde i et år: 37 timer om ugen i de produktive uger.",
     "Full-time equivalent (FTE)", "One person's full-time work for a year: 37 hours a week in the productive weeks."),
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
