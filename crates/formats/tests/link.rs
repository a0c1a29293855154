//! The share link codec (`formats::link`): exact round trips, short links for the presets, the
//! frozen wire order of version 1, and strict, panic-free decoding of anything else.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/shared.rs"]
mod shared;

use data_encoding::BASE64URL_NOPAD;
use formats::link::{
    decode, encode, encode_checked, seal, LinkError, Shared, BASELINES_V1, BENEFITS_V1,
    GLOBAL_FIELDS_V1, GLOBAL_FIELDS_V2, GROUP_FIELDS_V1, KINDS_V1, KONTANTHJAELP_V2, LANGS_V1,
    LINK_VERSION, MAX_LINK_CHARS, MODELS_V1, ORGANISATIONS_V1, PRICING_MODES_V1, STAFFING_MODES_V1,
};
use formats::scenario_file::decode_file;
use formats::MAX_NAME_CHARS;
use model::validate::every_path;
use model::{
    FieldId, FieldPath, FleksjobBaseline, GroupKind, KontanthjaelpRate, Organisation,
    ParticipantBenefit, PresetId, PricingMode, Scenario, StaffingMode, WorkforceGroup, MAX_GROUPS,
};
use proptest::prelude::*;
use shared::{assert_same, ODD_VALUES};

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn preset(id: PresetId) -> Shared {
    Shared {
        lang: "da".into(),
        name: String::new(),
        model: id,
        scenario: id.scenario(),
    }
}

#[track_caller]
fn round_trip(s: &Shared) {
    let text = encode(s);
    let back = decode(&text).unwrap_or_else(|e| panic!("{e:?} for {text}"));
    assert_eq!(back.lang, s.lang);
    assert_eq!(back.name, s.name);
    assert_eq!(back.model, s.model);
    assert_same(&back.scenario, &s.scenario);
    assert_eq!(encode_checked(s), Ok(text));
}

/// The link's bytes, patched by `patch`, as a link again.
/// The bytes of `s`'s link without the checksum.
/// The bytes a link of version 3 holds after the groups when nothing is uncertain: the seed 2026
/// and 10,000 draws as varints, and no ranges.
const UNCERTAINTY_TAIL: usize = 5;

fn raw(s: &Shared) -> Vec<u8> {
    let mut bytes = BASE64URL_NOPAD.decode(encode(s).as_bytes()).unwrap();
    bytes.truncate(bytes.len() - 2);
    bytes
}

/// `s`'s link with its bytes patched and sealed again with a fitting checksum: what the decoder
/// behind the checksum makes of them.
fn patched(s: &Shared, patch: impl FnOnce(&mut Vec<u8>)) -> String {
    let mut bytes = raw(s);
    patch(&mut bytes);
    seal(bytes)
}

// ---------------------------------------------------------------------------------------------
// Round trips

#[test]
fn every_preset_link_is_exact_and_under_300_characters() {
    for id in PresetId::ALL {
        let s = preset(*id);
        let text = encode(&s);
        println!("{:<16} {:>3} characters: {text}", id.key(), text.len());
        assert!(text.len() < 300, "{id:?}: {} characters", text.len());
        assert!(text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        round_trip(&s);
        round_trip(&Shared {
            lang: "en".into(),
            name: "Fælles; \"prøve\" 😀".into(),
            ..s
        });
    }
}

#[test]
fn odd_numbers_read_back_bit_for_bit_in_every_field() {
    let mut s = preset(PresetId::Supplier);
    for value in ODD_VALUES {
        for path in every_path(&s.scenario) {
            let mut t = s.clone();
            assert!(t.scenario.set(path, value));
            round_trip(&t);
        }
    }
    // Every field odd at once, each a different value.
    for (i, path) in every_path(&s.scenario.clone()).into_iter().enumerate() {
        s.scenario.set(path, ODD_VALUES[i % ODD_VALUES.len()]);
    }
    round_trip(&s);
}

#[test]
fn the_link_changes_when_any_input_changes() {
    // Every input is stored: none is left to the defaults of the build that reads the link.
    let base = preset(PresetId::Joint);
    let text = encode(&base);
    let mut changed: Vec<Shared> = every_path(&base.scenario)
        .into_iter()
        .map(|p| {
            let mut s = base.clone();
            let v = s.scenario.get(p).unwrap();
            s.scenario.set(p, v + 1.0);
            s
        })
        .collect();
    let mut with = |f: &dyn Fn(&mut Shared)| {
        let mut s = base.clone();
        f(&mut s);
        changed.push(s);
    };
    with(&|s| s.lang = "en".into());
    with(&|s| s.name = "x".into());
    with(&|s| s.model = PresetId::SpinOff);
    with(&|s| s.scenario.rate_year = 2025);
    with(&|s| s.scenario.organisation = Organisation::Department);
    with(&|s| s.scenario.pricing.mode = PricingMode::FixedPrice);
    with(&|s| s.scenario.support.staffing = StaffingMode::Fixed);
    with(&|s| s.scenario.public.fleksjob_baseline = FleksjobBaseline::Kontanthjaelp);
    with(&|s| {
        s.scenario.public.participant_benefit = ParticipantBenefit::RessourceforloebForsorger
    });
    with(&|s| s.scenario.groups[0].kind = GroupKind::Smajob);
    with(&|s| s.scenario.groups[0].billed = true);
    with(&|s| s.scenario.groups[1].name = "Vikarer".into());
    with(&|s| {
        s.scenario.groups.pop();
    });
    for s in &changed {
        assert_ne!(encode(s), text, "{s:?}");
        round_trip(s);
    }
}

proptest! {
    #![proptest_config(config(3_000))]

    #[test]
    fn any_shareable_scenario_reads_back_bit_for_bit(
        scenario in shared::scenario(),
        lang in prop::sample::select(LANGS_V1.to_vec()),
        name in shared::name(),
        model in shared::model(),
    ) {
        let s = Shared { lang: lang.to_string(), name, model, scenario };
        let text = encode(&s);
        if text.len() <= MAX_LINK_CHARS {
            round_trip(&s);
        } else {
            prop_assert_eq!(decode(&text), Err(LinkError::TooLong { chars: text.len() }));
            prop_assert_eq!(encode_checked(&s), Err(LinkError::TooLong { chars: text.len() }));
        }
    }
}

#[test]
fn fifty_groups_with_ordinary_names_fit_in_a_link() {
    let mut s = preset(PresetId::Supplier);
    s.name = "Partnerskab med kommunen, 2026".into();
    s.scenario.groups = (0..MAX_GROUPS)
        .map(|i| WorkforceGroup::new(GroupKind::ALL[i % 4]).named(&format!("Hold {i}, lager")))
        .collect();
    let text = encode_checked(&s).expect("fifty groups fit in a link");
    // About 2,000 characters (docs/scenario-format.md): well inside what browsers and mail
    // programs carry, and inside the decoder's limit.
    assert!(
        (1_000..=2_500).contains(&text.len()),
        "50 groups: {} characters",
        text.len()
    );
    assert!(text.len() <= MAX_LINK_CHARS);
    round_trip(&s);
}

// ---------------------------------------------------------------------------------------------
// What encode_checked refuses: a link either restores exactly or is refused, never read wrong.

#[test]
fn scenarios_a_link_cannot_hold_are_refused_not_changed() {
    let base = preset(PresetId::InHouse);
    let cases: Vec<(&str, Shared)> = vec![
        (
            "another language",
            Shared {
                lang: "fr".into(),
                ..base.clone()
            },
        ),
        (
            "a long name",
            Shared {
                name: "x".repeat(MAX_NAME_CHARS + 1),
                ..base.clone()
            },
        ),
        ("a long group name", {
            let mut s = base.clone();
            s.scenario.groups[0].name = "æ".repeat(MAX_NAME_CHARS + 1);
            s
        }),
        ("too many groups", {
            let mut s = base.clone();
            s.scenario.groups = vec![WorkforceGroup::new(GroupKind::Fleksjob); MAX_GROUPS + 1];
            s
        }),
        ("NaN", {
            let mut s = base.clone();
            s.scenario.pricing.markup_rate = f64::NAN;
            s
        }),
        ("infinity", {
            let mut s = base.clone();
            s.scenario.groups[0].hourly_wage = f64::NEG_INFINITY;
            s
        }),
    ];
    for (what, s) in cases {
        assert_eq!(decode(&encode(&s)), Err(LinkError::Malformed), "{what}");
        assert_eq!(encode_checked(&s), Err(LinkError::Malformed), "{what}");
    }
    // Names of exactly the longest length are kept, counted in characters, not bytes.
    let mut s = base.clone();
    s.name = "ø".repeat(MAX_NAME_CHARS);
    s.scenario.groups[0].name = "😀".repeat(MAX_NAME_CHARS);
    round_trip(&s);
    // Fifty groups of long names with emoji make a link too long to read.
    s.scenario.groups = vec![s.scenario.groups[0].clone(); MAX_GROUPS];
    let chars = encode(&s).len();
    assert!(chars > MAX_LINK_CHARS);
    assert_eq!(encode_checked(&s), Err(LinkError::TooLong { chars }));
}

// ---------------------------------------------------------------------------------------------
// The frozen wire order of version 1

fn keys<T: Copy>(table: &[T], key: fn(T) -> &'static str) -> Vec<&'static str> {
    table.iter().map(|t| key(*t)).collect()
}

#[test]
fn link_version_1_field_order_is_frozen() {
    // A version 1 link stores numbers in this order. Never change these lists.
    let path = |f: FieldId| f.spec().path;
    // The fields it reads, by their paths; the two tax inputs, no longer inputs, are dropped.
    let v1: Vec<&str> = GLOBAL_FIELDS_V1
        .iter()
        .map(|f| f.map_or("(dropped)", path))
        .collect();
    assert_eq!(
        v1,
        [
            "pricing.markup_rate",
            "pricing.fixed_hourly_price",
            "pricing.yearly_fee",
            "municipal.course_price_per_week",
            "municipal.occupancy",
            "municipal.mentor_hours_per_week",
            "municipal.mentor_rate",
            "support.fixed_fte",
            "support.caseload_participants",
            "support.caseload_employees",
            "support.monthly_salary",
            "support.pension_rate",
            "support.other_staff_costs",
            "company.alternative_price_per_hour",
            "company.other_savings",
            "company.freed_hour_value",
            "frame.weeks_per_year",
            "other_se_costs",
            "public.state_refund_rate",
            "(dropped)", // public.marginal_tax_rate
            "(dropped)", // public.municipal_tax_share
        ]
    );
    assert_eq!(
        keys(&GROUP_FIELDS_V1, path),
        [
            "persons",
            "hours_per_week",
            "paid_share",
            "hourly_wage",
            "oncost_rate"
        ]
    );
}

#[test]
fn link_version_2_field_order_is_frozen() {
    // A version 2 link stores numbers in this order. Never change this list: when a field is
    // added (the coverage test below fails), add link version 3 and keep decoding 1 and 2.
    // Version 3 stores the same numbers in the same order, and the uncertain inputs after the
    // groups, naming each by its position in these tables.
    assert_eq!(LINK_VERSION, 3);
    let path = |f: FieldId| f.spec().path;
    assert_eq!(
        keys(&GLOBAL_FIELDS_V2, path),
        [
            "pricing.markup_rate",
            "pricing.fixed_hourly_price",
            "pricing.yearly_fee",
            "municipal.course_price_per_week",
            "municipal.occupancy",
            "municipal.mentor_hours_per_week",
            "municipal.mentor_rate",
            "support.fixed_fte",
            "support.caseload_participants",
            "support.caseload_employees",
            "support.monthly_salary",
            "support.pension_rate",
            "support.other_staff_costs",
            "company.alternative_price_per_hour",
            "company.other_savings",
            "company.freed_hour_value",
            "frame.weeks_per_year",
            "other_se_costs",
            "public.state_refund_rate",
            "public.kommuneskat",
            "projection.years",
            "projection.course_months",
            "projection.flex_share",
            "projection.ordinary_share",
            "projection.ordinary_hours",
            "projection.via_se_cap",
            "projection.job_exit_per_year",
            "projection.back_to_job_per_year",
            "projection.deadweight",
            "projection.otherwise_fp",
            "projection.activation_per_week",
            "projection.spin_off_month",
            "projection.external_jobs_per_year",
            "projection.discount_rate",
        ]
    );
    assert_eq!(
        keys(&KONTANTHJAELP_V2, KontanthjaelpRate::key),
        ["forhoejet", "forhoejet_enlig", "forsorger", "grundsats"]
    );
}

#[test]
fn link_version_1_choice_order_is_frozen() {
    // A link stores each choice as its position here; same rule as the fields.
    assert_eq!(LANGS_V1, ["da", "en"]);
    assert_eq!(
        keys(&MODELS_V1, PresetId::key),
        [
            "joint",
            "supplier",
            "labour_shortage",
            "in_house",
            "spin_off"
        ]
    );
    assert_eq!(
        keys(&KINDS_V1, GroupKind::key),
        ["fleksjob", "smajob", "ordinary", "participant"]
    );
    assert_eq!(
        keys(&ORGANISATIONS_V1, Organisation::key),
        ["separate", "department"]
    );
    assert_eq!(
        keys(&PRICING_MODES_V1, PricingMode::key),
        ["markup", "fixed_price"]
    );
    assert_eq!(
        keys(&STAFFING_MODES_V1, StaffingMode::key),
        ["caseload", "fixed"]
    );
    assert_eq!(
        keys(&BASELINES_V1, FleksjobBaseline::key),
        ["ledighedsydelse", "kontanthjaelp"]
    );
    assert_eq!(
        keys(&BENEFITS_V1, ParticipantBenefit::key),
        [
            "kontanthjaelp",
            "ressourceforloeb_forsorger",
            "ressourceforloeb_ikke_forsorger"
        ]
    );
}

/// Each of `all` once in `table`, in any order.
fn covers<T: Ord + Copy + std::fmt::Debug>(table: &[T], all: &[T]) -> bool {
    let mut a = table.to_vec();
    let mut b = all.to_vec();
    a.sort();
    b.sort();
    a == b
}

#[test]
fn link_version_2_holds_every_field_and_every_choice() {
    // Fails when a field or a variant is added: add link version 3 (see the frozen order above).
    let all: Vec<FieldId> = FieldId::all().collect();
    let mut stored: Vec<FieldId> = GLOBAL_FIELDS_V2.to_vec();
    stored.extend(GROUP_FIELDS_V1);
    assert!(
        covers(&stored, &all),
        "a field is missing from link version 2"
    );
    assert!(GLOBAL_FIELDS_V2.iter().all(|f| !f.is_group_field()));
    assert!(covers(&KONTANTHJAELP_V2, KontanthjaelpRate::ALL));
    assert!(GROUP_FIELDS_V1.iter().all(|f| f.is_group_field()));
    assert!(covers(&MODELS_V1, PresetId::ALL));
    assert!(covers(&KINDS_V1, GroupKind::ALL));
    assert!(covers(&ORGANISATIONS_V1, Organisation::ALL));
    assert!(covers(&PRICING_MODES_V1, PricingMode::ALL));
    assert!(covers(&STAFFING_MODES_V1, StaffingMode::ALL));
    assert!(covers(&BASELINES_V1, FleksjobBaseline::ALL));
    assert!(covers(&BENEFITS_V1, ParticipantBenefit::ALL));
}

fn leaves(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                let at = if at.is_empty() {
                    k.clone()
                } else {
                    format!("{at}.{k}")
                };
                leaves(v, at, out);
            }
        }
        serde_json::Value::Array(a) => {
            for v in a {
                leaves(v, format!("{at}[]"), out);
            }
        }
        _ => out.push(at),
    }
}

#[test]
fn link_version_3_knows_every_member_of_a_scenario() {
    // The members a version 3 link stores besides the numbers of the field table. A new member
    // of `Scenario` fails this test: store it in link version 4.
    let mut s = Scenario::default();
    s.groups.push(WorkforceGroup::new(GroupKind::Fleksjob));
    s.uncertainty.set(model::Range {
        input: FieldPath::group(0, FieldId::Persons),
        low: 1.0,
        high: 3.0,
    });
    let mut members = Vec::new();
    leaves(
        &serde_json::to_value(&s).unwrap(),
        String::new(),
        &mut members,
    );
    let numbers: Vec<String> = every_path(&s)
        .iter()
        .map(|p| match p.group {
            Some(_) => format!("groups[].{}", p.field.spec().path),
            None => p.field.spec().path.to_string(),
        })
        .collect();
    members.retain(|m| !numbers.contains(m));
    members.sort();
    assert_eq!(
        members,
        [
            "groups[].billed",
            "groups[].kind",
            "groups[].name",
            "organisation",
            "pricing.mode",
            "projection.refill",
            "projection.via_se",
            "public.fleksjob_baseline",
            "public.kontanthjaelp",
            "public.participant_benefit",
            "rate_year",
            "support.staffing",
            "uncertainty.draws",
            "uncertainty.ranges[].high",
            "uncertainty.ranges[].input",
            "uncertainty.ranges[].low",
            "uncertainty.seed",
        ]
    );
}

#[test]
fn the_kept_version_1_links_read_as_their_scenario_files() {
    // tests/fixtures/links/v1/NAME.txt is the link of tests/fixtures/v3/NAME.json (lang "da"):
    // the bytes of version 1, frozen. Its two tax inputs are read and dropped, as the file's are.
    let dir = format!("{}/tests/fixtures", manifest_dir());
    let mut read = 0;
    for id in PresetId::ALL {
        let text = std::fs::read_to_string(format!("{dir}/links/v1/{}.txt", id.key())).unwrap();
        let text = text.trim_end();
        let file =
            decode_file(&std::fs::read_to_string(format!("{dir}/v3/{}.json", id.key())).unwrap())
                .unwrap();
        let expected = Shared {
            lang: "da".into(),
            name: file.name,
            model: file.model.unwrap(),
            scenario: file.scenario,
        };
        let shared = decode(text).unwrap();
        assert_eq!(shared, expected, "{id:?}");
        assert_same(&shared.scenario, &expected.scenario);
        // The new inputs take their defaults.
        assert_eq!(shared.scenario.projection, Scenario::default().projection);
        read += 1;
    }
    assert_eq!(read, 5);
}

#[test]
fn the_kept_version_2_links_read_as_their_scenario_files() {
    // tests/fixtures/links/v2/NAME.txt is the link of tests/fixtures/v4/NAME.json (lang "da"):
    // the bytes of version 2, frozen.
    let dir = format!("{}/tests/fixtures", manifest_dir());
    for id in PresetId::ALL {
        let file =
            decode_file(&std::fs::read_to_string(format!("{dir}/v4/{}.json", id.key())).unwrap())
                .unwrap();
        let text = std::fs::read_to_string(format!("{dir}/links/v2/{}.txt", id.key())).unwrap();
        let shared = decode(text.trim_end()).unwrap();
        assert_eq!(shared.scenario, file.scenario, "{id:?}");
        assert_same(&shared.scenario, &file.scenario);
    }
}

#[test]
fn the_kept_version_3_links_read_as_their_scenario_files() {
    // tests/fixtures/links/v3/NAME.txt is the link of tests/fixtures/v5/NAME.json (lang "da"):
    // the bytes of version 3, frozen; the joint model's holds three uncertain inputs and a seed.
    let dir = format!("{}/tests/fixtures", manifest_dir());
    for id in PresetId::ALL {
        let file =
            decode_file(&std::fs::read_to_string(format!("{dir}/v5/{}.json", id.key())).unwrap())
                .unwrap();
        let expected = Shared {
            lang: "da".into(),
            name: file.name,
            model: file.model.unwrap(),
            scenario: file.scenario,
        };
        let path = format!("{dir}/links/v3/{}.txt", id.key());
        if std::env::var_os("PB_WRITE_FIXTURES").is_some() {
            std::fs::create_dir_all(format!("{dir}/links/v3")).unwrap();
            std::fs::write(&path, encode(&expected) + "\n").unwrap();
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text.trim_end();
        let shared = decode(text).unwrap();
        assert_eq!(shared, expected, "{id:?}");
        assert_same(&shared.scenario, &expected.scenario);
        assert_eq!(encode(&expected), text, "{id:?}: encoding changed");
    }
    let joint = decode(
        std::fs::read_to_string(format!("{dir}/links/v3/joint.txt"))
            .unwrap()
            .trim_end(),
    )
    .unwrap();
    assert_eq!(joint.scenario.uncertainty.ranges.len(), 3);
    assert_eq!(joint.scenario.uncertainty.seed, 4711);
}

#[test]
fn bad_uncertain_inputs_make_a_damaged_link() {
    let mut s = preset(PresetId::Joint);
    let u = &mut s.scenario.uncertainty;
    u.set(model::Range {
        input: FieldPath::group(0, FieldId::Persons),
        low: 1.0,
        high: 3.0,
    });
    round_trip(&s);
    // The tail: seed 2026 and 10,000 draws (varints), one range: `Some` group 0, field 0
    // (persons), low 1 and high 3 (whole numbers, zigzag varints).
    let n = raw(&s).len();
    assert_eq!(
        raw(&s)[n - 12..],
        [0xEA, 0x0F, 0x90, 0x4E, 1, 1, 0, 0, 0, 2, 0, 6]
    );
    // A group that is not there, a field past the table, an option tag that means nothing.
    for (at, v) in [(n - 6, 9u8), (n - 5, 9), (n - 7, 2)] {
        assert_eq!(
            decode(&patched(&s, |b| b[at] = v)),
            Err(LinkError::Malformed),
            "byte {at} = {v}"
        );
    }
    // Too few draws, and the same input twice.
    assert_eq!(
        decode(&patched(&s, |b| {
            b.splice(n - 10..n - 8, [10]).for_each(drop);
        })),
        Err(LinkError::Malformed)
    );
    assert_eq!(
        decode(&patched(&s, |b| {
            b[n - 8] = 2;
            b.extend_from_slice(&[1, 0, 0, 0, 2, 0, 6]);
        })),
        Err(LinkError::Malformed)
    );
}

#[test]
fn versions_above_3_are_told_apart() {
    let s = preset(PresetId::Joint);
    for version in [4u8, 127, 255] {
        let text = patched(&s, |b| b[0] = version);
        assert_eq!(
            decode(&text),
            Err(LinkError::FutureVersion { found: version })
        );
        assert_eq!(
            decode(&BASE64URL_NOPAD.encode(&[version])),
            Err(LinkError::FutureVersion { found: version })
        );
    }
    assert_eq!(
        decode(&patched(&s, |b| b[0] = 0)),
        Err(LinkError::UnknownVersion { found: 0 })
    );
}

// Byte offsets of a version 2 link with an empty name: version, lang, name length, model,
// rate year (two varint bytes), organisation, pricing mode, staffing, baseline, benefit,
// kontanthjælp rate, via the SE, refill; then the numbers.
const LANG: usize = 1;
const NAME_LEN: usize = 2;
const MODEL: usize = 3;
const ORGANISATION: usize = 6;
const BENEFIT: usize = 10;
const KONTANTHJAELP: usize = 11;
const FIRST_NUMBER: usize = 14;

#[test]
fn unknown_choices_are_malformed() {
    let s = preset(PresetId::Joint);
    assert_eq!(raw(&s)[4..6], [0xEA, 0x0F]); // 2026
    for (at, first_unknown) in [
        (LANG, 2),
        (MODEL, 5),
        (ORGANISATION, 2),
        (BENEFIT, 3),
        (KONTANTHJAELP, 4),
    ] {
        for v in [first_unknown, 0x7F, 0xFF] {
            assert_eq!(
                decode(&patched(&s, |b| b[at] = v)),
                Err(LinkError::Malformed),
                "byte {at} = {v}"
            );
        }
    }
    // The two switches are bytes 0 or 1.
    for at in [KONTANTHJAELP + 1, KONTANTHJAELP + 2] {
        assert_eq!(
            decode(&patched(&s, |b| b[at] = 2)),
            Err(LinkError::Malformed)
        );
    }
    // The first number's tag: 0–3 are the four encodings.
    assert_eq!(
        decode(&patched(&s, |b| b[FIRST_NUMBER] = 4)),
        Err(LinkError::Malformed)
    );
    // The first group's kind and billed flag: its bytes begin where a link without groups ends.
    let mut one = s.clone();
    one.scenario.groups.truncate(1);
    one.scenario.groups[0].name.clear();
    let mut none = s.clone();
    none.scenario.groups.clear();
    let group = raw(&none).len() - UNCERTAINTY_TAIL;
    let bytes = raw(&one);
    assert_eq!(bytes[group + 2], 0, "the empty name");
    for (at, v) in [(group, 4u8), (group + 1, 2)] {
        assert_eq!(
            decode(&patched(&one, |b| b[at] = v)),
            Err(LinkError::Malformed),
            "byte {at} = {v}"
        );
    }
}

#[test]
fn a_non_finite_raw_number_is_malformed() {
    let mut s = preset(PresetId::Joint);
    s.scenario.pricing.markup_rate = 0.123_456_789; // stored raw: tag 3, 8 bytes
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let text = patched(&s, |b| {
            let at = FIRST_NUMBER;
            assert_eq!(b[at], 3);
            b[at + 1..at + 9].copy_from_slice(&bad.to_le_bytes());
        });
        assert_eq!(decode(&text), Err(LinkError::Malformed));
    }
}

#[test]
fn invalid_utf8_in_a_name_is_malformed() {
    let s = Shared {
        name: "ab".into(),
        ..preset(PresetId::Joint)
    };
    for bad in [[0xFF, 0xFE], [0xC3, 0x28], [0xED, 0xA0]] {
        let text = patched(&s, |b| b[NAME_LEN + 1..NAME_LEN + 3].copy_from_slice(&bad));
        assert_eq!(decode(&text), Err(LinkError::Malformed), "{bad:?}");
    }
}

#[test]
fn absurd_lengths_fail_fast() {
    let s = preset(PresetId::Joint);
    let started = std::time::Instant::now();
    // A name claiming 2^60 bytes, and 2^63 (more than a varint of usize holds on wasm32).
    for claim in [
        vec![0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10],
        vec![0xFF; 9],
        vec![0xFF; 20],
    ] {
        let text = patched(&s, |b| {
            b.splice(NAME_LEN..NAME_LEN + 1, claim.iter().copied())
                .for_each(drop);
        });
        assert!(decode(&text).is_err());
    }
    // A group count claiming 2^32 − 1 groups, or 51.
    let mut none = s.clone();
    none.scenario.groups.clear();
    for count in [vec![0xFF, 0xFF, 0xFF, 0xFF, 0x0F], vec![51]] {
        let text = patched(&none, |b| {
            let last = b.len() - 1 - UNCERTAINTY_TAIL;
            assert_eq!(b[last], 0, "the group count of no groups");
            b.splice(last..=last, count.iter().copied()).for_each(drop);
        });
        assert_eq!(decode(&text), Err(LinkError::Malformed));
    }
    assert!(started.elapsed().as_millis() < 1_000);
}

#[test]
fn a_changed_character_is_refused_never_read_as_other_numbers() {
    // The checksum's promise: a CRC-16 finds every error within 16 bits in a row, and a base64
    // character holds 6, so every link with one character changed is refused. A character
    // dropped or doubled is refused as well (checked, not promised: the CRC misses 1 in 65,536).
    let alphabet: Vec<char> = ('A'..='Z')
        .chain('a'..='z')
        .chain('0'..='9')
        .chain(['-', '_', '=', ' ', 'ø'])
        .collect();
    let mut big = preset(PresetId::Joint);
    big.name = "Prøve".into();
    big.scenario.groups[1].paid_share = 0.987_654_321;
    let mut changed = 0usize;
    let mut read = Vec::new();
    for s in PresetId::ALL.iter().map(|id| preset(*id)).chain([big]) {
        let text = encode(&s);
        for i in 0..text.len() {
            for c in &alphabet {
                let mut t: Vec<char> = text.chars().collect();
                if t[i] == *c {
                    continue;
                }
                t[i] = *c;
                let t: String = t.into_iter().collect();
                changed += 1;
                if decode(&t).is_ok() {
                    read.push(t);
                }
            }
            let dropped = format!("{}{}", &text[..i], &text[i + 1..]);
            let doubled = format!("{}{}", &text[..=i], &text[i..]);
            assert!(
                decode(&dropped).is_err(),
                "a dropped character read: {dropped}"
            );
            assert!(
                decode(&doubled).is_err(),
                "a doubled character read: {doubled}"
            );
        }
    }
    assert!(changed > 5_000, "only {changed} links changed");
    assert!(
        read.is_empty(),
        "{} of {changed} changed links read, the first: {}",
        read.len(),
        read[0]
    );
}

proptest! {
    #![proptest_config(config(20_000))]

    #[test]
    fn no_text_makes_decode_panic(text in ".{0,300}") {
        let _ = decode(&text);
    }

    #[test]
    fn no_base64url_text_makes_decode_panic(text in "[A-Za-z0-9_-]{0,400}") {
        if let Ok(s) = decode(&text) {
            prop_assert_eq!(decode(&encode(&s)), Ok(s));
        }
    }

    #[test]
    fn no_bytes_after_the_version_make_decode_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        let mut all = vec![LINK_VERSION];
        all.extend(bytes);
        if let Ok(s) = decode(&seal(all)) {
            prop_assert_eq!(decode(&encode(&s)), Ok(s));
        }
    }
}

#[test]
fn errors_say_what_happened() {
    for (e, says) in [
        (LinkError::Truncated, "cut off"),
        (LinkError::Malformed, "damaged"),
        (LinkError::FutureVersion { found: 2 }, "newer"),
        (LinkError::TooLong { chars: 5000 }, "5000"),
        (LinkError::NotALink, "base64url"),
        (LinkError::UnknownVersion { found: 0 }, "0"),
    ] {
        assert!(e.to_string().contains(says), "{e}");
    }
    // A path in a link is the same as in a file.
    assert_eq!(
        FieldPath::group(1, FieldId::Persons).to_string(),
        "groups[1].persons"
    );
}

/// This crate's folder, as cargo gives it when it runs the test. Not `env!`: a build shared by
/// another checkout of the project (the build cache outside the clone) would read that checkout's
/// files.
fn manifest_dir() -> String {
    std::env::var("CARGO_MANIFEST_DIR").expect("run by cargo")
}
