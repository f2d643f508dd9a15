//! `sources`: the provenance ledger, every figure with its source and status, or one source or
//! figure.

use serde::Serialize;

use crate::data::{Dataset, Figure, SourceRecord, Status};
use crate::error::{DataError, did_you_mean};
use crate::provenance::{Provenance, envelope};
use crate::report::{Item, Listing, Report, Value};

/// One figure as the ledger lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LedgerFigure {
    pub figure: String,
    /// As written in its file: `865 kWh/mo`, `3,950–4,050 TWh/yr`.
    pub value: String,
    pub year: i32,
    pub status: Status,
    pub source: String,
}

/// One source as the ledger lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LedgerSource {
    pub source: String,
    pub publisher: String,
    pub title: String,
    pub date: String,
    /// The address, with its status when recalled; or where the figures were read.
    pub url: String,
}

/// The ledger, or the part of it one id names.
#[derive(Debug, Clone, PartialEq)]
pub struct Ledger {
    pub title: String,
    /// A figure's note, when one figure is asked for.
    pub note: Option<String>,
    pub figures: Vec<LedgerFigure>,
    pub sources: Vec<LedgerSource>,
}

impl Serialize for Ledger {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Results<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            note: &'a Option<String>,
            figures: &'a [LedgerFigure],
            sources: &'a [LedgerSource],
        }
        let results = Results {
            note: &self.note,
            figures: &self.figures,
            sources: &self.sources,
        };
        envelope(
            serializer,
            "sources",
            &[],
            &results,
            &Provenance::default(),
            None,
        )
    }
}

fn figure_row(f: &Figure) -> LedgerFigure {
    LedgerFigure {
        figure: f.id().to_string(),
        value: f.as_written(),
        year: f.year(),
        status: f.record.status,
        source: f.record.source.clone(),
    }
}

fn source_row(s: &SourceRecord) -> LedgerSource {
    let url = match (&s.url, &s.url_status) {
        (Some(url), Some(status)) => format!("{url} (URL {status})"),
        (Some(url), None) => url.clone(),
        (None, _) => s
            .via
            .as_ref()
            .map(|v| format!("via {v}"))
            .unwrap_or_default(),
    };
    LedgerSource {
        source: s.id.clone(),
        publisher: s.publisher.clone(),
        title: s.title.clone(),
        date: s.date.clone(),
        url,
    }
}

pub fn sources(dataset: &Dataset, id: Option<&str>) -> anyhow::Result<Ledger> {
    let Some(id) = id else {
        return Ok(Ledger {
            title: "The provenance ledger".into(),
            note: None,
            figures: dataset.figures().map(figure_row).collect(),
            sources: dataset.sources().map(source_row).collect(),
        });
    };
    if let Ok(source) = dataset.source(id) {
        return Ok(Ledger {
            title: format!("Source `{id}`"),
            note: None,
            figures: dataset
                .figures()
                .filter(|f| f.record.source == id)
                .map(figure_row)
                .collect(),
            sources: vec![source_row(source)],
        });
    }
    let figure = dataset.figure(id).map_err(|_| DataError::UnknownId {
        what: "source or figure".into(),
        id: id.into(),
        hint: did_you_mean(
            id,
            dataset
                .sources()
                .map(|s| s.id.as_str())
                .chain(dataset.figures().map(Figure::id)),
        ),
    })?;
    Ok(Ledger {
        title: format!("Figure `{id}`"),
        note: figure.record.note.clone(),
        figures: vec![figure_row(figure)],
        sources: vec![source_row(dataset.source(&figure.record.source)?)],
    })
}

impl Ledger {
    pub fn report(&self) -> anyhow::Result<Report> {
        let text = |s: &str| Value::Text(s.to_string());
        let mut report = Report::new("sources", self.title.clone());
        if let Some(note) = &self.note {
            report.results.push(Item::new("note", "Note", text(note)));
        }
        report.listings.push(Listing {
            key: "figures",
            heading: "",
            columns: vec!["figure", "value", "year", "status", "source"],
            rows: self
                .figures
                .iter()
                .map(|f| {
                    vec![
                        text(&f.figure),
                        text(&f.value),
                        Value::Year(f.year),
                        text(&f.status.to_string()),
                        text(&f.source),
                    ]
                })
                .collect(),
            below: Vec::new(),
        });
        report.listings.push(Listing {
            key: "sources",
            heading: "",
            columns: vec!["source", "publisher", "title", "date", "url"],
            rows: self
                .sources
                .iter()
                .map(|s| {
                    vec![
                        text(&s.source),
                        text(&s.publisher),
                        text(&s.title),
                        text(&s.date),
                        text(&s.url),
                    ]
                })
                .collect(),
            below: Vec::new(),
        });
        report.json = serde_json::to_value(self)?;
        Ok(report)
    }
}
