//! One row per value for spreadsheets:
//! `section,key,label,value,unit,display,figure,source,status,mean,p5,p50,p95`.
//! A report made of listings (the sources ledger, the atlas, a check) is written as its listing
//! instead, each cell as a value column and a `_unit` column. A sensitivity run adds one row per
//! input (`section` = `sensitivity`): the swing as the value, the rest in words.

use super::{Report, Value};
use crate::units::format::canonical;

const HEADER: [&str; 13] = [
    "section", "key", "label", "value", "unit", "display", "figure", "source", "status", "mean",
    "p5", "p50", "p95",
];

pub fn render(report: &Report) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    if let Some(listing) = report.listings.iter().find(|l| l.key != "sensitivity") {
        let mut header = Vec::new();
        for column in &listing.columns {
            header.push(column.to_string());
            header.push(format!("{column}_unit"));
        }
        writer.write_record(&header)?;
        for row in &listing.rows {
            let cells: Vec<String> = row.iter().flat_map(cell).collect();
            writer.write_record(&cells)?;
        }
        return Ok(writer.into_inner()?);
    }
    writer.write_record(HEADER)?;
    let mut rows: Vec<[String; 13]> = Vec::new();
    for (section, items) in [("input", &report.inputs), ("result", &report.results)] {
        for item in items {
            let [number, unit] = cell(&item.value);
            let stats = item
                .stats
                .as_ref()
                .map(|s| [s.mean, s.p5, s.p50, s.p95].map(|q| canonical(q).0.to_string()));
            let [mean, p5, p50, p95] = stats.unwrap_or_default();
            rows.push([
                section.into(),
                item.key.into(),
                item.label.clone(),
                number,
                unit,
                item.value.display(),
                String::new(),
                String::new(),
                String::new(),
                mean,
                p5,
                p50,
                p95,
            ]);
        }
    }
    for a in &report.assumptions {
        let [number, unit] = cell(&a.value);
        rows.push([
            "assumption".into(),
            String::new(),
            a.label.clone(),
            number,
            unit,
            a.value.display(),
            a.id.clone(),
            a.source.clone(),
            a.status.to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]);
    }
    for warning in &report.warnings {
        let mut row: [String; 13] = Default::default();
        row[0] = "warning".into();
        row[2] = warning.to_string();
        rows.push(row);
    }
    for listing in report.listings.iter().filter(|l| l.key == "sensitivity") {
        for row in &listing.rows {
            let [number, unit] = cell(&row[4]);
            let mut out: [String; 13] = Default::default();
            out[0] = "sensitivity".into();
            out[1] = "swing".into();
            out[2] = row[0].display();
            out[3] = number;
            out[4] = unit;
            out[5] = format!(
                "input P5 – P95: {}; result {} – {}",
                row[1].display(),
                row[2].display(),
                row[3].display()
            );
            rows.push(out);
        }
    }
    for row in rows {
        writer.write_record(&row)?;
    }
    Ok(writer.into_inner()?)
}

/// A value as a number and its unit, or as text with no unit.
fn cell(value: &Value) -> [String; 2] {
    match value.canonical() {
        Some((number, unit)) => [number.to_string(), unit.to_string()],
        None => [value.display(), String::new()],
    }
}
