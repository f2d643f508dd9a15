//! The machine interface: `command`, `inputs`, `results`, `assumptions`, `warnings`,
//! and `seed` where sampled. Every quantity is `{"value": number, "unit": "…"}` in canonical units.

use serde_json::{Map, Value as Json, json};

use super::{Item, Report, Value};

pub fn render(report: &Report) -> anyhow::Result<Vec<u8>> {
    let mut results = items(&report.results);
    for listing in &report.listings {
        let rows: Vec<Json> = listing
            .rows
            .iter()
            .map(|row| {
                let object: Map<String, Json> = listing
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(column, cell)| (column.to_string(), value(cell)))
                    .collect();
                Json::Object(object)
            })
            .collect();
        results.insert(listing.key.into(), Json::Array(rows));
    }
    let assumptions: Vec<Json> = report
        .assumptions
        .iter()
        .map(|a| {
            let (number, unit) = a.value.canonical().unwrap_or((f64::NAN, ""));
            json!({
                "id": a.id,
                "label": a.label,
                "value": number,
                "unit": unit,
                "source": a.source,
                "status": a.status,
                "year": a.year,
            })
        })
        .collect();
    let mut out = json!({
        "command": report.command,
        "inputs": items(&report.inputs),
        "results": results,
        "assumptions": assumptions,
        "warnings": report.warnings.iter().map(|w| w.to_string()).collect::<Vec<_>>(),
    });
    if let Some(seed) = report.seed {
        out["seed"] = json!(seed);
    }
    let mut bytes = serde_json::to_vec_pretty(&out)?;
    bytes.push(b'\n');
    Ok(bytes)
}

fn items(list: &[Item]) -> Map<String, Json> {
    list.iter()
        .map(|item| {
            let mut json = value(&item.value);
            if let (Some(stats), Json::Object(object)) = (&item.stats, &mut json) {
                for (key, quantity) in [
                    ("mean", stats.mean),
                    ("p5", stats.p5),
                    ("p50", stats.p50),
                    ("p95", stats.p95),
                ] {
                    object.insert(
                        key.into(),
                        json!(crate::units::format::canonical(quantity).0),
                    );
                }
            }
            (item.key.to_string(), json)
        })
        .collect()
}

fn value(value: &Value) -> Json {
    match (value, value.canonical()) {
        (_, Some((number, unit))) => json!({ "value": number, "unit": unit }),
        (Value::Year(year), None) => json!(year),
        (Value::List(items), None) => json!(items),
        (Value::Empty, None) => Json::Null,
        (other, None) => json!(other.display()),
    }
}
