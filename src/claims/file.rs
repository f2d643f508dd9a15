//! The claims file: an article and the claims it makes, each with what it starts from
//! and what the article says it comes to. Structure is checked here (kinds, required and
//! misplaced fields, ids); the values are read by units/parse when the claim is checked, and any
//! error names the file, the line and the claim.

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::dates::published_year;
use crate::error::ClaimError;
use crate::units::Ratio;
use crate::units::parse::parse_fraction;

/// What a claim asserts, and so what it is recomputed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimKind {
    /// A load amounts to a number of homes.
    Homes,
    /// A power amounts to an energy per year, or over a `duration`.
    Energy,
    /// A load, or a projection's scenario, is a share of US electricity in a year.
    Share,
    /// A capacity costs an amount of money.
    Cost,
    /// A number of chips draws a power.
    Fleet,
    /// A load is as big as a number of something: a country, a reactor, a plant, a city.
    Equivalent,
    /// Two figures are a stated multiple or change apart (`tripled`, `an increase of 48%`).
    Growth,
    /// A figure is what others of the article make: their sum, the same amount in other units,
    /// or a multiple of one over another.
    Arithmetic,
    /// A clock time in one zone is a stated time in another (`11:15` New York = `16:15 GMT`).
    Clock,
    /// A number reported from elsewhere (a poll, a deal size): listed with its source, not recomputed.
    Cited,
}

impl ClaimKind {
    pub fn name(self) -> &'static str {
        match self {
            ClaimKind::Homes => "homes",
            ClaimKind::Energy => "energy",
            ClaimKind::Share => "share",
            ClaimKind::Cost => "cost",
            ClaimKind::Fleet => "fleet",
            ClaimKind::Equivalent => "equivalent",
            ClaimKind::Growth => "growth",
            ClaimKind::Arithmetic => "arithmetic",
            ClaimKind::Clock => "clock",
            ClaimKind::Cited => "cited",
        }
    }
}

/// Where a fleet claim's power is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Boundary {
    Chip,
    Server,
    It,
    Facility,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub title: String,
    pub language: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
}

/// Overrides of the default assumptions, as text read by units/parse.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Assume {
    pub per_home: Option<String>,
    pub load_factor: Option<String>,
    pub pue: Option<String>,
    pub national_total: Option<String>,
    pub cost_per_power: Option<String>,
}

impl Assume {
    fn is_empty(&self) -> bool {
        [
            &self.per_home,
            &self.load_factor,
            &self.pue,
            &self.national_total,
            &self.cost_per_power,
        ]
        .iter()
        .all(|v| v.is_none())
    }
}

/// Writes a claims file that [`parse`] reads back.
pub fn to_toml(article: &Article, claims: &[Claim]) -> Result<String, toml::ser::Error> {
    #[derive(Serialize)]
    struct Out<'a> {
        article: &'a Article,
        claim: &'a [Claim],
    }
    toml::to_string(&Out {
        article,
        claim: claims,
    })
}

/// One claim as written.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: String,
    pub quote: String,
    pub translation: Option<String>,
    pub kind: ClaimKind,
    pub stated: String,
    pub tolerance: Option<String>,
    /// What the article says the number covers ("AI data centers").
    pub scope: Option<String>,
    /// Where the claim is about: `world`, a country's ISO code (`JP`) or a US state (`US-TN`);
    /// its totals and households are the ones the claim is checked against (default: the US).
    pub geography: Option<String>,
    pub note: Option<String>,
    pub load: Option<String>,
    pub scenario: Option<String>,
    pub year: Option<i32>,
    pub count: Option<String>,
    pub chip: Option<String>,
    /// What an `equivalent` claim measures the load by: a reference (`hoover-dam`, `reactor`)
    /// or a country (`JP`, `Japan`).
    pub reference: Option<String>,
    pub boundary: Option<Boundary>,
    /// A growth claim's two figures from the text (`19 TWh`, `57 TWh..66 TWh`).
    pub from: Option<String>,
    pub to: Option<String>,
    /// A growth claim's starting year on a projection (default: its latest estimate before `year`).
    pub since: Option<i32>,
    /// A growth claim's span in years, ending at `year` or the projection's latest estimate
    /// ("tripled over the past decade": `years = 10`).
    pub years: Option<i32>,
    /// An energy claim's duration (`100 h`): the energy is the load over it, not over a year.
    pub duration: Option<String>,
    /// An arithmetic claim's operation: the figures whose sum is stated, the figure stated in
    /// other units, or the two figures whose ratio is stated (`["500,000 kWh/day", "29 kWh/day"]`;
    /// for a share claim, its part and whole).
    pub sum: Option<Vec<String>>,
    pub same: Option<String>,
    pub ratio: Option<Vec<String>>,
    /// A clock claim's local time (`11:15`), its IANA zone (`America/New_York`) and its date.
    pub time: Option<String>,
    pub zone: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
    /// A published figure the stated value is compared with (a ledger id from `wattcheck
    /// sources`): for a share, a growth or a cited number.
    pub figure: Option<String>,
    #[serde(default, skip_serializing_if = "Assume::is_empty")]
    pub assume: Assume,
    /// Line of the claim in its file, filled in after reading.
    #[serde(skip)]
    pub line: usize,
}

impl Claim {
    /// The tolerance as a fraction (default 10%).
    pub fn tolerance(&self) -> Result<Ratio, crate::error::UnitError> {
        parse_fraction(self.tolerance.as_deref().unwrap_or("10%"))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimsFileRecord {
    article: Article,
    claim: Vec<Spanned<Claim>>,
}

/// A checked claims file.
#[derive(Debug, Clone)]
pub struct ClaimsFile {
    pub name: String,
    pub article: Article,
    /// The year of the article's `published` date.
    pub as_of: Option<i32>,
    pub claims: Vec<Claim>,
}

/// Reads `text` (from the file `name`) and checks its structure.
pub fn parse(name: &str, text: &str) -> Result<ClaimsFile, ClaimError> {
    let newlines: Vec<usize> = text.match_indices('\n').map(|(at, _)| at).collect();
    let line_of = |offset: usize| newlines.partition_point(|&at| at < offset) + 1;
    let record: ClaimsFileRecord = toml::from_str(text).map_err(|e| ClaimError {
        file: name.into(),
        line: e.span().map(|s| line_of(s.start)),
        id: None,
        message: e.message().trim().to_string(),
    })?;
    let as_of = record
        .article
        .published
        .as_deref()
        .map(published_year)
        .transpose()
        .map_err(|e| ClaimError {
            file: name.into(),
            line: None,
            id: None,
            message: format!("article.published: {e}"),
        })?;
    let mut claims: Vec<Claim> = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for spanned in record.claim {
        let line = line_of(spanned.span().start);
        let mut claim = spanned.into_inner();
        claim.line = line;
        let fail = |message: String| ClaimError {
            file: name.into(),
            line: Some(line),
            id: Some(claim.id.clone()),
            message,
        };
        if !is_kebab_case(&claim.id) {
            return Err(fail(
                "an id is kebab-case: lowercase letters, digits and `-`".into(),
            ));
        }
        if !ids.insert(claim.id.clone()) {
            return Err(fail("the id is used twice".into()));
        }
        check_fields(&claim).map_err(fail)?;
        claim
            .tolerance()
            .map_err(|e| fail(format!("tolerance: {e}")))?;
        claims.push(claim);
    }
    Ok(ClaimsFile {
        name: name.into(),
        article: record.article,
        as_of,
        claims,
    })
}

impl Claim {
    /// A claim of `kind` stating `stated`, with no inputs yet.
    pub fn new(id: &str, quote: &str, kind: ClaimKind, stated: &str) -> Claim {
        Claim {
            id: id.into(),
            quote: quote.into(),
            translation: None,
            kind,
            stated: stated.into(),
            tolerance: None,
            scope: None,
            geography: None,
            note: None,
            load: None,
            scenario: None,
            year: None,
            count: None,
            chip: None,
            reference: None,
            boundary: None,
            from: None,
            to: None,
            since: None,
            years: None,
            duration: None,
            sum: None,
            same: None,
            ratio: None,
            time: None,
            zone: None,
            date: None,
            source: None,
            figure: None,
            assume: Assume::default(),
            line: 0,
        }
    }
}

/// Each kind's inputs are present, and no other kind's are.
fn check_fields(claim: &Claim) -> Result<(), String> {
    let given = [
        ("load", claim.load.is_some()),
        ("scenario", claim.scenario.is_some()),
        ("year", claim.year.is_some()),
        ("count", claim.count.is_some()),
        ("chip", claim.chip.is_some()),
        ("reference", claim.reference.is_some()),
        ("boundary", claim.boundary.is_some()),
        ("from", claim.from.is_some()),
        ("to", claim.to.is_some()),
        ("since", claim.since.is_some()),
        ("years", claim.years.is_some()),
        ("duration", claim.duration.is_some()),
        ("source", claim.source.is_some()),
        ("sum", claim.sum.is_some()),
        ("same", claim.same.is_some()),
        ("ratio", claim.ratio.is_some()),
        ("figure", claim.figure.is_some()),
        ("time", claim.time.is_some()),
        ("zone", claim.zone.is_some()),
        ("date", claim.date.is_some()),
    ];
    let (required, allowed): (&[&str], &[&str]) = match claim.kind {
        ClaimKind::Homes | ClaimKind::Cost => (&["load"], &["load"]),
        ClaimKind::Energy => (&["load"], &["load", "duration"]),
        ClaimKind::Share => (&[], &["load", "scenario", "year", "figure", "ratio"]),
        ClaimKind::Fleet => (&["count", "chip"], &["count", "chip", "boundary"]),
        ClaimKind::Clock => (&["time", "zone", "date"], &["time", "zone", "date"]),
        ClaimKind::Growth => (
            &[],
            &["from", "to", "scenario", "year", "since", "years", "figure"],
        ),
        ClaimKind::Cited => (&[], &["source", "figure"]),
        ClaimKind::Arithmetic => (&[], &["sum", "same", "ratio", "year"]),
        ClaimKind::Equivalent => (&["reference"], &["load", "reference"]),
    };
    let kind = claim.kind.name();
    for (field, present) in given {
        if present && !allowed.contains(&field) {
            return Err(format!(
                "field `{field}` does not apply to a `{kind}` claim"
            ));
        }
        if !present && required.contains(&field) {
            return Err(format!("a `{kind}` claim needs `{field}`"));
        }
    }
    let bases = |fields: &[bool]| fields.iter().filter(|given| **given).count();
    let figure = claim.figure.is_some();
    if claim.kind == ClaimKind::Share
        && bases(&[
            claim.load.is_some(),
            claim.scenario.is_some(),
            figure,
            claim.ratio.is_some(),
        ]) != 1
    {
        return Err("a `share` claim needs one of `load`, `scenario`, `figure` or `ratio`".into());
    }
    if claim.kind == ClaimKind::Cited && bases(&[claim.source.is_some(), figure]) != 1 {
        return Err("a `cited` claim needs one of `source` or `figure`".into());
    }
    Ok(())
}

fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
