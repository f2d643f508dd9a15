//! `fleet`: a count of accelerators as power at each boundary, energy per year and homes.

use uom::si::ratio::ratio;

use super::inputs::{load_factor, per_home, pue};
use crate::cli::LoadArgs;
use crate::data::Dataset;
use crate::error::UsageError;
use crate::model::fleet::{ServerPower, ladder};
use crate::model::households;
use crate::report::{Item, Report, Value, Warning};
use crate::units::parse::{Quantity, parse_count, parse_quantity};
use crate::units::{Power, Ratio, format};

pub fn fleet(
    dataset: &Dataset,
    count_text: &str,
    chip_name: &str,
    pue_text: Option<&str>,
    overhead_text: Option<&str>,
    args: &LoadArgs,
) -> anyhow::Result<Report> {
    let count = parse_count(count_text)?;
    if count < 1.0 {
        return Err(UsageError(format!(
            "a fleet needs at least one chip; got `{count_text}`"
        ))
        .into());
    }
    let chip = dataset.chip(chip_name)?;
    let load_factor = load_factor(args.load_factor.as_deref())?;
    let mut report = Report::new("fleet", format!("{} × {}", format::count(count), chip.name));
    report.inputs.push(Item::new(
        "count",
        "Accelerators",
        Value::Quantity(Quantity::Number(count)),
    ));
    report
        .inputs
        .push(Item::new("chip", "Chip", Value::Text(chip.id.clone())));
    report.inputs.push(Item::new(
        "load_factor",
        "Load factor",
        Value::Quantity(Quantity::Number(load_factor.get::<ratio>())),
    ));
    let chip_figure = dataset.figure(&chip.chip_power)?;
    report.assume(
        "Power per chip",
        chip_figure,
        Value::Quantity(chip_figure.value),
    );
    let (server, server_basis) = match (overhead_text, &chip.system_power, chip.gpus_per_system) {
        (Some(text), _, _) => {
            let multiple = overhead(text)?;
            report.inputs.push(Item::new(
                "overhead",
                "Server power ÷ chip power",
                Value::Quantity(Quantity::Number(multiple.get::<ratio>())),
            ));
            (
                ServerPower::Overhead(multiple),
                format!("chip × {} (--overhead)", format::ratio(multiple)),
            )
        }
        (None, Some(system_id), Some(gpus)) => {
            let figure = dataset.figure(system_id)?;
            let system_name = chip
                .system_name
                .clone()
                .unwrap_or_else(|| system_id.clone());
            report.assume(
                &format!("{system_name} ({gpus} GPUs)"),
                figure,
                Value::Quantity(figure.value),
            );
            (
                ServerPower::Published {
                    system: figure.power(),
                    gpus,
                },
                format!("{system_name}: {} ÷ {gpus}", format::power(figure.power())),
            )
        }
        _ => {
            let figure = dataset.best("server-overhead", "any")?;
            report.assume(
                "Server power ÷ chip power (no published system figure)",
                figure,
                Value::Quantity(figure.value),
            );
            let multiple = Ratio::new::<ratio>(figure.number());
            (
                ServerPower::Overhead(multiple),
                format!("chip × {} (typical)", format::ratio(multiple)),
            )
        }
    };
    let pue = pue(&mut report, dataset, pue_text, "new-large-builds")?;
    let per_home = per_home(&mut report, dataset, args, None)?;
    let steps = ladder(count, chip_figure.power(), server, pue, load_factor);
    let each = |total: Power| format::power(total / count);
    let homes = households::homes(steps.annual, per_home);
    report.results = vec![
        Item::new(
            "chip_power",
            format!("Chips ({} each, TDP)", each(steps.chip)),
            power(steps.chip),
        ),
        Item::new(
            "server_power",
            format!(
                "Servers/racks ({} per chip: {server_basis})",
                each(steps.server)
            ),
            power(steps.server),
        ),
        Item::new(
            "it_power",
            format!("IT load ({} per chip)", each(steps.it)),
            power(steps.it),
        ),
        Item::new(
            "facility_power",
            format!(
                "Facility, at the grid ({} per chip: IT × PUE {})",
                each(steps.facility),
                format::ratio(pue)
            ),
            power(steps.facility),
        ),
        Item::new(
            "annual_energy",
            "Energy per year",
            Value::Quantity(Quantity::Energy(steps.annual)),
        ),
        Item::new(
            "homes",
            "Household equivalents",
            Value::Quantity(Quantity::Number(homes.get::<ratio>())),
        ),
    ];
    report.warn(Warning::Note(
        "IT load counts the servers or racks only: storage and the cluster network outside the racks are not modelled, so it is a lower bound".into(),
    ));
    if load_factor.get::<ratio>() == 1.0 {
        report.warn(super::inputs::full_load_warning(dataset)?);
    }
    Ok(report)
}

fn power(value: Power) -> Value {
    Value::Quantity(Quantity::Power(value))
}

fn overhead(text: &str) -> anyhow::Result<Ratio> {
    match parse_quantity(text)? {
        Quantity::Number(n) if n >= 1.0 => Ok(Ratio::new::<ratio>(n)),
        _ => Err(UsageError(format!(
            "--overhead expects server power as a multiple of chip power, at least 1 (such as `1.6`); got `{text}`"
        ))
        .into()),
    }
}
