//! The five partnership models (`../shared/model.md` §2) as ready-filled scenarios.

use super::scenario::{GroupKind, Scenario, StaffingMode, WorkforceGroup};
use serde::{Deserialize, Serialize};

/// One of the five partnership models.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PresetId {
    /// Leverandør: the company buys a service from the SE.
    Supplier,
    /// Mangel på arbejdskraft: an SE crew takes the unskilled tasks.
    LabourShortage,
    /// Fælles socialt ansvar: company, SE and municipality share the cost of support.
    Joint,
    /// In-house: SE staff work at the company's site, employed by the SE.
    InHouse,
    /// Afknopning: the company starts its own SE.
    SpinOff,
}

/// The example group names of the presets, Danish and English.
pub const GROUP_NAMES: [(&str, &str); 8] = [
    ("Service, fleksjob", "Service, flex jobs"),
    ("Holdledere", "Team leaders"),
    ("Oprydning, fleksjob", "Clean-up, flex jobs"),
    ("Oprydning, småjob", "Clean-up, small jobs"),
    ("Deltagere i forløb", "Participants in a course"),
    ("Vikarer i fleksjob", "Temps in flex jobs"),
    ("Fleksjob på stedet", "Flex jobs on site"),
    ("Afdelingens fleksjob", "The department's flex jobs"),
];

/// A preset's example group name in the other language (`to_english` picks the direction);
/// `None` for a name the user wrote.
pub fn translate_group_name(name: &str, to_english: bool) -> Option<&'static str> {
    GROUP_NAMES.iter().find_map(|(da, en)| match to_english {
        true if *da == name => Some(*en),
        false if *en == name => Some(*da),
        _ => None,
    })
}

/// A partnership model with its names, description and example scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    /// Which model.
    pub id: PresetId,
    /// Danish name.
    pub name_da: &'static str,
    /// English name.
    pub name_en: &'static str,
    /// One-line description in Danish.
    pub description_da: &'static str,
    /// One-line description in English.
    pub description_en: &'static str,
}

impl PresetId {
    /// All five, in the order the interface shows them.
    pub const ALL: [PresetId; 5] = [
        PresetId::Joint,
        PresetId::Supplier,
        PresetId::LabourShortage,
        PresetId::InHouse,
        PresetId::SpinOff,
    ];

    /// The model's names and description.
    pub fn preset(self) -> Preset {
        let (name_da, name_en, description_da, description_en) = match self {
            PresetId::Supplier => (
                "Leverandør",
                "Supplier",
                "Virksomheden køber en serviceydelse – bygningsdrift, grønne områder, kantine – af den socialøkonomiske virksomhed.",
                "The company buys a service – buildings, green areas, canteen – from the social enterprise.",
            ),
            PresetId::LabourShortage => (
                "Mangel på arbejdskraft",
                "Labour shortage",
                "Et hold fra den socialøkonomiske virksomhed rydder op på byggepladsen, så håndværkerne kan bruge tiden på fagarbejdet.",
                "A social-enterprise crew clears up the building site so the craftsmen can spend their time on skilled work.",
            ),
            PresetId::Joint => (
                "Fælles socialt ansvar",
                "Joint responsibility",
                "Virksomhed, socialøkonomisk virksomhed og kommune deler udgiften til socialpædagogen – som IKEA, Huset Venture og Rebild Kommune.",
                "Company, social enterprise and municipality share the cost of the socio-pedagogue – like IKEA, Huset Venture and Rebild Municipality.",
            ),
            PresetId::InHouse => (
                "In-house",
                "In-house",
                "Den socialøkonomiske virksomheds medarbejdere arbejder hos virksomheden, men er ansat og ledet af den socialøkonomiske virksomhed.",
                "Social-enterprise staff work at the company's site, employed and managed by the social enterprise.",
            ),
            PresetId::SpinOff => (
                "Afknopning",
                "Spin-off",
                "Virksomheden starter sin egen socialøkonomiske virksomhed som en afdeling, der senere bliver et selvstændigt selskab.",
                "The company starts its own social enterprise as a department that later becomes a separate company.",
            ),
        };
        Preset {
            id: self,
            name_da,
            name_en,
            description_da,
            description_en,
        }
    }

    /// The model's example scenario; all inputs not named here keep their defaults.
    pub fn scenario(self) -> Scenario {
        let mut s = Scenario::default();
        let group = |kind, name: &str, persons: f64, hours: f64| {
            let mut g = WorkforceGroup::new(kind).named(name);
            g.persons = persons;
            g.hours_per_week = hours;
            g
        };
        match self {
            PresetId::Supplier => {
                s.groups = vec![
                    group(GroupKind::Fleksjob, "Service, fleksjob", 20.0, 12.0),
                    WorkforceGroup {
                        hourly_wage: 190.0,
                        ..group(GroupKind::Ordinary, "Holdledere", 3.0, 37.0)
                    },
                ];
            }
            PresetId::LabourShortage => {
                s.groups = vec![
                    group(GroupKind::Fleksjob, "Oprydning, fleksjob", 2.0, 15.0),
                    group(GroupKind::Smajob, "Oprydning, småjob", 2.0, 15.0),
                ];
                s.pricing.markup_rate = 0.25;
                s.company.alternative_price_per_hour = 450.0;
            }
            PresetId::Joint => {
                s.groups = vec![
                    group(GroupKind::Participant, "Deltagere i forløb", 3.0, 15.0),
                    WorkforceGroup {
                        paid_share: 2.0 / 3.0,
                        ..group(GroupKind::Fleksjob, "Vikarer i fleksjob", 3.0, 15.0)
                    },
                ];
                s.municipal.course_price_per_week = 2_000.0;
            }
            PresetId::InHouse => {
                s.groups = vec![group(GroupKind::Fleksjob, "Fleksjob på stedet", 25.0, 12.0)];
                s.pricing.yearly_fee = 100_000.0;
                s.municipal.mentor_hours_per_week = 1.0;
                s.company.other_savings = 150_000.0;
            }
            PresetId::SpinOff => {
                s.groups = vec![group(
                    GroupKind::Fleksjob,
                    "Afdelingens fleksjob",
                    6.0,
                    15.0,
                )];
                s.pricing.markup_rate = 0.10;
                s.municipal.mentor_hours_per_week = 2.0;
                s.support.staffing = StaffingMode::Fixed;
                s.support.fixed_fte = 0.5;
            }
        }
        s
    }
}
