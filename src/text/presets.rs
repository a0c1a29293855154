//! The partnership models' names and descriptions, and the example group names of the presets.

use super::Lang;
use crate::model::PresetId;

/// The model's name.
pub fn name(lang: Lang, id: PresetId) -> &'static str {
    let (da, en) = match id {
        PresetId::Joint => ("Fælles socialt ansvar", "Joint responsibility"),
        PresetId::Supplier => ("Leverandør", "Supplier"),
        PresetId::LabourShortage => ("Mangel på arbejdskraft", "Labour shortage"),
        PresetId::InHouse => ("In-house", "In-house"),
        PresetId::SpinOff => ("Afknopning", "Spin-off"),
    };
    lang.pick(da, en)
}

/// One line on what happens in the model.
pub fn description(lang: Lang, id: PresetId) -> &'static str {
    let (da, en) = match id {
        PresetId::Joint => (
            "Virksomhed, socialøkonomisk virksomhed og kommune deler udgiften til socialpædagogen – fx IKEA, Huset Venture og Rebild Kommune.",
            "Company, social enterprise and municipality share the cost of the social educator – e.g. IKEA, Huset Venture and Rebild Municipality.",
        ),
        PresetId::Supplier => (
            "Virksomheden køber en serviceydelse – bygningsdrift, grønne områder, kantine – af den socialøkonomiske virksomhed.",
            "The company buys a service – buildings, green areas, canteen – from the social enterprise.",
        ),
        PresetId::LabourShortage => (
            "Et hold fra den socialøkonomiske virksomhed rydder op på byggepladsen, så håndværkerne kan bruge tiden på fagarbejdet.",
            "A social-enterprise crew clears up the building site so the craftsmen can spend their time on skilled work.",
        ),
        PresetId::InHouse => (
            "Den socialøkonomiske virksomheds medarbejdere arbejder hos virksomheden, men er ansat i og ledes af den socialøkonomiske virksomhed.",
            "Social-enterprise staff work at the company's site, employed and managed by the social enterprise.",
        ),
        PresetId::SpinOff => (
            "Virksomheden starter sin egen socialøkonomiske virksomhed som en afdeling, der senere kan blive et selvstændigt selskab.",
            "The company starts its own social enterprise as a department that may later become a separate company.",
        ),
    };
    lang.pick(da, en)
}

/// The presets' example group names, Danish and English.
const GROUP_NAMES: [(&str, &str); 8] = [
    ("Service, fleksjob", "Service, flex jobs"),
    ("Holdledere", "Team leaders"),
    ("Oprydning, fleksjob", "Clean-up, flex jobs"),
    ("Oprydning, småjob", "Clean-up, small jobs"),
    ("Deltagere i tilbud", "Participants in a programme"),
    ("Vikarer i fleksjob", "Temps in flex jobs"),
    ("Fleksjob på stedet", "Flex jobs on site"),
    ("Afdelingens fleksjob", "The department's flex jobs"),
];

/// A preset's example group name in `lang`; `None` for a name the user wrote.
pub fn translate_group_name(name: &str, lang: Lang) -> Option<&'static str> {
    GROUP_NAMES
        .iter()
        .find(|(da, en)| *da == name || *en == name)
        .map(|(da, en)| lang.pick(*da, *en))
}
