//! `fleet`: a count of accelerators as power at each boundary, energy per year and homes.

use super::inputs::{full_load_warning, load_factor, per_home, pue};
use super::sampling::Calc;
use crate::cli::{LoadArgs, SamplingArgs};
use crate::data::Dataset;
use crate::error::UsageError;
use crate::model::fleet::{ServerPower, ladder, per_chip};
use crate::model::households;
use crate::report::{Item, Report, Value, Warning};
use crate::uncertainty::Uncertain;
use crate::units::parse::parse_count;
use crate::units::uncertain::parse_uncertain;
use crate::units::{Kind, Quantity, format};

/// How the server boundary is reached: a published system figure or a multiple of the chip.
enum ServerBasis {
    Published { slot: usize, gpus: u32 },
    Overhead { slot: usize },
}

pub fn fleet(
    dataset: &Dataset,
    count_text: &str,
    chip_name: &str,
    pue_text: Option<&str>,
    overhead_text: Option<&str>,
    args: &LoadArgs,
    sampling: &SamplingArgs,
) -> anyhow::Result<Report> {
    let count_value = count(count_text)?;
    let chip = dataset.chip(chip_name)?;
    let mut report = Report::new(
        "fleet",
        format!("{} × {}", shown_count(count_text, &count_value), chip.name),
    );
    report.inputs.push(Item::new(
        "count",
        "Accelerators",
        Value::Text(count_text.trim().into()),
    ));
    report
        .inputs
        .push(Item::new("chip", "Chip", Value::Text(chip.id.clone())));
    let mut calc = Calc::new();
    let central_count = count_value.central().base();
    let count = calc.user("accelerators", count_value);
    let lf_value = load_factor(args.load_factor.as_deref())?;
    let full_load = lf_value.is_fixed() && lf_value.central().base() == 1.0;
    let lf = calc.user("load factor", lf_value);
    let chip_figure = dataset.figure(&chip.chip_power)?;
    report.assume(
        "Power per chip",
        chip_figure,
        Value::Quantity(chip_figure.value),
    );
    let chip_power = calc.figure("power per chip", chip_figure.uncertain());
    let (server, basis) = match (overhead_text, &chip.system_power, chip.gpus_per_system) {
        (Some(text), _, _) => {
            let multiple = overhead(text)?;
            report.inputs.push(Item::new(
                "overhead",
                "Server power ÷ chip power",
                Value::Text(text.trim().into()),
            ));
            (
                ServerBasis::Overhead {
                    slot: calc.user("server ÷ chip power", multiple),
                },
                "chip × --overhead".to_string(),
            )
        }
        (None, Some(system_id), Some(gpus)) => {
            let figure = dataset.figure(system_id)?;
            let name = chip
                .system_name
                .clone()
                .unwrap_or_else(|| system_id.clone());
            report.assume(
                &format!("{name} ({gpus} GPUs)"),
                figure,
                Value::Quantity(figure.value),
            );
            let slot = calc.figure(format!("{name} power"), figure.uncertain());
            (
                ServerBasis::Published { slot, gpus },
                format!("{name}: {} ÷ {gpus}", format::power(figure.power())),
            )
        }
        _ => {
            let figure = dataset.best("server-overhead", "any")?;
            report.assume(
                "Server power ÷ chip power (no published system figure)",
                figure,
                Value::Quantity(figure.value),
            );
            let basis = format!("chip × {} (typical)", format::count(figure.number()));
            (
                ServerBasis::Overhead {
                    slot: calc.figure("server ÷ chip power", figure.uncertain()),
                },
                basis,
            )
        }
    };
    let pue_value = pue(&mut report, dataset, pue_text, "new-large-builds")?;
    let pue_shown = format::quantity(pue_value.central());
    let pue = calc.input("PUE", pue_value);
    let home = calc.input("use per home", per_home(&mut report, dataset, args, None)?);
    let kinds = [
        Kind::Power,
        Kind::Power,
        Kind::Power,
        Kind::Power,
        Kind::Energy,
        Kind::Number,
    ];
    let outcome = calc.run(sampling, &kinds, 3, |d, out| {
        let server = match server {
            ServerBasis::Published { slot, gpus } => ServerPower::Published {
                system: d.power(slot),
                gpus,
            },
            ServerBasis::Overhead { slot } => ServerPower::Overhead(d.ratio(slot)),
        };
        let steps = ladder(
            d.ratio(count).value,
            d.power(chip_power),
            server,
            d.ratio(pue),
            d.ratio(lf),
        );
        out[0] = steps.chip.value;
        out[1] = steps.server.value;
        out[2] = steps.it.value;
        out[3] = steps.facility.value;
        out[4] = steps.annual.value;
        out[5] = households::homes(steps.annual, d.power(home)).value;
    })?;
    let chips = central_count;
    let each = |index: usize| match outcome.quantity(index) {
        Quantity::Power(total) => format::power(per_chip(total, chips)),
        other => format::quantity(other),
    };
    report.results = vec![
        outcome.item(0, "chip_power", format!("Chips ({} each, TDP)", each(0))),
        outcome.item(
            1,
            "server_power",
            format!("Servers/racks ({} per chip: {basis})", each(1)),
        ),
        outcome.item(2, "it_power", format!("IT load ({} per chip)", each(2))),
        outcome.item(
            3,
            "facility_power",
            format!(
                "Facility, at the grid ({} per chip: IT × PUE {pue_shown})",
                each(3)
            ),
        ),
        outcome.item(4, "annual_energy", "Energy per year"),
        outcome.item(5, "homes", "Household equivalents"),
    ];
    outcome.finish(&mut report);
    report.warn(Warning::Note(
        "IT load counts the servers or racks only: storage and the cluster network outside the racks are not modelled, so it is a lower bound".into(),
    ));
    if full_load {
        report.warn(full_load_warning(dataset)?);
    }
    Ok(report)
}

/// A count of chips, at least one: `500000`, `500k`, or a range such as `200k..900k`.
fn count(text: &str) -> anyhow::Result<Uncertain> {
    let value = parse_uncertain(text).map_err(|error| parse_count(text).err().unwrap_or(error))?;
    if value.kind != Kind::Number || value.dist.quantile(0.001) < 1.0 {
        return Err(UsageError(format!("a fleet needs at least one chip; got `{text}`")).into());
    }
    Ok(value)
}

fn shown_count(text: &str, value: &Uncertain) -> String {
    match value.central() {
        Quantity::Number(n) if value.is_fixed() => format::count(n),
        _ => text.trim().to_string(),
    }
}

fn overhead(text: &str) -> anyhow::Result<Uncertain> {
    let value = parse_uncertain(text)?;
    if value.kind != Kind::Number || value.dist.quantile(0.001) < 1.0 {
        return Err(UsageError(format!(
            "--overhead expects server power as a multiple of chip power, at least 1 (such as `1.6`); got `{text}`"
        ))
        .into());
    }
    Ok(value)
}
