//! Each kind of claim is a type with its fields, read from the claims file; it is checked by
//! recomputing it through the model, with what would change its verdict.

mod arithmetic;
mod clock;
mod cost;
mod equivalent;
mod fleet;
mod growth;
mod load;
mod published;
mod scenario;

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::file::{Claim, ClaimKind};
use super::hedge::Claimed;
use super::verdict::{Comparison, Verdict};
use crate::data::Dataset;
use crate::uncertainty::sampling::Sampling;
use crate::units::{Quantity, format};

/// What checking needs: the data and how to sample.
pub struct Context<'a> {
    pub dataset: &'a Dataset,
    pub sampling: &'a Sampling,
    /// The year the article speaks from (its `published` date): a claim with no `year` is
    /// judged against the figures nearest it, not the newest.
    pub as_of: Option<i32>,
}

/// A value as the article states it or as recomputed: its text and, for a number, the quantity.
#[derive(Debug, Clone, PartialEq)]
pub struct Stated {
    pub text: String,
    pub quantity: Option<Quantity>,
}

impl Stated {
    pub fn quantity(quantity: Quantity) -> Stated {
        Stated {
            text: format::quantity(quantity),
            quantity: Some(quantity),
        }
    }

    pub fn text(text: impl Into<String>) -> Stated {
        Stated {
            text: text.into(),
            quantity: None,
        }
    }
}

/// JSON: `{"text": "25 million", "value": 25000000, "unit": "1"}`; `value` and `unit` only for
/// a number.
impl Serialize for Stated {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("text", &self.text)?;
        if let Some(quantity) = self.quantity {
            let (value, unit) = format::canonical(quantity);
            map.serialize_entry("value", &value)?;
            map.serialize_entry("unit", unit)?;
        }
        map.end()
    }
}

/// A claim's stated value as read, and as written.
#[derive(Debug, Clone, PartialEq)]
pub struct StatedAs {
    pub claimed: Claimed,
    pub text: String,
}

impl StatedAs {
    /// Reads the claim's `stated` with `read` for its number (hedges and ranges around it).
    pub fn read<E>(text: &str, read: impl Fn(&str) -> Result<Quantity, E>) -> Result<StatedAs, E> {
        Ok(StatedAs {
            claimed: Claimed::read(text, read)?,
            text: text.trim().to_string(),
        })
    }

    /// As shown: a plain number in wattcheck's format, a hedge or a range as written.
    pub fn shown(&self) -> Stated {
        let c = &self.claimed;
        match (c.hedge, c.low == c.high) {
            (None, true) => Stated::quantity(c.low),
            _ => Stated {
                text: self.text.clone(),
                quantity: Some(c.central()),
            },
        }
    }
}

/// One claim, recomputed.
#[derive(Debug, Clone, PartialEq)]
pub struct Recomputed {
    pub stated: Stated,
    pub computed: Option<Stated>,
    pub comparison: Option<Comparison>,
    /// The verdict of a claim with no numeric comparison (a clock time); else from `comparison`.
    pub verdict: Option<Verdict>,
    pub explanation: String,
    pub sources: Vec<String>,
}

impl Recomputed {
    pub fn verdict(&self) -> Verdict {
        self.comparison
            .map(|c| c.verdict)
            .or(self.verdict)
            .unwrap_or(Verdict::Unverifiable)
    }
}

/// The projection source a scenario belongs to: `lbnl-2024` for `lbnl-2024-high` (the longest
/// source id it starts with), or the source itself.
fn scenario_source<'a>(context: &Context<'a>, scenario: &str) -> anyhow::Result<&'a str> {
    context
        .dataset
        .sources()
        .map(|s| s.id.as_str())
        .filter(|id| scenario == *id || scenario.starts_with(&format!("{id}-")))
        .max_by_key(|id| id.len())
        .ok_or_else(|| anyhow::anyhow!("unknown scenario `{scenario}`: a scenario is a projection source id and a case, such as `lbnl-2024-high`"))
}

/// A figure as read: its value, or its range as two ends.
fn shown(value: &Claimed) -> String {
    match value.low == value.high {
        true => format::quantity(value.low),
        false => format!(
            "{}..{}",
            format::quantity(value.low),
            format::quantity(value.high)
        ),
    }
}

/// A required field of a claim, or an error naming it.
fn field<'c>(claim: &'c Claim, name: &str, value: &'c Option<String>) -> anyhow::Result<&'c str> {
    value
        .as_deref()
        .ok_or_else(|| anyhow::anyhow!("a {} claim needs `{name}`", claim.kind.name()))
}

/// Checks one claim by its kind.
pub fn recompute(context: &Context, claim: &Claim) -> anyhow::Result<Recomputed> {
    let tolerance = claim.tolerance()?.get::<uom::si::ratio::ratio>();
    if let Some(figure) = &claim.figure {
        return published::PublishedClaim::read(claim, figure)?.check(context, tolerance);
    }
    match claim.kind {
        ClaimKind::Homes | ClaimKind::Energy => {
            load::LoadClaim::read(claim)?.check(context, tolerance)
        }
        ClaimKind::Share if claim.ratio.is_some() => {
            arithmetic::ArithmeticClaim::read(claim, context.dataset)?.check(context, tolerance)
        }
        ClaimKind::Share => match (&claim.load, &claim.scenario) {
            (Some(_), _) => load::LoadClaim::read(claim)?.check(context, tolerance),
            (None, Some(_)) => scenario::ScenarioClaim::read(claim)?.check(context, tolerance),
            (None, None) => Err(anyhow::anyhow!(
                "a share claim needs `load`, `scenario` or `figure`"
            )),
        },
        ClaimKind::Cost => cost::CostClaim::read(claim)?.check(context, tolerance),
        ClaimKind::Fleet => fleet::FleetClaim::read(claim)?.check(context, tolerance),
        ClaimKind::Equivalent => {
            equivalent::EquivalentClaim::read(claim)?.check(context, tolerance)
        }
        ClaimKind::Growth => growth::GrowthClaim::read(claim)?.check(context, tolerance),
        ClaimKind::Arithmetic => {
            arithmetic::ArithmeticClaim::read(claim, context.dataset)?.check(context, tolerance)
        }
        ClaimKind::Clock => clock::ClockClaim::read(claim)?.check(),
        ClaimKind::Cited => cited(context.dataset, claim),
    }
}

/// Listed with its source; not recomputed.
fn cited(dataset: &Dataset, claim: &Claim) -> anyhow::Result<Recomputed> {
    let source = field(claim, "source", &claim.source)?;
    let (sources, citation) = match dataset.source(source) {
        Ok(record) => (
            vec![record.id.clone()],
            format!("{}: {} ({})", record.publisher, record.title, record.date),
        ),
        Err(_) => (Vec::new(), format!("source given as: {source}")),
    };
    let explanation = match &claim.note {
        Some(note) => format!("{note} Cited: {citation}."),
        None => format!("Cited: {citation}."),
    };
    Ok(Recomputed {
        stated: Stated::text(claim.stated.clone()),
        computed: None,
        comparison: None,
        verdict: None,
        explanation,
        sources,
    })
}

/// "what would change the verdict": the same claim at another assumption.
fn alternative(
    what: &str,
    computed: f64,
    stated: &Claimed,
    tolerance: f64,
    shown: String,
) -> String {
    let (comparison, _) = stated.compare(computed, tolerance);
    format!(
        "{what}: {shown}, {} ({})",
        comparison.verdict,
        comparison.describe()
    )
}

/// A numeric claim's outcome: stated against computed at the point estimate, and, when the run
/// sampled, over the draws (the share in which it holds, said in the explanation).
fn numeric(
    (stated, computed): (&StatedAs, Quantity),
    tolerance: f64,
    probability: Option<f64>,
    explanation: String,
    sources: Vec<String>,
) -> Recomputed {
    let (mut comparison, note) = stated.claimed.compare(computed.base(), tolerance);
    let mut explanation = explanation;
    if let Some(note) = note {
        explanation.push_str(&format!("; {note}"));
    }
    if let Some(probability) = probability {
        comparison = comparison.with_probability(probability);
        explanation.push_str(&format!(
            "; the claim holds in {:.0}% of the draws",
            probability * 100.0
        ));
    }
    Recomputed {
        stated: stated.shown(),
        computed: Some(Stated::quantity(computed)),
        comparison: Some(comparison),
        verdict: None,
        explanation,
        sources,
    }
}

/// A load as the article wrote it: `nearly 2 GW` is the range of capacities it allows.
pub(super) fn hedged_load(
    text: &str,
    load_factor: Option<&str>,
    width: f64,
) -> anyhow::Result<crate::request::values::LoadRequest> {
    let (hedge, rest) = crate::claims::hedge::split(text);
    let mut load = crate::request::values::load(rest, load_factor)?;
    if let Some(range) = crate::claims::hedge::as_range(hedge, &load.power.value, width) {
        load.power.value = range;
        load.power.text = text.trim().to_string();
    }
    Ok(load)
}
