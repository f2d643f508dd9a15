//! `extract`: an article's text → its quantities, the claims they make, and the confusions to
//! look at; `--format toml` writes the drafted claims file for `check`.

use std::io::Read;
use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;

use crate::claims::dates::date_in;
use crate::claims::draft::{Draft, draft, ledger};
use crate::claims::extract::{Found, Mention, quantities};
use crate::claims::file::{Claim, ClaimKind, to_toml};
use crate::claims::geography::Gazetteer;
use crate::claims::kinds::{Context, recompute};
use crate::data::Dataset;
use crate::error::UsageError;
use crate::language::Language;
use crate::provenance::{Provenance, Warning, envelope};
use crate::report::{Item, Listing, Report, Value};
use crate::uncertainty::sampling::Sampling;
use crate::units::Quantity;

/// The largest article `extract` reads.
const MAX_BYTES: u64 = 5 * 1024 * 1024;

/// Reads an article file (`-`: standard input): UTF-8, not empty, at most 5 MiB.
pub fn read_article(path: &Path) -> anyhow::Result<String> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(MAX_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| UsageError(format!("standard input: {e}")))?;
        return article_text("standard input", bytes);
    }
    let fail = |why: String| UsageError(format!("`{}`: {why}", path.display()));
    let size = std::fs::metadata(path)
        .map_err(|e| fail(e.to_string()))?
        .len();
    if size > MAX_BYTES {
        return Err(fail(format!(
            "{size} bytes; an article is at most {MAX_BYTES} bytes (5 MiB)"
        ))
        .into());
    }
    let bytes = std::fs::read(path).map_err(|e| fail(e.to_string()))?;
    article_text(&path.display().to_string(), bytes)
}

/// An article's bytes as its text: UTF-8, not empty, at most 5 MiB; errors name `name`.
pub fn article_text(name: &str, bytes: Vec<u8>) -> anyhow::Result<String> {
    let fail = |why: String| UsageError(format!("`{name}`: {why}"));
    if bytes.len() as u64 > MAX_BYTES {
        return Err(fail(format!(
            "{} bytes; an article is at most {MAX_BYTES} bytes (5 MiB)",
            bytes.len()
        ))
        .into());
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        fail(format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })?;
    if text.trim().is_empty() {
        return Err(fail("the text is empty".into()).into());
    }
    Ok(text)
}

/// The drafted claims of an article file, and its quantities.
pub fn draft_article(
    dataset: &Dataset,
    path: &Path,
    asked: Option<Language>,
) -> anyhow::Result<(Draft, Vec<Mention>)> {
    draft_text(dataset, &read_article(path)?, asked)
}

/// The drafted claims of an article's text, and its quantities.
pub fn draft_text(
    dataset: &Dataset,
    text: &str,
    asked: Option<Language>,
) -> anyhow::Result<(Draft, Vec<Mention>)> {
    let language = asked.unwrap_or_else(|| Language::of(text));
    let title = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    let title: String = title.chars().take(120).collect();
    let mentions = quantities(text);
    let mut draft = draft(
        &title,
        language.code(),
        text,
        &mentions,
        &Gazetteer::new(dataset),
        &ledger(dataset),
    );
    let dated = date_in(text, language);
    draft.article.published = dated.map(|d| d.to_string());
    let as_of = dated.map(|d| i32::from(d.year()));
    // Each trial check stands alone: a long report's are spread over the cores.
    draft
        .claims
        .par_iter_mut()
        .for_each(|claim| keep_checkable(dataset, as_of, claim));
    Ok((draft, mentions))
}

/// Draws for the trial check of a drafted claim (its verdict is not kept).
const DRY_RUN_DRAWS: u64 = 100;

/// A drafted claim that cannot be recomputed as drafted (a projection with no estimate for its
/// year, figures of different kinds) becomes a cited claim that says why, so that a draft always
/// checks as it is written.
fn keep_checkable(dataset: &Dataset, as_of: Option<i32>, claim: &mut Claim) {
    let sampling = Sampling {
        samples: None,
        default_samples: DRY_RUN_DRAWS,
        seed: 1,
        sensitivity: false,
        progress: None,
    };
    let context = Context {
        dataset,
        sampling: &sampling,
        as_of,
    };
    if claim.kind == ClaimKind::Cited && claim.figure.is_none() {
        return;
    }
    if let Err(error) = recompute(&context, claim) {
        let mut cited = Claim::new(&claim.id, &claim.quote, ClaimKind::Cited, &claim.stated);
        cited.source = Some("the article; add a source id from `wattcheck sources`".into());
        cited.note = Some(format!(
            "drafted as a {} claim that could not be checked: {error}",
            claim.kind.name()
        ));
        *claim = cited;
    }
}

/// A quantity found, as JSON lists it: character offsets and sentence numbers are integers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FoundQuantity {
    pub kind: Found,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// 1-based.
    pub sentence: usize,
    /// The value; `null` for a range and for what has no number (a vague count).
    pub value: Option<Quantity>,
    /// The ends of a range (`74 and 132 gigawatts`), in place of `value`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub low: Option<Quantity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<Quantity>,
    /// The hedge written before it (`nearly`, `نحو`), or `null`.
    pub hedge: Option<&'static str>,
}

/// An article's quantities and the claims drafted from them.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub file: String,
    pub draft: Draft,
    pub quantities: Vec<FoundQuantity>,
    pub provenance: Provenance,
}

impl Serialize for Extraction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Results<'a> {
            quantities: &'a [FoundQuantity],
            claims: &'a [Claim],
        }
        let results = Results {
            quantities: &self.quantities,
            claims: &self.draft.claims,
        };
        envelope(
            serializer,
            "extract",
            &self.inputs(),
            &results,
            &self.provenance,
            None,
        )
    }
}

impl Extraction {
    fn inputs(&self) -> Vec<Item> {
        vec![
            Item::new("file", "Article", Value::Text(self.file.clone())),
            Item::new(
                "language",
                "Language",
                Value::Text(self.draft.article.language.clone().unwrap_or_default()),
            ),
        ]
    }

    /// The drafted claims file, for `--format toml`.
    pub fn claims_file(&self) -> anyhow::Result<String> {
        Ok(to_toml(&self.draft.article, &self.draft.claims)?)
    }

    pub fn report(&self) -> anyhow::Result<Report> {
        let mut report = Report::new("extract", format!("Quantities and claims in {}", self.file))
            .with_provenance(&self.provenance);
        report.inputs = self.inputs();
        let count = |n: usize| Value::Quantity(Quantity::Number(n as f64));
        report.results.push(Item::new(
            "quantities",
            "Quantities found",
            count(self.quantities.len()),
        ));
        report.results.push(Item::new(
            "claims",
            "Claims drafted",
            count(self.draft.claims.len()),
        ));
        report.listings.push(Listing {
            key: "quantities",
            heading: "Quantities (character offsets in the text)",
            columns: vec!["text", "kind", "start", "end", "sentence", "value"],
            rows: self
                .quantities
                .iter()
                .map(|q| {
                    vec![
                        Value::Text(q.text.clone()),
                        Value::Text(
                            serde_json::to_value(q.kind)
                                .ok()
                                .and_then(|v| v.as_str().map(str::to_string))
                                .unwrap_or_default(),
                        ),
                        count(q.start),
                        count(q.end),
                        count(q.sentence),
                        match (q.low, q.high, q.value) {
                            (Some(low), Some(high), _) => Value::Text(format!(
                                "{} – {}",
                                crate::units::format::quantity(low),
                                crate::units::format::quantity(high)
                            )),
                            (.., value) => value.map_or(Value::Empty, Value::Quantity),
                        },
                    ]
                })
                .collect(),
            below: Vec::new(),
        });
        report.listings.push(Listing {
            key: "drafted",
            heading: "Drafted claims (`--format toml` writes them as a claims file for `check`)",
            columns: vec!["id", "kind", "stated", "from", "quote"],
            rows: self
                .draft
                .claims
                .iter()
                .map(|c| {
                    let from = [&c.load, &c.scenario, &c.count, &c.source]
                        .iter()
                        .filter_map(|v| v.as_ref())
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ");
                    vec![
                        Value::Text(c.id.clone()),
                        Value::Text(c.kind.name().into()),
                        Value::Text(c.stated.clone()),
                        Value::Text(from),
                        Value::Text(c.quote.clone()),
                    ]
                })
                .collect(),
            below: vec!["quote"],
        });
        report.json = serde_json::to_value(self)?;
        Ok(report)
    }
}

pub fn extract(
    dataset: &Dataset,
    path: &Path,
    asked: Option<Language>,
) -> anyhow::Result<Extraction> {
    let name = match path.as_os_str() == "-" {
        true => "standard input".to_string(),
        false => path.display().to_string(),
    };
    extract_text(dataset, &name, &read_article(path)?, asked)
}

/// `extract` of a text already read; `name` is how the result names it.
pub fn extract_text(
    dataset: &Dataset,
    name: &str,
    text: &str,
    asked: Option<Language>,
) -> anyhow::Result<Extraction> {
    let (draft, mentions) = draft_text(dataset, text, asked)?;
    let mut provenance = Provenance::default();
    // Each flag once, found by hashing: a long report has tens of thousands.
    let mut seen = std::collections::HashSet::new();
    for (id, what) in &draft.flags {
        if seen.insert((id, what)) {
            provenance
                .warnings
                .push(Warning::Note(format!("{id}: {what}")));
        }
    }
    if mentions.is_empty() {
        provenance.warn(Warning::Note("no quantities found in the text".into()));
    }
    let quantities = mentions
        .iter()
        .map(|m: &Mention| FoundQuantity {
            kind: m.found,
            text: m.text.clone(),
            start: m.start,
            end: m.end,
            sentence: m.sentence + 1,
            value: m.value.filter(|_| m.high.is_none()),
            low: m.high.and(m.value),
            high: m.high,
            hedge: m.hedge,
        })
        .collect();
    Ok(Extraction {
        file: name.to_string(),
        draft,
        quantities,
        provenance,
    })
}
