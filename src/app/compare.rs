//! `compare`: what a load is as big as. A capacity is set against capacities (reactors, plants'
//! nameplates, cities' peak demand); an energy per year against annual energies (countries'
//! consumption, plants' average output, cities' annual use).

use serde::Serialize;

use crate::data::{Dataset, Denominator, Figure, ReferenceKind, ReferenceRecord, Status};
use crate::model::compare;
use crate::provenance::{Provenance, Warning, envelope};
use crate::report::{Listing, Report, Value};
use crate::request::values::{LoadRequest, Shape};
use crate::units::{Power, Quantity, Ratio};

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
    let mut equivalents = Vec::new();
    for reference in dataset.references() {
        if let Some((value, basis, figures)) = reference_value(dataset, reference, annual)? {
            equivalents.push(equivalent(
                reference,
                (value, basis, shown(value)),
                central,
                &figures,
            ));
        }
    }
    if annual {
        equivalents.extend(countries(dataset, central, shown));
    }
    for e in &equivalents {
        for id in &e.figures {
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

/// A reference's value on the load's basis, what it is, and the figures it rests on.
fn reference_value(
    dataset: &Dataset,
    reference: &ReferenceRecord,
    annual: bool,
) -> anyhow::Result<Option<(Power, &'static str, Vec<String>)>> {
    let figure = |id: &String| dataset.figure(id);
    let peak_or_nameplate = match reference.kind {
        ReferenceKind::City => "peak demand",
        _ => "nameplate",
    };
    let use_or_output = match reference.kind {
        ReferenceKind::City => "annual use",
        _ => "average output",
    };
    Ok(
        match (
            annual,
            &reference.power,
            &reference.energy,
            &reference.capacity_factor,
        ) {
            (false, Some(power), _, _) => Some((
                figure(power)?.power(),
                peak_or_nameplate,
                vec![power.clone()],
            )),
            (true, _, Some(energy), _) => {
                Some((figure(energy)?.power(), use_or_output, vec![energy.clone()]))
            }
            (true, Some(power), None, Some(factor)) => Some((
                compare::average_output(figure(power)?.power(), fraction(figure(factor)?)),
                "average output (capacity × capacity factor)",
                vec![power.clone(), factor.clone()],
            )),
            _ => None,
        },
    )
}

fn fraction(figure: &Figure) -> Ratio {
    match figure.value {
        Quantity::Percent(r) => r,
        Quantity::Number(n) => Ratio::new::<uom::si::ratio::ratio>(n),
        other => unreachable!("a capacity factor is checked to be a fraction, not {other:?}"),
    }
}

fn equivalent(
    reference: &ReferenceRecord,
    (value, basis, shown): (Power, &'static str, Value),
    load: Power,
    figures: &[String],
) -> Equivalent {
    Equivalent {
        name: reference.name.clone(),
        name_ar: reference.name_ar.clone(),
        code: None,
        kind: reference.kind,
        basis,
        value: shown,
        ratio: compare::times(load, value).get::<uom::si::ratio::ratio>(),
        figures: figures.to_vec(),
        status: Status::Confirmed,
    }
}

/// Every country whose consumption the data holds, and the few nearest the load by generation
/// among the rest.
fn countries(dataset: &Dataset, load: Power, shown: impl Fn(Power) -> Value) -> Vec<Equivalent> {
    let newest = |series: &str| {
        let mut by_region: std::collections::BTreeMap<&str, &Figure> = Default::default();
        for figure in dataset.figures_of(&[series]) {
            let entry = by_region
                .entry(figure.record.region.as_str())
                .or_insert(figure);
            if figure.year() > entry.year() {
                *entry = figure;
            }
        }
        by_region
    };
    let mut consumption = newest("consumption");
    if let Ok(us) = dataset.national_total(Denominator::EndUse, None) {
        consumption.insert("US", us);
    }
    let mut by_generation: Vec<&Figure> = newest("generation")
        .into_iter()
        .filter(|(region, _)| !consumption.contains_key(region))
        .map(|(_, f)| f)
        .collect();
    let distance = |f: &Figure| (f.power() / load).get::<uom::si::ratio::ratio>().ln().abs();
    by_generation.sort_by(|a, b| distance(a).total_cmp(&distance(b)));
    let as_equivalent = |figure: &Figure, basis: &'static str| {
        let code = figure.record.region.clone();
        let country = dataset.country_by_code(&code);
        Equivalent {
            name: country.map_or_else(|| code.clone(), |c| c.name.clone()),
            name_ar: country.map_or_else(|| code.clone(), |c| c.name_ar.clone()),
            code: Some(code),
            kind: ReferenceKind::Country,
            basis,
            value: shown(figure.power()),
            ratio: compare::times(load, figure.power()).get::<uom::si::ratio::ratio>(),
            figures: vec![figure.id().to_string()],
            status: figure.record.status,
        }
    };
    consumption
        .values()
        .map(|f| as_equivalent(f, "consumption"))
        .chain(
            by_generation
                .into_iter()
                .take(NEAREST_BY_GENERATION)
                .map(|f| as_equivalent(f, "generation")),
        )
        .collect()
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
