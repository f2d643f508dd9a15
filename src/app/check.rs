//! `check`: each claim of an article recomputed by its kind, with a verdict, the arithmetic in
//! one line, its sources, and what would change the verdict.

use std::path::Path;

use serde::Serialize;

use crate::claims::file::{Claim, ClaimKind, ClaimsFile, parse};
use crate::claims::kinds::{Context, Stated, recompute};
use crate::claims::verdict::Verdict;
use crate::data::Dataset;
use crate::error::{ClaimError, UsageError};
use crate::provenance::{Provenance, envelope};
use crate::report::{Item, Listing, Report, Value};
use crate::uncertainty::sampling::Sampling;
use crate::units::{Quantity, Ratio};

/// One claim, checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckedClaim {
    pub id: String,
    pub kind: ClaimKind,
    pub verdict: Verdict,
    pub stated: Stated,
    pub computed: Option<Stated>,
    /// (stated − computed) ÷ computed, as a fraction.
    pub relative_error: Option<f64>,
    /// As a fraction; none for a claim not compared as a number.
    pub tolerance: Option<f64>,
    /// The share of draws in which the claim holds, when sampled.
    pub probability: Option<f64>,
    pub explanation: String,
    pub sources: Vec<String>,
    pub quote: String,
    pub translation: Option<String>,
}

/// An article's claims, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    pub title: String,
    /// The claims file's name.
    pub file: String,
    /// The article's language (BCP-47), `en` when the file does not say.
    pub language: String,
    pub claims: Vec<CheckedClaim>,
}

impl Check {
    /// How many claims got `verdict`.
    pub fn count(&self, verdict: Verdict) -> usize {
        self.claims.iter().filter(|c| c.verdict == verdict).count()
    }

    fn inputs(&self) -> Vec<Item> {
        vec![Item::new(
            "file",
            "Claims file",
            Value::Text(self.file.clone()),
        )]
    }

    /// The check for people: the counts by verdict, then each claim.
    pub fn report(&self) -> anyhow::Result<Report> {
        let mut report = Report::new("check", self.title.clone());
        report.inputs = self.inputs();
        for verdict in Verdict::ALL {
            report.results.push(Item::new(
                verdict.key(),
                verdict.summary(),
                Value::Quantity(Quantity::Number(self.count(verdict) as f64)),
            ));
        }
        let fraction = |v: Option<f64>| {
            v.map_or(Value::Empty, |v| {
                Value::Quantity(Quantity::Percent(Ratio::new::<uom::si::ratio::ratio>(v)))
            })
        };
        report.listings.push(Listing {
            key: "claims",
            heading: "",
            columns: vec![
                "id",
                "kind",
                "verdict",
                "stated",
                "computed",
                "relative_error",
                "tolerance",
                "explanation",
                "sources",
                "quote",
                "translation",
            ],
            rows: self
                .claims
                .iter()
                .map(|c| {
                    let shown = |s: &Stated| {
                        s.quantity
                            .map_or(Value::Text(s.text.clone()), Value::Quantity)
                    };
                    vec![
                        Value::Text(c.id.clone()),
                        Value::Text(c.kind.name().into()),
                        Value::Text(c.verdict.to_string()),
                        shown(&c.stated),
                        c.computed.as_ref().map_or(Value::Empty, shown),
                        fraction(c.relative_error),
                        fraction(c.tolerance),
                        Value::Text(c.explanation.clone()),
                        Value::List(c.sources.clone()),
                        Value::Text(c.quote.clone()),
                        Value::Text(c.translation.clone().unwrap_or_default()),
                    ]
                })
                .collect(),
            below: vec!["explanation", "sources", "quote", "translation"],
        });
        report.json = serde_json::to_value(self)?;
        Ok(report)
    }
}

/// JSON: the envelope, with `results` the counts by verdict (integers) and `claims`.
impl Serialize for Check {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Results<'a> {
            consistent: usize,
            inconsistent: usize,
            depends: usize,
            unverifiable: usize,
            claims: &'a [CheckedClaim],
        }
        let results = Results {
            consistent: self.count(Verdict::Consistent),
            inconsistent: self.count(Verdict::Inconsistent),
            depends: self.count(Verdict::Depends),
            unverifiable: self.count(Verdict::Unverifiable),
            claims: &self.claims,
        };
        envelope(
            serializer,
            "check",
            &self.inputs(),
            &results,
            &Provenance::default(),
            None,
        )
    }
}

/// The claims file at `path`, or the bundled article's.
pub fn read_claims(dataset: &Dataset, path: Option<&Path>) -> anyhow::Result<ClaimsFile> {
    Ok(match path {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| UsageError(format!("cannot read {}: {e}", path.display())))?;
            parse(&path.display().to_string(), &text)?
        }
        None => {
            let (name, text) = dataset.bundled_claims();
            parse(name, text)?
        }
    })
}

/// Checks every claim of a claims file already read.
pub fn check_file(
    dataset: &Dataset,
    file: &ClaimsFile,
    sampling: &Sampling,
) -> anyhow::Result<Check> {
    let context = Context {
        dataset,
        sampling,
        as_of: file.as_of,
    };
    let claims = file
        .claims
        .iter()
        .map(|claim| check_claim(&context, claim).map_err(|e| claim_error(file, claim, &e)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Check {
        title: format!("Checking: {}", file.article.title),
        file: file.name.clone(),
        language: file.article.language.clone().unwrap_or_else(|| "en".into()),
        claims,
    })
}

fn check_claim(context: &Context, claim: &Claim) -> anyhow::Result<CheckedClaim> {
    let mut recomputed = recompute(context, claim)?;
    if let (Some(note), false) = (&claim.note, claim.kind == ClaimKind::Cited) {
        recomputed.explanation.push_str(&format!(". Note: {note}"));
    }
    Ok(CheckedClaim {
        id: claim.id.clone(),
        kind: claim.kind,
        verdict: recomputed.verdict(),
        relative_error: recomputed.comparison.map(|c| c.relative_error),
        tolerance: Some(claim.tolerance()?.value),
        probability: recomputed.comparison.and_then(|c| c.probability),
        stated: recomputed.stated,
        computed: recomputed.computed,
        explanation: recomputed.explanation,
        sources: recomputed.sources,
        quote: claim.quote.clone(),
        translation: claim.translation.clone(),
    })
}

fn claim_error(file: &ClaimsFile, claim: &Claim, error: &anyhow::Error) -> ClaimError {
    ClaimError {
        file: file.name.clone(),
        line: Some(claim.line),
        id: Some(claim.id.clone()),
        message: format!("{error:#}"),
    }
}
