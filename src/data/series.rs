//! The series a figure may belong to: the kind of quantity each holds, and what it measures.

use crate::units::money::Currency;
use crate::units::parse::Kind;

/// A series: its name, the kind of quantity its figures must be, and what it measures.
pub(super) struct Series(pub &'static str, pub Kind, pub &'static str);

pub(super) const SERIES: &[Series] = &[
    Series("household-use", Kind::Power, "electricity use per home"),
    Series("end-use", Kind::Power, "US total end-use consumption"),
    Series("retail-sales", Kind::Power, "US retail electricity sales"),
    Series(
        "implied-total",
        Kind::Power,
        "US total a projection's shares imply",
    ),
    Series(
        "net-generation",
        Kind::Power,
        "US utility-scale net generation",
    ),
    Series("dc-energy", Kind::Power, "data-center electricity use"),
    Series(
        "dc-share",
        Kind::Fraction,
        "data-center share of US electricity",
    ),
    Series(
        "dc-capacity",
        Kind::Power,
        "data-center power demand (capacity)",
    ),
    Series("ai-energy", Kind::Power, "AI electricity use"),
    Series("generation", Kind::Power, "electricity generation"),
    Series(
        "generation-per-person",
        Kind::Power,
        "electricity generation per person",
    ),
    Series(
        "generation-co2e",
        Kind::MassPerEnergy,
        "life-cycle carbon intensity of generation",
    ),
    Series("consumption", Kind::Power, "electricity consumption"),
    Series("world-demand", Kind::Power, "world electricity demand"),
    Series(
        "world-generation",
        Kind::Power,
        "world electricity generation",
    ),
    Series("household-size", Kind::Number, "persons per household"),
    Series("household-count", Kind::Number, "households in a country"),
    Series("reactor-capacity", Kind::Power, "nuclear reactor capacity"),
    Series("capacity-factor", Kind::Fraction, "capacity factor"),
    Series(
        "plant-capacity",
        Kind::Power,
        "power plant nameplate capacity",
    ),
    Series("plant-output", Kind::Power, "power plant average output"),
    Series("fleet-capacity", Kind::Power, "a reactor fleet's capacity"),
    Series(
        "fleet-output",
        Kind::Power,
        "a reactor fleet's annual output",
    ),
    Series("city-peak", Kind::Power, "a city's peak electricity demand"),
    Series("city-use", Kind::Power, "a city's annual electricity use"),
    Series(
        "usd-rate",
        Kind::Number,
        "units of a currency per US dollar, annual average",
    ),
    Series(
        "usd-peg",
        Kind::Number,
        "units of a currency per US dollar, official peg",
    ),
    Series("grid-co2", Kind::MassPerEnergy, "grid CO2 intensity (EIA)"),
    Series(
        "egrid-co2",
        Kind::MassPerEnergy,
        "grid CO2 output rate (eGRID)",
    ),
    Series("pue", Kind::Number, "power usage effectiveness"),
    Series("wue", Kind::VolumePerEnergy, "water usage effectiveness"),
    Series("chip-power", Kind::Power, "accelerator power"),
    Series("system-power", Kind::Power, "server or rack power"),
    Series(
        "server-overhead",
        Kind::Number,
        "server power over chip power",
    ),
    Series(
        "capex-per-power",
        Kind::MoneyPerPower(Currency::Usd),
        "capital cost per unit of capacity",
    ),
    Series(
        "deal-value",
        Kind::Money(Currency::Usd),
        "value of a compute deal",
    ),
    Series("deal-term", Kind::Time, "length of a compute deal"),
    Series("deal-capacity", Kind::Power, "capacity of a compute deal"),
    Series("cited-share", Kind::Fraction, "a published share"),
    Series("cited-change", Kind::Fraction, "a published change"),
    Series("cited-energy", Kind::Energy, "a published energy"),
    Series(
        "cited-power",
        Kind::Power,
        "a published power or energy rate",
    ),
    Series("cited-count", Kind::Number, "a published count"),
    Series("cited-volume", Kind::Volume, "a published volume"),
    Series(
        "cited-price",
        Kind::Money(Currency::Usd),
        "a published price of one unit named in the figure's note",
    ),
];

/// What a series measures, for messages.
pub(super) fn series_description(series: &str) -> &str {
    SERIES
        .iter()
        .find(|Series(name, _, _)| *name == series)
        .map(|Series(_, _, description)| *description)
        .unwrap_or(series)
}
