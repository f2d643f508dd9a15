//! `report`: a check (of a claims file, or of an article's text via `extract`) as one
//! self-contained HTML page with its charts and sources.

use std::path::Path;

use super::check::{check_file, read_claims};
use super::extract::{Language, draft_article};
use super::plot;
use crate::chart::{Lang, svg_string};
use crate::claims::file::{parse, to_toml};
use crate::cli::SamplingArgs;
use crate::data::Dataset;
use crate::model::projection::Metric;
use crate::report::html::{Page, render};
use crate::report::{Item, Report, Value};

/// Charts are drawn at this size and scaled to the page.
const CHART_SIZE: (u32, u32) = (1200, 750);

pub fn publish(
    dataset: &Dataset,
    input: Option<&Path>,
    sampling: &SamplingArgs,
) -> anyhow::Result<Report> {
    let from_text = input.is_some_and(|p| p.extension().is_some_and(|e| e == "txt"));
    let file = match input {
        Some(path) if from_text => {
            let (draft, _) = draft_article(dataset, path, Language::Auto)?;
            parse(
                &format!("claims drafted from {}", path.display()),
                &to_toml(&draft.article, &draft.claims)?,
            )?
        }
        _ => read_claims(dataset, input)?,
    };
    let check = check_file(dataset, &file, sampling)?;
    let language = file.article.language.clone().unwrap_or_else(|| "en".into());
    let mut charts = Vec::new();
    let claims_chart = plot::claims(dataset, &check, Lang::En);
    if !claims_chart.claims.is_empty() {
        charts.push((
            "Stated ÷ recomputed for each recomputed claim, with its tolerance".to_string(),
            svg_string(&claims_chart, CHART_SIZE, Lang::En)?,
        ));
    }
    let projection = plot::projection(dataset, &["lbnl-2024".to_string()], Metric::Twh, Lang::En)?;
    charts.push((
        "US data-center electricity, LBNL history and 2028 range (TWh per year)".to_string(),
        svg_string(&projection, CHART_SIZE, Lang::En)?,
    ));
    let listing = &check.listings[0];
    let sources_column = listing.columns.iter().position(|c| *c == "sources");
    let mut ids: Vec<String> = listing
        .rows
        .iter()
        .filter_map(|row| match sources_column.map(|i| &row[i]) {
            Some(Value::List(ids)) => Some(ids.clone()),
            _ => None,
        })
        .flatten()
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
    let html = render(&Page {
        check: &check,
        language: &language,
        charts,
        sources,
        made_by,
    });
    let mut report = Report::new("report", check.title.clone());
    report.results.push(Item::new(
        "claims",
        "Claims",
        Value::Text(listing.rows.len().to_string()),
    ));
    report.document = Some(html);
    Ok(report)
}
