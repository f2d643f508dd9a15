//! One row per value for spreadsheets: `section,key,label,value,unit,display,figure,source,status`.
//! A report made of listings (the sources ledger) is written as its first listing instead, each
//! cell as a value column and a `_unit` column.

use super::{Report, Value};

pub fn render(report: &Report) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    if let Some(listing) = report.listings.first() {
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
    writer.write_record([
        "section", "key", "label", "value", "unit", "display", "figure", "source", "status",
    ])?;
    for (section, items) in [("input", &report.inputs), ("result", &report.results)] {
        for item in items {
            let [number, unit] = cell(&item.value);
            let display = item.value.display();
            writer.write_record([
                section,
                item.key,
                &item.label,
                &number,
                &unit,
                &display,
                "",
                "",
                "",
            ])?;
        }
    }
    for a in &report.assumptions {
        let [number, unit] = cell(&a.value);
        let status = a.status.to_string();
        writer.write_record([
            "assumption",
            "",
            &a.label,
            &number,
            &unit,
            &a.value.display(),
            &a.id,
            &a.source,
            &status,
        ])?;
    }
    for warning in &report.warnings {
        writer.write_record(["warning", "", &warning.to_string(), "", "", "", "", "", ""])?;
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
