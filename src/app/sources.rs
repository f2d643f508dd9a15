//! The provenance ledger: every figure with its source and status.

use crate::data::{Dataset, Figure};
use crate::report::{Item, Listing, Report, Value};

pub fn sources(dataset: &Dataset, id: Option<&str>) -> anyhow::Result<Report> {
    let text = |s: &str| Value::Text(s.to_string());
    let figure_row = |f: &Figure| {
        vec![
            text(f.id()),
            text(&f.as_written()),
            Value::Year(f.year()),
            text(&f.record.status.to_string()),
            text(&f.record.source),
        ]
    };
    let figure_columns = vec!["figure", "value", "year", "status", "source"];
    let source_row = |s: &crate::data::SourceRecord| {
        let url = match (&s.url, &s.url_status) {
            (Some(url), Some(status)) => format!("{url} (URL {status})"),
            (Some(url), None) => url.clone(),
            (None, _) => s
                .via
                .as_ref()
                .map(|v| format!("via {v}"))
                .unwrap_or_default(),
        };
        vec![
            text(&s.id),
            text(&s.publisher),
            text(&s.title),
            text(&s.date),
            text(&url),
        ]
    };
    let source_columns = vec!["source", "publisher", "title", "date", "url"];
    let mut report = Report::new("sources", "The provenance ledger");
    let (figures, sources): (Vec<&Figure>, Vec<&crate::data::SourceRecord>) = match id {
        None => (dataset.figures().collect(), dataset.sources().collect()),
        Some(id) => match dataset.source(id) {
            Ok(source) => {
                report.title = format!("Source `{id}`");
                (
                    dataset
                        .figures()
                        .filter(|f| f.record.source == id)
                        .collect(),
                    vec![source],
                )
            }
            Err(_) => {
                let figure =
                    dataset
                        .figure(id)
                        .map_err(|_| crate::error::DataError::UnknownId {
                            what: "source or figure".into(),
                            id: id.into(),
                            hint: crate::error::did_you_mean(
                                id,
                                dataset
                                    .sources()
                                    .map(|s| s.id.as_str())
                                    .chain(dataset.figures().map(Figure::id)),
                            ),
                        })?;
                report.title = format!("Figure `{id}`");
                if let Some(note) = &figure.record.note {
                    report.results.push(Item::new("note", "Note", text(note)));
                }
                (vec![figure], vec![dataset.source(&figure.record.source)?])
            }
        },
    };
    report.listings.push(Listing {
        key: "figures",
        heading: "",
        columns: figure_columns,
        rows: figures.into_iter().map(figure_row).collect(),
        below: Vec::new(),
    });
    report.listings.push(Listing {
        key: "sources",
        heading: "",
        columns: source_columns,
        rows: sources.into_iter().map(source_row).collect(),
        below: Vec::new(),
    });
    report.json = ledger_json(&report);
    Ok(report)
}

/// JSON: the envelope, with `results.figures` and `results.sources` the ledger's rows, each an
/// object keyed by its column (and `results.note` for a figure that has one).
fn ledger_json(report: &Report) -> serde_json::Value {
    let mut results = serde_json::Map::new();
    for item in &report.results {
        results.insert(item.key.into(), serde_json::json!(item.value));
    }
    for listing in &report.listings {
        let rows: Vec<serde_json::Value> = listing
            .rows
            .iter()
            .map(|row| {
                let object: serde_json::Map<String, serde_json::Value> = listing
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(column, cell)| (column.to_string(), serde_json::json!(cell)))
                    .collect();
                serde_json::Value::Object(object)
            })
            .collect();
        results.insert(listing.key.into(), serde_json::Value::Array(rows));
    }
    serde_json::json!({
        "command": "sources",
        "inputs": {},
        "results": results,
        "assumptions": [],
        "warnings": [],
    })
}
