//! The things the press measures loads by: reactors, plants, cities (`references.toml`) and
//! countries, each valued on a load's basis: capacities against nameplates and peaks, energies
//! per year against output, use and national consumption.

use std::collections::BTreeMap;

use crate::data::places::name_key;
use crate::data::{Dataset, Denominator, Figure, ReferenceKind, ReferenceRecord, Status, When};
use crate::error::DataError;
use crate::model::compare;
use crate::units::{Power, Quantity, Ratio};

/// Something a load is measured by, valued on one basis.
#[derive(Debug, Clone, PartialEq)]
pub struct Yardstick {
    pub name: String,
    pub name_ar: String,
    /// The ISO code, for a country.
    pub code: Option<String>,
    pub kind: ReferenceKind,
    /// What the value is: nameplate, peak demand, average output, annual use, consumption,
    /// generation.
    pub basis: &'static str,
    /// A power, or an energy per year as its average power.
    pub value: Power,
    /// The figures it rests on, and the weakest status among them.
    pub figures: Vec<String>,
    pub status: Status,
}

/// A reference object's value: its power for a capacity (`annual` false), its energy per year
/// for an energy (from its output or use, or its power × capacity factor); `None` when it has
/// none on that basis.
pub fn of_reference(
    dataset: &Dataset,
    reference: &ReferenceRecord,
    annual: bool,
) -> Result<Option<Yardstick>, DataError> {
    let (peak_or_nameplate, use_or_output) = match reference.kind {
        ReferenceKind::City => ("peak demand", "annual use"),
        _ => ("nameplate", "average output"),
    };
    let valued = match (
        annual,
        &reference.power,
        &reference.energy,
        &reference.capacity_factor,
    ) {
        (false, Some(power), _, _) => {
            let figure = dataset.figure(power)?;
            Some((figure.power(), peak_or_nameplate, vec![figure]))
        }
        (true, _, Some(energy), _) => {
            let figure = dataset.figure(energy)?;
            Some((figure.power(), use_or_output, vec![figure]))
        }
        (true, Some(power), None, Some(factor)) => {
            let (power, factor) = (dataset.figure(power)?, dataset.figure(factor)?);
            Some((
                compare::average_output(power.power(), fraction(factor)),
                "average output (capacity × capacity factor)",
                vec![power, factor],
            ))
        }
        _ => None,
    };
    Ok(valued.map(|(value, basis, figures)| Yardstick {
        name: reference.name.clone(),
        name_ar: reference.name_ar.clone(),
        code: None,
        kind: reference.kind,
        basis,
        value,
        status: weakest(&figures),
        figures: figures.iter().map(|f| f.id().to_string()).collect(),
    }))
}

/// A country's yearly electricity: its newest consumption, else its newest generation (said
/// in `basis`); the US's is EIA's end use.
pub fn of_country(dataset: &Dataset, code: &str) -> Result<Yardstick, DataError> {
    let figure = match code {
        "US" => dataset.national_total(Denominator::EndUse, When::Newest)?,
        _ => newest(dataset, "consumption", code)
            .or_else(|| newest(dataset, "generation", code))
            .ok_or_else(|| DataError::NotHeld {
                what: "electricity consumption or generation".into(),
                place: code.into(),
                hint: String::new(),
            })?,
    };
    Ok(country_yardstick(dataset, figure))
}

/// Every country whose consumption the data holds, and the `nearest` by generation to `load`
/// among the rest.
pub fn countries(dataset: &Dataset, load: Power, nearest: usize) -> Vec<Yardstick> {
    let newest_by_region = |series: &str| {
        let mut by_region: BTreeMap<&str, &Figure> = BTreeMap::new();
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
    let mut consumption = newest_by_region("consumption");
    if let Ok(us) = dataset.national_total(Denominator::EndUse, When::Newest) {
        consumption.insert("US", us);
    }
    let mut by_generation: Vec<&Figure> = newest_by_region("generation")
        .into_iter()
        .filter(|(region, _)| !consumption.contains_key(region))
        .map(|(_, f)| f)
        .collect();
    let distance = |f: &Figure| compare::times(f.power(), load).value.ln().abs();
    by_generation.sort_by(|a, b| distance(a).total_cmp(&distance(b)));
    consumption
        .into_values()
        .chain(by_generation.into_iter().take(nearest))
        .map(|f| country_yardstick(dataset, f))
        .collect()
}

/// Words for people in a per-capita comparison ("a million people", `مليون شخص`).
pub const PEOPLE: &[&str] = &[
    "people",
    "person",
    "persons",
    "resident",
    "residents",
    "inhabitant",
    "inhabitants",
    "شخص",
    "أشخاص",
    "نسمة",
    "مواطن",
];

/// What a claim's `reference` names: a reference object by id or name (`hoover-dam`, `Hoover
/// Dam`; `reactor` is the average US reactor), people (the generation per person of `place`,
/// a country's ISO code), else a country by code or name.
pub fn find(
    dataset: &Dataset,
    name: &str,
    annual: bool,
    place: &str,
) -> Result<Yardstick, DataError> {
    let key = name_key(name);
    if PEOPLE.iter().any(|p| name_key(p) == key) {
        return per_person(dataset, place);
    }
    let key = match key.trim_end_matches('s') {
        "reactor" | "nuclear reactor" | "مفاعل" | "مفاعل نووي" | "مفاعلات" | "مفاعلات نووية" => {
            "us-average-reactor".to_string()
        }
        _ => key,
    };
    let reference = dataset.references().find(|r| {
        name_key(&r.id) == key || name_key(&r.name) == key || name_key(&r.name_ar) == key
    });
    match reference {
        Some(reference) => {
            of_reference(dataset, reference, annual)?.ok_or_else(|| DataError::NotHeld {
                what: match annual {
                    true => "an energy per year".into(),
                    false => "a capacity".into(),
                },
                place: reference.name.clone(),
                hint: "; compare a load of the other kind".into(),
            })
        }
        None => of_country(dataset, &dataset.country(name)?.iso2),
    }
}

/// A person's yearly electricity in a country: its generation per person (Our World in Data).
fn per_person(dataset: &Dataset, code: &str) -> Result<Yardstick, DataError> {
    let figure =
        newest(dataset, "generation-per-person", code).ok_or_else(|| DataError::NotHeld {
            what: "electricity generation per person".into(),
            place: code.into(),
            hint: "; set the claim's `geography` to a country".into(),
        })?;
    let country = dataset.country_by_code(code);
    Ok(Yardstick {
        name: format!("a person in {}", country.map_or(code, |c| c.name.as_str())),
        name_ar: format!("شخص في {}", country.map_or(code, |c| c.name_ar.as_str())),
        code: Some(code.to_string()),
        kind: ReferenceKind::Person,
        basis: "generation per person",
        value: figure.power(),
        figures: vec![figure.id().to_string()],
        status: figure.record.status,
    })
}

fn country_yardstick(dataset: &Dataset, figure: &Figure) -> Yardstick {
    let code = figure.record.region.clone();
    let country = dataset.country_by_code(&code);
    Yardstick {
        name: country.map_or_else(|| code.clone(), |c| c.name.clone()),
        name_ar: country.map_or_else(|| code.clone(), |c| c.name_ar.clone()),
        code: Some(code),
        kind: ReferenceKind::Country,
        basis: match figure.record.series.as_str() {
            "generation" => "generation",
            _ => "consumption",
        },
        value: figure.power(),
        figures: vec![figure.id().to_string()],
        status: figure.record.status,
    }
}

fn newest<'a>(dataset: &'a Dataset, series: &str, region: &str) -> Option<&'a Figure> {
    dataset.series(series, region).into_iter().next_back()
}

fn fraction(figure: &Figure) -> Ratio {
    match figure.value {
        Quantity::Percent(r) => r,
        Quantity::Number(n) => Ratio::new::<uom::si::ratio::ratio>(n),
        other => unreachable!("a capacity factor is checked to be a fraction, not {other:?}"),
    }
}

/// Recalled before computed before confirmed: the least a result resting on them can claim.
fn weakest(figures: &[&Figure]) -> Status {
    let rank = |s: Status| match s {
        Status::Recalled => 0,
        Status::Interpolated => 1,
        Status::Computed => 2,
        Status::Confirmed => 3,
    };
    figures
        .iter()
        .map(|f| f.record.status)
        .min_by_key(|s| rank(*s))
        .unwrap_or(Status::Confirmed)
}
