//! The five partnership models (`../shared/model.md` §2) as ready-filled example scenarios.
//! Their names and descriptions are texts (`text/presets.rs`).

use super::common::keyed_enum;
use super::scenario::{GroupKind, Organisation, Scenario, StaffingMode, WorkforceGroup};

keyed_enum! {
    /// One of the five partnership models, in the order the interface shows them.
    pub enum PresetId {
        /// Fælles socialt ansvar: company, SE and municipality share the cost of support.
        Joint = "joint",
        /// Leverandør: the company buys a service from the SE.
        Supplier = "supplier",
        /// Mangel på arbejdskraft: an SE crew takes the unskilled tasks.
        LabourShortage = "labour_shortage",
        /// In-house: SE staff work at the company's site, employed by the SE.
        InHouse = "in_house",
        /// Afknopning: the company starts its own SE, first as a department.
        SpinOff = "spin_off",
    }
}

impl PresetId {
    /// The model's example scenario; all inputs not named here keep their defaults. Group names
    /// are Danish; the interface shows them in its language.
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
                // The same helper work from a temp agency (the default); the craftsmen's freed
                // time is its own, labelled gain.
                s.company.freed_hour_value = 100.0;
            }
            PresetId::Joint => {
                s.groups = vec![
                    group(GroupKind::Participant, "Deltagere i tilbud", 3.0, 15.0),
                    WorkforceGroup {
                        paid_share: 2.0 / 3.0,
                        ..group(GroupKind::Fleksjob, "Vikarer i fleksjob", 3.0, 15.0)
                    },
                ];
                s.municipal.course_price_per_week = 2_000.0;
                // The IKEA story: new fleksjob holders join the company's team through the SE.
                s.projection.via_se = true;
                s.projection.via_se_cap = 3.0;
            }
            PresetId::InHouse => {
                s.groups = vec![group(GroupKind::Fleksjob, "Fleksjob på stedet", 25.0, 12.0)];
                s.pricing.yearly_fee = 100_000.0;
                s.company.other_savings = 150_000.0;
            }
            PresetId::SpinOff => {
                s.organisation = Organisation::Department;
                s.groups = vec![group(
                    GroupKind::Fleksjob,
                    "Afdelingens fleksjob",
                    6.0,
                    15.0,
                )];
                s.pricing.markup_rate = 0.10;
                s.support.staffing = StaffingMode::Fixed;
                s.support.fixed_fte = 0.5;
                s.projection.spin_off_month = 13.0;
                s.projection.external_jobs_per_year = 2.0;
            }
        }
        s
    }
}
