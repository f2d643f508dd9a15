//! `compare`: what a load is as big as. A capacity is set against capacities (reactors, plants'
//! nameplates, cities' peak demand); an energy per year against annual energies (countries'
//! consumption, plants' average output, cities' annual use).

use serde::Serialize;

use crate::data::{Dataset, ReferenceKind, Status};
use crate::model::compare;
use crate::provenance::{Provenance, Warning, envelope};
use crate::report::{Listing, Report, Value};
use crate::request::values::{LoadRequest, Shape};
use crate::units::{Power, Quantity};
use crate::yardsticks;

/// How many countries nearest the load, by generation, are listed beside those whose
/// consumption the data holds.
const NEAREST_BY_GENERATION: usize = 5;

/// One thing the load is set against.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Equivalent {
    pub name: String,
    pub name_ar: String,
    /// The ISO code, for a country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub kind: ReferenceKind,
    /// What the value is: nameplate, peak demand, average output, annual use, consumption,
    /// generation.
    pub basis: &'static str,
    pub value: Value,
    /// The load ÷ the value.
    pub ratio: f64,
    /// The figures it rests on.
    pub figures: Vec<String>,
    pub status: Status,
}

/// The load and its equivalents, largest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub title: String,
    pub load: Value,
    pub equivalents: Vec<Equivalent>,
    pub provenance: Provenance,
}

impl Serialize for Comparison {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Results<'a> {
            equivalents: &'a [Equivalent],
        }
        envelope(
            serializer,
            "compare",
            &self.provenance.inputs,
            &Results {
                equivalents: &self.equivalents,
            },
            &self.provenance,
            None,
        )
    }
}

/// The load set against every reference of its kind (a capacity against powers, an energy per
/// year against annual energies).
pub fn compare(dataset: &Dataset, load: &LoadRequest) -> anyhow::Result<Comparison> {
    let central = match load.power.value.central() {
        Quantity::Power(p) => p,
        other => unreachable!("a load is a power, not {other:?}"),
    };
    let annual = load.shape == Shape::EnergyPerYear;
    let shown = |p: Power| match annual {
        true => Value::AnnualEnergy(p),
        false => Value::Quantity(Quantity::Power(p)),
    };
    let load_value = shown(central);
    let mut provenance = Provenance::default();
    provenance.echo("load", load_label(annual), load_value.clone());
    let mut yardsticks = Vec::new();
    for reference in dataset.references() {
        yardsticks.extend(yardsticks::of_reference(dataset, reference, annual)?);
    }
    if annual {
        yardsticks.extend(yardsticks::countries(
            dataset,
            central,
            NEAREST_BY_GENERATION,
        ));
    }
    for yardstick in &yardsticks {
        for id in &yardstick.figures {
            let figure = dataset.figure(id)?;
            if figure.record.status == Status::Recalled {
                provenance.warn(Warning::Recalled {
                    id: id.clone(),
                    source: figure.record.source.clone(),
                });
            }
        }
    }
    if !annual {
        provenance.warn(Warning::Note(
            "a capacity is compared with capacities and peaks; give an energy per year (`TWh/yr`) to compare with countries' consumption and plants' output".into(),
        ));
    }
    let mut equivalents: Vec<Equivalent> = yardsticks
        .into_iter()
        .map(|y| Equivalent {
            ratio: compare::times(central, y.value).get::<uom::si::ratio::ratio>(),
            value: shown(y.value),
            name: y.name,
            name_ar: y.name_ar,
            code: y.code,
            kind: y.kind,
            basis: y.basis,
            figures: y.figures,
            status: y.status,
        })
        .collect();
    equivalents.sort_by(|a, b| a.ratio.total_cmp(&b.ratio));
    Ok(Comparison {
        title: format!("{} compared", load_value.display()),
        load: load_value,
        equivalents,
        provenance,
    })
}

fn load_label(annual: bool) -> &'static str {
    match annual {
        true => "Load (energy per year)",
        false => "Load (capacity)",
    }
}

impl Comparison {
    pub fn report(&self) -> anyhow::Result<Report> {
        let text = |s: &str| Value::Text(s.to_string());
        let mut report =
            Report::new("compare", self.title.clone()).with_provenance(&self.provenance);
        report.listings.push(Listing {
            key: "equivalents",
            heading: "",
            columns: vec!["name", "kind", "basis", "value", "load ÷ value", "figures"],
            rows: self
                .equivalents
                .iter()
                .map(|e| {
                    vec![
                        text(&e.name),
                        text(&format!("{:?}", e.kind).to_lowercase()),
                        text(e.basis),
                        e.value.clone(),
                        text(&ratio_text(e.ratio)),
                        text(&e.figures.join(", ")),
                    ]
                })
                .collect(),
            below: Vec::new(),
        });
        report.json = serde_json::to_value(self)?;
        Ok(report)
    }
}

/// `×8.953`, `×0.93`, `×0.0042`.
pub fn ratio_text(ratio: f64) -> String {
    format!("×{}", crate::units::format::count(ratio))
}
