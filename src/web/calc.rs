//! `/calc`: a form per calculator, and a result as HTML: the report's tables with each figure
//! linked to its line in `/sources`, and the chart inline.

use crate::report::html::escape;
use crate::report::{Item, Report, stats_line};

/// A form field: (name, label, placeholder).
type Field = (&'static str, &'static str, &'static str);

/// (command, title, fields).
const FORMS: &[(&str, &str, &[Field])] = &[
    (
        "homes",
        "Homes: a load as household equivalents",
        &[
            ("load", "Load", "30 GW or 176 TWh/yr"),
            ("load-factor", "Load factor", "0.5"),
            ("per-home", "Use per home", "10,791 kWh/yr"),
            ("country", "Country", "JP, Japan, اليابان"),
            ("region", "US state", "TN"),
        ],
    ),
    (
        "share",
        "Share: a load's share of a country's, a state's or the world's electricity",
        &[
            ("load", "Load", "415 TWh/yr"),
            ("year", "Year", "2024"),
            ("country", "Country", "US"),
            ("region", "US state", "VA"),
            ("world", "World (true/false)", "false"),
            ("denominator", "Denominator", "end-use or generation"),
        ],
    ),
    (
        "footprint",
        "Footprint: energy, homes, share, CO2 and water",
        &[
            ("load", "Load", "1 GW"),
            ("load-factor", "Load factor", "0.5"),
            ("country", "Country", "IE"),
            ("region", "US state", "TX"),
        ],
    ),
    (
        "fleet",
        "Fleet: chips to facility power",
        &[
            ("count", "Chips", "100000"),
            ("chip", "Chip", "gb200"),
            ("pue", "PUE", "1.3"),
        ],
    ),
    (
        "cost",
        "Cost: money against capacity",
        &[
            ("money", "Money", "$1.4T or €11 billion"),
            ("per", "Capacity", "30 GW"),
            ("years", "Years of a deal", "7"),
            ("year", "Year of the amount", "2024"),
        ],
    ),
    (
        "compare",
        "Compare: what a load is as big as",
        &[("load", "Load", "10 GW or 945 TWh/yr")],
    ),
];

/// The forms, each field filled with what was asked last for the same calculator.
pub fn forms(asked: &[(String, String)]) -> String {
    let command = asked
        .iter()
        .find(|(n, _)| n == "command")
        .map(|(_, v)| v.as_str());
    let mut html = String::new();
    for (name, title, fields) in FORMS {
        html.push_str(&format!(
            "<form method=\"get\" action=\"/calc\"><fieldset><legend>{}</legend><input type=\"hidden\" name=\"command\" value=\"{name}\">\n",
            escape(title)
        ));
        for (field, label, placeholder) in *fields {
            let value = match command == Some(name) {
                true => asked
                    .iter()
                    .find(|(n, _)| n == field)
                    .map(|(_, v)| v.as_str())
                    .unwrap_or_default(),
                false => "",
            };
            html.push_str(&format!(
                "<label>{} <input name=\"{field}\" value=\"{}\" placeholder=\"{}\" dir=\"auto\"></label>\n",
                escape(label),
                escape(value),
                escape(placeholder)
            ));
        }
        html.push_str("<button type=\"submit\">Calculate</button></fieldset></form>\n");
    }
    html
}

/// A calculation's report and its chart.
pub fn result_html(report: &Report, chart: Option<&str>) -> String {
    let mut html = report_html(report);
    if let Some(svg) = chart {
        html.push_str(&format!("<figure>{svg}</figure>\n"));
    }
    html
}

fn items(caption: &str, items: &[Item]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let mut html = format!("<h2>{caption}</h2>\n<div class=\"scroll\"><table>\n");
    for item in items {
        let stats = item.stats.as_ref().map(stats_line).unwrap_or_default();
        html.push_str(&format!(
            "<tr><th>{}</th><td>{}</td><td>{}</td></tr>\n",
            escape(&item.label),
            escape(&item.value.display()),
            escape(&stats)
        ));
    }
    html.push_str("</table></div>\n");
    html
}

/// A report as HTML tables: results, listings, inputs, assumptions (linked to `/sources`),
/// warnings. Rows of the ledger carry their id, so `/sources#ID` points at one.
pub fn report_html(report: &Report) -> String {
    let mut html = format!("<p><strong>{}</strong></p>\n", escape(&report.title));
    html.push_str(&items("Results", &report.results));
    for listing in &report.listings {
        html.push_str("<div class=\"scroll\"><table>\n<tr>");
        for column in &listing.columns {
            html.push_str(&format!("<th>{}</th>", escape(column)));
        }
        html.push_str("</tr>\n");
        let anchored = matches!(listing.key, "figures" | "sources");
        for row in &listing.rows {
            let id = match (anchored, row.first()) {
                (true, Some(first)) => format!(" id=\"{}\"", escape(&first.display())),
                _ => String::new(),
            };
            html.push_str(&format!("<tr{id}>"));
            for value in row {
                html.push_str(&format!("<td>{}</td>", escape(&value.display())));
            }
            html.push_str("</tr>\n");
        }
        html.push_str("</table></div>\n");
    }
    html.push_str(&items("Inputs", &report.inputs));
    if !report.assumptions.is_empty() {
        html.push_str("<h2>Assumptions</h2>\n<div class=\"scroll\"><table>\n");
        for a in &report.assumptions {
            html.push_str(&format!(
                "<tr><th>{}</th><td>{}</td><td><a href=\"/sources#{2}\">{2}</a> [<a href=\"/sources#{3}\">{3}</a>, {4}, {5}]</td></tr>\n",
                escape(&a.label),
                escape(&a.value.display()),
                escape(&a.id),
                escape(&a.source),
                a.status,
                a.year
            ));
        }
        html.push_str("</table></div>\n");
    }
    if !report.warnings.is_empty() {
        html.push_str("<h2>Warnings</h2>\n<ul>\n");
        for warning in &report.warnings {
            html.push_str(&format!("<li>{}</li>\n", escape(&warning.to_string())));
        }
        html.push_str("</ul>\n");
    }
    html
}
