//! The share link codec: a whole scenario, its name, the chosen model and the interface language
//! as URL-fragment-safe text (`docs/scenario-format.md`, "Share links"). The browser puts it after
//! `#s=`; this module only turns a [`Shared`] into that text and back.
//!
//! The bytes are one version byte, then the version's payload in [postcard]'s wire format (varint
//! integers, length-prefixed UTF-8 strings), then a CRC-16 of all that (2 bytes, big-endian), and
//! the text is those bytes in unpadded base64url. The checksum makes a link with a changed
//! character a damaged link rather than a link to other numbers.
//! Every input is stored, never a difference from the defaults, so a link restores the very same
//! page even when a later build changes the defaults. Each number is stored exactly: as an integer
//! when it is `i`, `i / 100` or `i / 10,000` bit for bit, else as its 8 raw bytes.
//!
//! Decoding is strict and never panics: a link is read back exactly or refused with a
//! [`LinkError`] that tells a cut-off link, a link of a newer build and a damaged one apart.
//! Values are not range-checked here; the page validates the scenario it restores.

use super::MAX_NAME_CHARS;
use crc::{Crc, CRC_16_IBM_SDLC};
use data_encoding::BASE64URL_NOPAD;
use model::{
    FieldId, FieldPath, FleksjobBaseline, GroupKind, KontanthjaelpRate, Organisation,
    ParticipantBenefit, PresetId, PricingMode, Scenario, StaffingMode, WorkforceGroup, MAX_GROUPS,
};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The link version this build writes. It reads every version from 1 on.
pub const LINK_VERSION: u8 = 3;

/// Longest payload read (characters); longer is refused before decoding.
pub const MAX_LINK_CHARS: usize = 4096;

/// Everything a share link holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    /// The interface language tag: one of [`LANGS_V1`] (`"da"` or `"en"`).
    pub lang: String,
    /// The scenario's name; may be empty.
    pub name: String,
    /// The partnership model the scenario was started from.
    pub model: PresetId,
    /// Every input.
    pub scenario: Scenario,
}

/// Why a text could not be read as a share link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Longer than [`MAX_LINK_CHARS`]; not decoded.
    TooLong {
        /// Its length in characters.
        chars: usize,
    },
    /// A character outside the base64url alphabet (`A`–`Z`, `a`–`z`, `0`–`9`, `-`, `_`).
    NotALink,
    /// The bytes ran out before the scenario was complete: the link was cut off.
    Truncated,
    /// Damaged: a byte that means nothing here (an unknown tag or choice, a bad varint, invalid
    /// UTF-8), a non-finite number, more than [`MAX_GROUPS`] groups, a name over
    /// [`MAX_NAME_CHARS`] characters, or bytes after the end.
    Malformed,
    /// Made by a newer build: a version above [`LINK_VERSION`].
    FutureVersion {
        /// The version found.
        found: u8,
    },
    /// Version 0, which no build writes.
    UnknownVersion {
        /// The version found.
        found: u8,
    },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::TooLong { chars } => write!(
                f,
                "link too long: {chars} characters, at most {MAX_LINK_CHARS} are read"
            ),
            LinkError::NotALink => f.write_str("not a share link: a character outside base64url"),
            LinkError::Truncated => f.write_str("the link is cut off"),
            LinkError::Malformed => f.write_str("the link is damaged"),
            LinkError::FutureVersion { found } => write!(
                f,
                "link version {found} is newer than this build reads (up to {LINK_VERSION})"
            ),
            LinkError::UnknownVersion { found } => write!(f, "unknown link version {found}"),
        }
    }
}

// The wire tables of link version 1. FROZEN: a link stores a choice as its position in these
// lists, and a value as its position in the field lists, so old links keep reading whatever order
// the interface lists them in. `tests/link.rs` freezes their keys and checks they cover every
// variant and field: when a field, a scenario member or a variant is added, add link version 2
// (new tables, a new payload) and keep decoding version 1 with these.

/// Interface languages, by position (link version 1).
pub const LANGS_V1: [&str; 2] = ["da", "en"];

/// Partnership models, by position (link version 1).
pub const MODELS_V1: [PresetId; 5] = [
    PresetId::Joint,
    PresetId::Supplier,
    PresetId::LabourShortage,
    PresetId::InHouse,
    PresetId::SpinOff,
];

/// Group kinds, by position (link version 1).
pub const KINDS_V1: [GroupKind; 4] = [
    GroupKind::Fleksjob,
    GroupKind::Smajob,
    GroupKind::Ordinary,
    GroupKind::Participant,
];

/// Organisations, by position (link version 1).
pub const ORGANISATIONS_V1: [Organisation; 2] = [Organisation::Separate, Organisation::Department];

/// Pricing modes, by position (link version 1).
pub const PRICING_MODES_V1: [PricingMode; 2] = [PricingMode::Markup, PricingMode::FixedPrice];

/// Staffing modes, by position (link version 1).
pub const STAFFING_MODES_V1: [StaffingMode; 2] = [StaffingMode::Caseload, StaffingMode::Fixed];

/// Fleksjob baselines, by position (link version 1).
pub const BASELINES_V1: [FleksjobBaseline; 2] = [
    FleksjobBaseline::Ledighedsydelse,
    FleksjobBaseline::Kontanthjaelp,
];

/// Participant benefits, by position (link version 1).
pub const BENEFITS_V1: [ParticipantBenefit; 3] = [
    ParticipantBenefit::Kontanthjaelp,
    ParticipantBenefit::RessourceforloebForsorger,
    ParticipantBenefit::RessourceforloebIkkeForsorger,
];

/// The scenario-wide numbers, in the order link version 1 stores them; `None` for the two that
/// are no longer inputs (the marginal tax rate and the municipality's share of it: the tax is
/// derived from the rate year since version 2), which are read and dropped.
pub const GLOBAL_FIELDS_V1: [Option<FieldId>; 21] = [
    Some(FieldId::MarkupRate),
    Some(FieldId::FixedHourlyPrice),
    Some(FieldId::YearlyFee),
    Some(FieldId::CoursePricePerWeek),
    Some(FieldId::Occupancy),
    Some(FieldId::MentorHoursPerWeek),
    Some(FieldId::MentorRate),
    Some(FieldId::FixedFte),
    Some(FieldId::CaseloadParticipants),
    Some(FieldId::CaseloadEmployees),
    Some(FieldId::MonthlySalary),
    Some(FieldId::PensionRate),
    Some(FieldId::OtherStaffCosts),
    Some(FieldId::AlternativePricePerHour),
    Some(FieldId::OtherSavings),
    Some(FieldId::FreedHourValue),
    Some(FieldId::WeeksPerYear),
    Some(FieldId::OtherSeCosts),
    Some(FieldId::StateRefundRate),
    None,
    None,
];

// The wire tables of link version 2. FROZEN, as version 1's.

/// Kontanthjælp rates, by position (link version 2).
pub const KONTANTHJAELP_V2: [KontanthjaelpRate; 4] = [
    KontanthjaelpRate::Forhoejet,
    KontanthjaelpRate::ForhoejetEnlig,
    KontanthjaelpRate::Forsorger,
    KontanthjaelpRate::Grundsats,
];

/// The scenario-wide numbers, in the order link version 2 stores them.
pub const GLOBAL_FIELDS_V2: [FieldId; 34] = [
    FieldId::MarkupRate,
    FieldId::FixedHourlyPrice,
    FieldId::YearlyFee,
    FieldId::CoursePricePerWeek,
    FieldId::Occupancy,
    FieldId::MentorHoursPerWeek,
    FieldId::MentorRate,
    FieldId::FixedFte,
    FieldId::CaseloadParticipants,
    FieldId::CaseloadEmployees,
    FieldId::MonthlySalary,
    FieldId::PensionRate,
    FieldId::OtherStaffCosts,
    FieldId::AlternativePricePerHour,
    FieldId::OtherSavings,
    FieldId::FreedHourValue,
    FieldId::WeeksPerYear,
    FieldId::OtherSeCosts,
    FieldId::StateRefundRate,
    FieldId::Kommuneskat,
    FieldId::Years,
    FieldId::CourseMonths,
    FieldId::FlexShare,
    FieldId::OrdinaryShare,
    FieldId::OrdinaryHours,
    FieldId::ViaSeCap,
    FieldId::JobExitPerYear,
    FieldId::BackToJobPerYear,
    FieldId::Deadweight,
    FieldId::OtherwiseFp,
    FieldId::ActivationPerWeek,
    FieldId::SpinOffMonth,
    FieldId::ExternalJobsPerYear,
    FieldId::DiscountRate,
];

/// How many of [`GLOBAL_FIELDS_V2`] travel in the first array (serde's arrays stop at 32); the
/// rest follow in a second.
const V2_FIRST: usize = 32;

/// Each group's numbers, in the order link version 1 stores them.
pub const GROUP_FIELDS_V1: [FieldId; 5] = [
    FieldId::Persons,
    FieldId::HoursPerWeek,
    FieldId::PaidShare,
    FieldId::HourlyWage,
    FieldId::OncostRate,
];

/// One number, exactly: most inputs are whole, in hundredths (kroner and øre, percentages) or in
/// ten-thousandths (percentages with two decimals), and take one to four bytes that way.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
enum Num {
    /// Exactly `i`.
    Whole(i64),
    /// Exactly `i / 100`.
    Hundredths(i64),
    /// Exactly `i / 10,000`.
    TenThousandths(i64),
    /// Any other value, as its 8 bytes.
    Raw(f64),
}

/// A scale and the encoding of the numbers that are an integer divided by it.
type Scale = (f64, fn(i64) -> Num);

/// The exact encodings, in the order tried.
const SCALES: [Scale; 3] = [
    (1.0, Num::Whole),
    (100.0, Num::Hundredths),
    (10_000.0, Num::TenThousandths),
];

/// Largest integer every smaller one of which an f64 holds exactly (2^53).
const EXACT_INTEGERS: f64 = 9_007_199_254_740_992.0;

impl Num {
    fn pack(v: f64) -> Num {
        for (scale, tag) in SCALES {
            let rounded = (v * scale).round();
            // NaN and infinities fail the first test, −0 the second (the integer 0 gives +0).
            if rounded.abs() <= EXACT_INTEGERS {
                let i = rounded as i64;
                if (i as f64 / scale).to_bits() == v.to_bits() {
                    return tag(i);
                }
            }
        }
        Num::Raw(v)
    }

    fn unpack(self) -> Result<f64, LinkError> {
        let v = match self {
            Num::Whole(i) => i as f64,
            Num::Hundredths(i) => i as f64 / 100.0,
            Num::TenThousandths(i) => i as f64 / 10_000.0,
            Num::Raw(v) => v,
        };
        if v.is_finite() {
            Ok(v)
        } else {
            Err(LinkError::Malformed)
        }
    }
}

/// Link version 1 up to the groups.
#[derive(Serialize, Deserialize)]
struct HeadV1 {
    lang: u8,
    name: String,
    model: u8,
    choices: Choices,
    globals: [Num; GLOBAL_FIELDS_V1.len()],
}

/// Link versions 2 and 3 up to the groups.
#[derive(Serialize, Deserialize)]
struct HeadV2 {
    lang: u8,
    name: String,
    model: u8,
    choices: Choices,
    kontanthjaelp: u8,
    via_se: bool,
    refill: bool,
    globals: [Num; V2_FIRST],
    tail: [Num; GLOBAL_FIELDS_V2.len() - V2_FIRST],
}

/// What link version 3 adds after the groups: the uncertain inputs and how they are drawn.
#[derive(Serialize, Deserialize)]
struct UncertaintyV3 {
    seed: u32,
    draws: u32,
    ranges: Vec<RangeV3>,
}

/// One uncertain input in link version 3: a scenario-wide field by its position in
/// [`GLOBAL_FIELDS_V2`], or group `group`'s field by its position in [`GROUP_FIELDS_V1`].
#[derive(Serialize, Deserialize)]
struct RangeV3 {
    group: Option<u8>,
    field: u8,
    low: Num,
    high: Num,
}

impl UncertaintyV3 {
    fn of(sc: &Scenario) -> Self {
        let u = &sc.uncertainty;
        UncertaintyV3 {
            seed: u.seed,
            draws: u.draws,
            ranges: u
                .ranges
                .iter()
                .map(|r| RangeV3 {
                    group: r.input.group.map(|i| u8::try_from(i).unwrap_or(u8::MAX)),
                    field: match r.input.group {
                        None => position(&GLOBAL_FIELDS_V2, &r.input.field),
                        Some(_) => position(&GROUP_FIELDS_V1, &r.input.field),
                    },
                    low: Num::pack(r.low),
                    high: Num::pack(r.high),
                })
                .collect(),
        }
    }

    /// Puts these into `s` (its groups read already); a range of an input that is not there,
    /// two of one input, or draws outside the limits make the link damaged.
    fn into_scenario(self, s: &mut Scenario) -> Result<(), LinkError> {
        s.uncertainty.seed = self.seed;
        s.uncertainty.draws = self.draws;
        for r in self.ranges {
            let input = match r.group {
                None => FieldPath::global(entry(&GLOBAL_FIELDS_V2, r.field)?),
                Some(i) => FieldPath::group(usize::from(i), entry(&GROUP_FIELDS_V1, r.field)?),
            };
            s.uncertainty.ranges.push(model::Range {
                input,
                low: r.low.unpack()?,
                high: r.high.unpack()?,
            });
        }
        super::scenario_file::check_uncertainty(s).map_err(|_| LinkError::Malformed)
    }
}

/// One workforce group in link versions 1 to 3.
#[derive(Serialize, Deserialize)]
struct GroupV1 {
    kind: u8,
    billed: bool,
    name: String,
    values: [Num; GROUP_FIELDS_V1.len()],
}

/// The position of `value` in `table`; one past any table for a value it lacks, which decoding
/// refuses (the coverage tests keep that from happening).
fn position<T: PartialEq>(table: &[T], value: &T) -> u8 {
    table
        .iter()
        .position(|t| t == value)
        .and_then(|i| u8::try_from(i).ok())
        .unwrap_or(u8::MAX)
}

/// The entry at `index` of `table`.
fn entry<T: Copy>(table: &[T], index: u8) -> Result<T, LinkError> {
    table
        .get(usize::from(index))
        .copied()
        .ok_or(LinkError::Malformed)
}

/// Appends `value` in postcard's wire format.
fn put<T: Serialize>(out: &mut Vec<u8>, value: &T) {
    // Writing integers, floats, strings and arrays into a Vec cannot fail. Were it to, the bytes
    // would be missing and the link refused on reading, never read as something else.
    if let Ok(bytes) = postcard::to_allocvec(value) {
        out.extend_from_slice(&bytes);
    }
}

/// Reads one `T` in postcard's wire format off the front of `bytes`.
fn take<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<(T, &'a [u8]), LinkError> {
    postcard::take_from_bytes(bytes).map_err(|e| match e {
        postcard::Error::DeserializeUnexpectedEnd => LinkError::Truncated,
        _ => LinkError::Malformed,
    })
}

fn number(s: &Scenario, path: FieldPath) -> Num {
    // Every path built here exists; a missing one would store NaN, which decoding refuses.
    Num::pack(s.get(path).unwrap_or(f64::NAN))
}

/// The checksum of a link's bytes (CRC-16/IBM-SDLC, as X.25 and HDLC use).
const CHECKSUM: Crc<u16> = Crc::<u16>::new(&CRC_16_IBM_SDLC);

/// `bytes` (a version byte and its payload) sealed with their checksum, as link text. Public for
/// the fuzz target, which seals arbitrary payloads to reach the decoder behind the checksum.
pub fn seal(mut bytes: Vec<u8>) -> String {
    let sum = CHECKSUM.checksum(&bytes);
    bytes.extend_from_slice(&sum.to_be_bytes());
    BASE64URL_NOPAD.encode(&bytes)
}

/// The share link payload of `s`: unpadded base64url, safe in a URL fragment as it is.
///
/// [`decode`] reads it back exactly when `s` can be shared; see [`encode_checked`] for what cannot
/// (too many groups or too long names, non-finite numbers, another language).
pub fn encode(s: &Shared) -> String {
    let sc = &s.scenario;
    let head = HeadV2 {
        lang: position(&LANGS_V1, &s.lang.as_str()),
        name: s.name.clone(),
        model: position(&MODELS_V1, &s.model),
        choices: Choices::of(sc),
        kontanthjaelp: position(&KONTANTHJAELP_V2, &sc.public.kontanthjaelp),
        via_se: sc.projection.via_se,
        refill: sc.projection.refill,
        globals: std::array::from_fn(|i| number(sc, FieldPath::global(GLOBAL_FIELDS_V2[i]))),
        tail: std::array::from_fn(|i| {
            number(sc, FieldPath::global(GLOBAL_FIELDS_V2[V2_FIRST + i]))
        }),
    };
    let mut bytes = vec![LINK_VERSION];
    put(&mut bytes, &head);
    put(
        &mut bytes,
        &u32::try_from(sc.groups.len()).unwrap_or(u32::MAX),
    );
    for (i, g) in sc.groups.iter().enumerate() {
        let group = GroupV1 {
            kind: position(&KINDS_V1, &g.kind),
            billed: g.billed,
            name: g.name.clone(),
            values: GROUP_FIELDS_V1.map(|f| number(sc, FieldPath::group(i, f))),
        };
        put(&mut bytes, &group);
    }
    put(&mut bytes, &UncertaintyV3::of(sc));
    seal(bytes)
}

/// The share link payload of `s` if [`decode`] reads it back to `s` exactly, else why not:
/// [`LinkError::TooLong`] (too many groups or long names for a link: save a file instead) or
/// [`LinkError::Malformed`] (more than [`MAX_GROUPS`] groups, a name over [`MAX_NAME_CHARS`]
/// characters, a number that is not finite, or a language not in [`LANGS_V1`]).
pub fn encode_checked(s: &Shared) -> Result<String, LinkError> {
    let text = encode(s);
    match decode(&text) {
        Ok(back) if back == *s => Ok(text),
        Ok(_) => Err(LinkError::Malformed),
        Err(e) => Err(e),
    }
}

/// Reads a share link payload of any version from 1 to [`LINK_VERSION`].
pub fn decode(text: &str) -> Result<Shared, LinkError> {
    let chars = text.chars().count();
    if chars > MAX_LINK_CHARS {
        return Err(LinkError::TooLong { chars });
    }
    if !text
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(LinkError::NotALink);
    }
    match BASE64URL_NOPAD.decode(text.as_bytes()) {
        Ok(bytes) => from_bytes(&bytes),
        Err(_) => {
            // The last characters do not make whole bytes: a link cut off there, or stray
            // characters after a complete one. The longest prefix that makes bytes tells which.
            let bytes = (1..=3)
                .filter_map(|drop| text.len().checked_sub(drop))
                .find_map(|end| BASE64URL_NOPAD.decode(&text.as_bytes()[..end]).ok())
                .ok_or(LinkError::Malformed)?;
            match from_bytes(&bytes) {
                Ok(_) => Err(LinkError::Malformed),
                Err(e) => Err(e),
            }
        }
    }
}

fn from_bytes(bytes: &[u8]) -> Result<Shared, LinkError> {
    let (&version, _) = bytes.split_first().ok_or(LinkError::Truncated)?;
    match version {
        0 => return Err(LinkError::UnknownVersion { found: 0 }),
        1..=3 => {}
        found => return Err(LinkError::FutureVersion { found }),
    }
    let split = bytes.len().saturating_sub(2).max(1);
    let (sealed, sum) = bytes.split_at(split);
    if sum.len() == 2 && CHECKSUM.checksum(sealed).to_be_bytes() == sum {
        return if version == 1 {
            from_v1(&sealed[1..])
        } else {
            from_v2(&sealed[1..], version)
        };
    }
    // The checksum does not hold: a link cut off (its payload runs out, or only the checksum is
    // missing) or a changed one.
    let rest = if version == 1 {
        payload_rest::<HeadV1>(&bytes[1..], false)
    } else {
        payload_rest::<HeadV2>(&bytes[1..], version >= 3)
    };
    match rest {
        Err(LinkError::Truncated) => Err(LinkError::Truncated),
        Ok(rest) if rest < 2 => Err(LinkError::Truncated),
        _ => Err(LinkError::Malformed),
    }
}

/// How many bytes are left after a payload with head `H` at the start of `payload` (and the
/// uncertain inputs after the groups, if `uncertainty`).
fn payload_rest<'a, H: Deserialize<'a>>(
    payload: &'a [u8],
    uncertainty: bool,
) -> Result<usize, LinkError> {
    let (_, mut rest) = take::<H>(payload)?;
    let (count, after) = take::<u32>(rest)?;
    rest = after;
    if usize::try_from(count).unwrap_or(usize::MAX) > MAX_GROUPS {
        return Err(LinkError::Malformed);
    }
    for _ in 0..count {
        let (_, after) = take::<GroupV1>(rest)?;
        rest = after;
    }
    if uncertainty {
        let (_, after) = take::<UncertaintyV3>(rest)?;
        rest = after;
    }
    Ok(rest.len())
}

fn checked_name(name: String) -> Result<String, LinkError> {
    if name.chars().count() > MAX_NAME_CHARS {
        Err(LinkError::Malformed)
    } else {
        Ok(name)
    }
}

/// The choices every link version holds after the model, in this order on the wire (postcard
/// writes a nested struct's fields in place, so the heads' bytes are as if written out).
#[derive(Serialize, Deserialize)]
struct Choices {
    rate_year: u16,
    organisation: u8,
    pricing_mode: u8,
    staffing: u8,
    fleksjob_baseline: u8,
    participant_benefit: u8,
}

impl Choices {
    fn of(sc: &Scenario) -> Self {
        Choices {
            rate_year: sc.rate_year,
            organisation: position(&ORGANISATIONS_V1, &sc.organisation),
            pricing_mode: position(&PRICING_MODES_V1, &sc.pricing.mode),
            staffing: position(&STAFFING_MODES_V1, &sc.support.staffing),
            fleksjob_baseline: position(&BASELINES_V1, &sc.public.fleksjob_baseline),
            participant_benefit: position(&BENEFITS_V1, &sc.public.participant_benefit),
        }
    }

    /// A scenario of the defaults with these choices, room for `groups` groups.
    fn scenario(&self, groups: usize) -> Result<Scenario, LinkError> {
        let mut s = Scenario {
            rate_year: self.rate_year,
            organisation: entry(&ORGANISATIONS_V1, self.organisation)?,
            groups: Vec::with_capacity(groups),
            ..Scenario::default()
        };
        s.pricing.mode = entry(&PRICING_MODES_V1, self.pricing_mode)?;
        s.support.staffing = entry(&STAFFING_MODES_V1, self.staffing)?;
        s.public.fleksjob_baseline = entry(&BASELINES_V1, self.fleksjob_baseline)?;
        s.public.participant_benefit = entry(&BENEFITS_V1, self.participant_benefit)?;
        Ok(s)
    }
}

/// The group count after a head, checked.
fn group_count(rest: &[u8]) -> Result<(usize, &[u8]), LinkError> {
    let (count, rest) = take::<u32>(rest)?;
    let count = usize::try_from(count).unwrap_or(usize::MAX);
    if count > MAX_GROUPS {
        return Err(LinkError::Malformed);
    }
    Ok((count, rest))
}

/// Reads `count` groups into `s`, and (link version 3 on) the uncertain inputs after them, and
/// the share link around it.
fn finish(
    mut s: Scenario,
    count: usize,
    mut rest: &[u8],
    (lang, name, model): (u8, String, u8),
    uncertainty: bool,
) -> Result<Shared, LinkError> {
    for i in 0..count {
        let (g, after) = take::<GroupV1>(rest)?;
        rest = after;
        let mut group = WorkforceGroup::new(entry(&KINDS_V1, g.kind)?);
        group.billed = g.billed;
        group.name = checked_name(g.name)?;
        s.groups.push(group);
        for (field, n) in GROUP_FIELDS_V1.iter().zip(g.values) {
            s.set(FieldPath::group(i, *field), n.unpack()?);
        }
    }
    if uncertainty {
        let (u, after) = take::<UncertaintyV3>(rest)?;
        rest = after;
        u.into_scenario(&mut s)?;
    }
    if !rest.is_empty() {
        return Err(LinkError::Malformed);
    }
    Ok(Shared {
        lang: entry(&LANGS_V1, lang)?.to_string(),
        name: checked_name(name)?,
        model: entry(&MODELS_V1, model)?,
        scenario: s,
    })
}

fn from_v1(payload: &[u8]) -> Result<Shared, LinkError> {
    let (head, rest) = take::<HeadV1>(payload)?;
    let (count, rest) = group_count(rest)?;
    let mut s = head.choices.scenario(count)?;
    for (field, n) in GLOBAL_FIELDS_V1.iter().zip(head.globals) {
        let value = n.unpack()?;
        // The two tax inputs of version 1 are no longer inputs: read, checked and dropped.
        if let Some(field) = field {
            s.set(FieldPath::global(*field), value);
        }
    }
    // Version 1 held no kommuneskat: the national average of the link's own rate year.
    s.public.kommuneskat = model::rates::for_year(s.rate_year).value(model::RateId::Kommuneskat);
    finish(s, count, rest, (head.lang, head.name, head.model), false)
}

fn from_v2(payload: &[u8], version: u8) -> Result<Shared, LinkError> {
    let (head, rest) = take::<HeadV2>(payload)?;
    let (count, rest) = group_count(rest)?;
    let mut s = head.choices.scenario(count)?;
    s.public.kontanthjaelp = entry(&KONTANTHJAELP_V2, head.kontanthjaelp)?;
    s.projection.via_se = head.via_se;
    s.projection.refill = head.refill;
    for (field, n) in GLOBAL_FIELDS_V2
        .iter()
        .zip(head.globals.into_iter().chain(head.tail))
    {
        s.set(FieldPath::global(*field), n.unpack()?);
    }
    let names = (head.lang, head.name, head.model);
    finish(s, count, rest, names, version >= 3)
}

/// Most scenarios a link to a set of tabs holds.
pub const MAX_SET: usize = 10;

/// A link to a set of tabs: the active tab's index, then each tab's payload, separated by dots
/// (`1.<payload>.<payload>`). Each payload is a share link of its own, so every version a share
/// link reads is read here too. `None` for no tabs, more than [`MAX_SET`], an active index out of
/// range, or a tab that cannot be shared exactly (see [`encode_checked`]).
pub fn encode_set(tabs: &[Shared], active: usize) -> Option<String> {
    if tabs.is_empty() || tabs.len() > MAX_SET || active >= tabs.len() {
        return None;
    }
    let mut out = active.to_string();
    for tab in tabs {
        out.push('.');
        out.push_str(&encode_checked(tab).ok()?);
    }
    Some(out)
}

/// Reads a link to a set of tabs (see [`encode_set`]): the tabs and the active one's index, or the
/// first tab's error. Never panics.
pub fn decode_set(text: &str) -> Result<(Vec<Shared>, usize), LinkError> {
    let chars = text.chars().count();
    if chars > MAX_SET * (MAX_LINK_CHARS + 1) + 3 {
        return Err(LinkError::TooLong { chars });
    }
    let mut parts = text.split('.');
    let active: usize = parts
        .next()
        .filter(|a| !a.is_empty() && a.len() <= 2 && a.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|a| a.parse().ok())
        .ok_or(LinkError::NotALink)?;
    let tabs = parts.map(decode).collect::<Result<Vec<_>, _>>()?;
    if tabs.is_empty() {
        return Err(LinkError::Truncated);
    }
    if tabs.len() > MAX_SET || active >= tabs.len() {
        return Err(LinkError::Malformed);
    }
    Ok((tabs, active))
}
