//! `extract`: an article's text → its quantities, the claims they make, and the confusions to
//! look at; `--format toml` writes the drafted claims file for `check`.

use std::path::Path;

use crate::claims::draft::{Draft, draft};
use crate::claims::extract::{Mention, quantities};
use crate::claims::file::{Claim, to_toml};
use crate::data::Dataset;
use crate::error::UsageError;
use crate::model::projection::Metric;
use crate::report::{Item, Listing, Report, Value, Warning};
use crate::units::Quantity;

/// The largest article `extract` reads.
const MAX_BYTES: u64 = 5 * 1024 * 1024;

/// The text language: Arabic when most letters are Arabic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Language {
    Auto,
    Ar,
    En,
}

/// Reads an article file: UTF-8, not empty, at most 5 MiB.
pub fn read_article(path: &Path) -> anyhow::Result<String> {
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
    let text = String::from_utf8(bytes).map_err(|e| {
        fail(format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })?;
    if text.trim().is_empty() {
        return Err(fail("the file is empty".into()).into());
    }
    Ok(text)
}

fn language(text: &str, asked: Language) -> &'static str {
    match asked {
        Language::Ar => "ar",
        Language::En => "en",
        Language::Auto => {
            let letters = text.chars().filter(|c| c.is_alphabetic()).count().max(1);
            let arabic = text
                .chars()
                .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
                .count();
            if arabic * 2 > letters { "ar" } else { "en" }
        }
    }
}

/// The drafted claims of an article file, and its quantities.
pub fn draft_article(
    dataset: &Dataset,
    path: &Path,
    asked: Language,
) -> anyhow::Result<(Draft, Vec<Mention>)> {
    let text = read_article(path)?;
    let lang = language(&text, asked);
    let title = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    let title: String = title.chars().take(120).collect();
    let mentions = quantities(&text);
    let mut draft = draft(&title, lang, &text, &mentions);
    for claim in &mut draft.claims {
        resolve_scenario(dataset, claim);
    }
    Ok((draft, mentions))
}

/// A drafted scenario that has no share for the claim's year becomes the source's history (a
/// past year) or its first case that has one.
fn resolve_scenario(dataset: &Dataset, claim: &mut Claim) {
    let (Some(scenario), Some(year)) = (&claim.scenario, claim.year) else {
        return;
    };
    let Some(source) = dataset
        .sources()
        .map(|s| s.id.as_str())
        .filter(|id| scenario.starts_with(id))
        .max_by_key(|id| id.len())
    else {
        return;
    };
    let Ok(atlas) =
        super::project::project(dataset, Some(source), Some(year), Some(year), Metric::Share)
    else {
        return;
    };
    let names: Vec<String> = atlas.listings[0]
        .rows
        .iter()
        .map(|r| r[0].display())
        .collect();
    if names.contains(scenario) {
        return;
    }
    if let Some(name) = names.iter().find(|n| *n == source).or(names.first()) {
        claim.scenario = Some(name.clone());
    }
}

pub fn extract(dataset: &Dataset, path: &Path, asked: Language) -> anyhow::Result<Report> {
    let (draft, mentions) = draft_article(dataset, path, asked)?;
    let mut report = Report::new(
        "extract",
        format!("Quantities and claims in {}", path.display()),
    );
    report.inputs.push(Item::new(
        "file",
        "Article",
        Value::Text(path.display().to_string()),
    ));
    report.inputs.push(Item::new(
        "language",
        "Language",
        Value::Text(draft.article.language.clone().unwrap_or_default()),
    ));
    report.results.push(Item::new(
        "quantities",
        "Quantities found",
        Value::Quantity(Quantity::Number(mentions.len() as f64)),
    ));
    report.results.push(Item::new(
        "claims",
        "Claims drafted",
        Value::Quantity(Quantity::Number(draft.claims.len() as f64)),
    ));
    report.listings.push(Listing {
        key: "quantities",
        heading: "Quantities (character offsets in the text)",
        columns: vec!["text", "kind", "start", "end", "sentence", "value"],
        rows: mentions
            .iter()
            .map(|m| {
                vec![
                    Value::Text(m.text.clone()),
                    Value::Text(
                        serde_json::to_value(m.found)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_string))
                            .unwrap_or_default(),
                    ),
                    Value::Quantity(Quantity::Number(m.start as f64)),
                    Value::Quantity(Quantity::Number(m.end as f64)),
                    Value::Quantity(Quantity::Number(m.sentence as f64 + 1.0)),
                    m.value.map_or(Value::Empty, Value::Quantity),
                ]
            })
            .collect(),
        below: Vec::new(),
    });
    report.listings.push(Listing {
        key: "drafted",
        heading: "Drafted claims (`--format toml` writes them as a claims file for `check`)",
        columns: vec!["id", "kind", "stated", "from", "quote"],
        rows: draft
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
    for (id, what) in &draft.flags {
        report.warn(Warning::Note(format!("{id}: {what}")));
    }
    if mentions.is_empty() {
        report.warn(Warning::Note("no quantities found in the text".into()));
    }
    report.document = Some(to_toml(&draft.article, &draft.claims)?);
    Ok(report)
}
