//! Markdown for reports: a heading, results and assumptions as tables, warnings as a list.

use super::Report;

pub fn render(report: &Report) -> String {
    let mut out = format!("### {}\n", report.title);
    let results: Vec<Vec<String>> = report
        .inputs
        .iter()
        .map(|i| vec![format!("{} (input)", i.label), i.value.display()])
        .chain(
            report
                .results
                .iter()
                .map(|i| vec![i.label.clone(), i.value.display()]),
        )
        .collect();
    table(&mut out, &["Quantity", "Value"], &results);
    for listing in &report.listings {
        if !listing.heading.is_empty() {
            out.push_str(&format!("\n{}\n", listing.heading));
        }
        let (grid_columns, below_columns) = listing.split_columns();
        let header: Vec<&str> = grid_columns.iter().map(|&c| listing.columns[c]).collect();
        let rows: Vec<Vec<String>> = listing
            .rows
            .iter()
            .map(|row| grid_columns.iter().map(|&c| row[c].display()).collect())
            .collect();
        table(&mut out, &header, &rows);
        if !below_columns.is_empty() {
            out.push('\n');
            for row in &listing.rows {
                let notes: Vec<String> = below_columns
                    .iter()
                    .enumerate()
                    .map(|(i, &c)| (i, listing.columns[c], row[c].display()))
                    .filter(|(_, _, text)| !text.is_empty())
                    .map(|(i, name, text)| {
                        if i == 0 {
                            text
                        } else {
                            format!("{name}: {text}")
                        }
                    })
                    .collect();
                out.push_str(&format!(
                    "- **{}**: {}\n",
                    row[0].display(),
                    notes.join(" — ")
                ));
            }
        }
    }
    let assumptions: Vec<Vec<String>> = report
        .assumptions
        .iter()
        .map(|a| {
            vec![
                a.label.clone(),
                a.value.display(),
                format!("`{}`", a.id),
                format!("`{}`", a.source),
                a.status.to_string(),
            ]
        })
        .collect();
    table(
        &mut out,
        &["Assumption", "Value", "Figure", "Source", "Status"],
        &assumptions,
    );
    if !report.warnings.is_empty() {
        out.push('\n');
        for warning in &report.warnings {
            out.push_str(&format!("- **Note:** {warning}\n"));
        }
    }
    out
}

fn table(out: &mut String, header: &[&str], rows: &[Vec<String>]) {
    if rows.is_empty() {
        return;
    }
    out.push('\n');
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| c.replace('|', "\\|")).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
}
