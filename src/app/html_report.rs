//! `report`: a check (of a claims file, or of an article's text via `extract`) as one
//! self-contained HTML page with its charts and sources.

use std::path::Path;

use super::check::{Check, check_file, read_claims};
use super::extract::{draft_article, draft_text};
use super::plot;
use crate::chart::svg_string;
use crate::claims::file::{parse, to_toml};
use crate::claims::verdict::Verdict;
use crate::data::Dataset;
use crate::language::Language;
use crate::model::projection::Metric;
use crate::report::html::{Download, Page, PageClaim, render};
use crate::uncertainty::sampling::Sampling;
use crate::units::{Quantity, Ratio, format};

/// Charts are drawn at this size and scaled to the page.
const CHART_SIZE: (u32, u32) = (1200, 750);

/// The check a `report` runs: of the claims file, or of the claims drafted from an article.
pub fn check_input(
    dataset: &Dataset,
    input: Option<&Path>,
    sampling: &Sampling,
) -> anyhow::Result<Check> {
    let from_text = input.is_some_and(|p| p.extension().is_some_and(|e| e == "txt"));
    let file = match input {
        Some(path) if from_text => {
            let (draft, _) = draft_article(dataset, path, None)?;
            parse(
                &format!("claims drafted from {}", path.display()),
                &to_toml(&draft.article, &draft.claims)?,
            )?
        }
        _ => read_claims(dataset, input)?,
    };
    check_file(dataset, &file, sampling)
}

/// What a served report checks: an article's text, or a claims file's text.
pub enum Submitted<'a> {
    Article {
        text: &'a str,
        lang: Option<Language>,
    },
    Claims {
        text: &'a str,
    },
}

/// The check of submitted text, and the claims file it checked (drafted, for an article).
pub fn check_submitted(
    dataset: &Dataset,
    submitted: &Submitted,
    sampling: &Sampling,
) -> anyhow::Result<(Check, String)> {
    let toml = match submitted {
        Submitted::Article { text, lang } => {
            let (draft, _) = draft_text(dataset, text, *lang)?;
            to_toml(&draft.article, &draft.claims)?
        }
        Submitted::Claims { text } => text.to_string(),
    };
    let file = parse("the submitted claims", &toml)?;
    Ok((check_file(dataset, &file, sampling)?, toml))
}

/// The page of a check.
pub fn page(dataset: &Dataset, check: &Check) -> anyhow::Result<String> {
    page_with_downloads(dataset, check, Vec::new())
}

/// The page of a check, offering `downloads`.
pub fn page_with_downloads(
    dataset: &Dataset,
    check: &Check,
    downloads: Vec<Download>,
) -> anyhow::Result<String> {
    let mut charts = Vec::new();
    let claims_chart = plot::claims(dataset, check, Language::En);
    if !claims_chart.claims.is_empty() {
        charts.push((
            "Stated ÷ recomputed for each recomputed claim, with its tolerance".to_string(),
            svg_string(&claims_chart, CHART_SIZE, Language::En)?,
        ));
    }
    let projection = plot::projection(
        dataset,
        &["lbnl-2024".to_string()],
        Metric::Twh,
        false,
        Language::En,
    )?;
    charts.push((
        "US data-center electricity, LBNL history and 2028 range (TWh per year)".to_string(),
        svg_string(&projection, CHART_SIZE, Language::En)?,
    ));
    let mut ids: Vec<String> = check
        .claims
        .iter()
        .flat_map(|c| c.sources.iter().cloned())
        .chain(["lbnl-2024".to_string()])
        .collect();
    ids.sort();
    ids.dedup();
    let sources = ids
        .iter()
        .filter_map(|id| dataset.source(id).ok())
        .collect();
    let made_by = format!(
        "Made with wattcheck {} from its bundled data (newest source {}). Every number above is recomputed from the sources listed; a claim marked unverifiable is reported, not recomputed.",
        env!("CARGO_PKG_VERSION"),
        dataset.vintage()
    );
    let summary = Verdict::ALL
        .iter()
        .map(|v| (v.summary().to_string(), check.count(*v).to_string()))
        .collect();
    let percent = |v: Option<f64>| {
        v.map(|v| format::quantity(Quantity::Percent(Ratio::new::<uom::si::ratio::ratio>(v))))
            .unwrap_or_default()
    };
    let claims = check
        .claims
        .iter()
        .map(|c| PageClaim {
            id: c.id.clone(),
            verdict: c.verdict.to_string(),
            stated: c.stated.text.clone(),
            computed: c
                .computed
                .as_ref()
                .map(|s| s.text.clone())
                .unwrap_or_default(),
            off_by: percent(c.relative_error),
            quote: c.quote.clone(),
            translation: c.translation.clone().unwrap_or_default(),
            explanation: c.explanation.clone(),
            sources: c.sources.clone(),
        })
        .collect();
    Ok(render(&Page {
        title: check.title.clone(),
        summary,
        claims,
        language: &check.language,
        charts,
        sources,
        made_by,
        downloads,
    }))
}
