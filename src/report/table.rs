//! The table people read: a title, aligned label/value columns, assumptions with their figure ids
//! and sources, then the warnings.

use unicode_width::UnicodeWidthStr;

use super::{Listing, Report};

/// `text` and spaces up to `width` display columns (Arabic and wide characters counted as
/// drawn, not as bytes or chars).
fn pad_right(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

fn pad_left(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text.width())))
}

pub fn render(report: &Report) -> String {
    let mut out = format!("{}\n", report.title);
    section(&mut out, "Results", rows(&report.results));
    for listing in &report.listings {
        out.push('\n');
        if !listing.heading.is_empty() {
            out.push_str(&format!("{}\n", listing.heading));
        }
        out.push_str(&listing_grid(listing));
    }
    section(&mut out, "Inputs", rows(&report.inputs));
    let assumptions: Vec<[String; 3]> = report
        .assumptions
        .iter()
        .map(|a| {
            [
                a.label.clone(),
                a.value.display(),
                format!("{} [{}, {}, {}]", a.id, a.source, a.status, a.year),
            ]
        })
        .collect();
    section(&mut out, "Assumptions", assumptions);
    if !report.warnings.is_empty() {
        out.push_str("\nWarnings\n");
        for warning in &report.warnings {
            out.push_str(&format!("  ! {warning}\n"));
        }
    }
    if let Some(seed) = report.seed {
        out.push_str(&format!("\nseed {seed}\n"));
    }
    out
}

fn rows(items: &[super::Item]) -> Vec<[String; 3]> {
    items
        .iter()
        .map(|i| {
            let stats = i.stats.as_ref().map(super::stats_line).unwrap_or_default();
            [i.label.clone(), i.value.display(), stats]
        })
        .collect()
}

fn section(out: &mut String, heading: &str, rows: Vec<[String; 3]>) {
    if rows.is_empty() {
        return;
    }
    out.push_str(&format!("\n{heading}\n"));
    let label_width = rows.iter().map(|r| r[0].width()).max().unwrap_or(0);
    let value_width = rows.iter().map(|r| r[1].width()).max().unwrap_or(0);
    for [label, value, note] in rows {
        let line = format!(
            "  {}  {}  {note}",
            pad_right(&label, label_width),
            pad_left(&value, value_width)
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

/// The grid columns left-aligned and padded to their widest cell; `below` columns indented
/// under their row.
fn listing_grid(listing: &Listing) -> String {
    let (grid_columns, below_columns) = listing.split_columns();
    let cells: Vec<Vec<String>> = listing
        .rows
        .iter()
        .map(|row| grid_columns.iter().map(|&c| row[c].display()).collect())
        .collect();
    let header: Vec<String> = grid_columns
        .iter()
        .map(|&c| listing.columns[c].to_string())
        .collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|c| {
            cells
                .iter()
                .map(|r| r[c].width())
                .chain([header[c].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(cell, w)| pad_right(cell, *w))
            .collect();
        format!("  {}\n", padded.join("  ").trim_end())
    };
    let mut out = line(&header);
    for (row, row_cells) in listing.rows.iter().zip(&cells) {
        out.push_str(&line(row_cells));
        for &c in &below_columns {
            let text = row[c].display();
            if !text.is_empty() {
                out.push_str(&format!("      {}: {text}\n", listing.columns[c]));
            }
        }
    }
    out
}
