//! `fleet`: a count of accelerators as power at each boundary, energy per year and homes.

use super::Calculated;
use crate::data::Dataset;
use crate::inputs::{full_load_warning, given_or_figure, use_per_home};
use crate::model::fleet::{self, FleetInputs, FleetOutputs, ServerPower, per_chip};
use crate::provenance::{Provenance, Warning};
use crate::report::Value;
use crate::request::FleetRequest;
use crate::uncertainty::Uncertain;
use crate::uncertainty::sampling::{Calc, Input, Sampling, Slot};
use crate::units::{Power, Quantity, Ratio, format};

/// How the server boundary is reached: a published system figure or a multiple of the chip.
#[derive(Clone, Copy)]
enum ServerBasis {
    Published { system: Slot<Power>, gpus: u32 },
    Overhead(Slot<Ratio>),
}

pub fn fleet(
    dataset: &Dataset,
    request: &FleetRequest,
    sampling: &Sampling,
) -> anyhow::Result<Calculated<FleetOutputs>> {
    let chip = dataset.chip(&request.chip)?;
    let mut provenance = Provenance::default();
    provenance.echo(
        "count",
        "Accelerators",
        Value::Text(request.count.text.clone()),
    );
    provenance.echo("chip", "Chip", Value::Text(chip.id.clone()));
    let mut calc = Calc::new();
    let central_count = request.count.value.central().base();
    let count = calc.add("accelerators", &Input::Given(request.count.value.clone()));
    let factor = request.load_factor.as_ref().map_or_else(
        || Uncertain::fixed(Quantity::Number(1.0)),
        |g| g.value.clone(),
    );
    let full_load = request
        .load_factor
        .as_ref()
        .is_none_or(|g| g.is_fixed_at(1.0));
    let lf = calc.add("load factor", &Input::Given(factor));
    let chip_figure = dataset.figure(&chip.chip_power)?;
    provenance.assume(
        "Power per chip",
        chip_figure,
        Value::Quantity(chip_figure.value),
    );
    let chip_power = calc.add("power per chip", &Input::Figure(chip_figure.uncertain()));
    let (server, basis) = match (&request.overhead, &chip.system_power, chip.gpus_per_system) {
        (Some(given), _, _) => {
            provenance.echo(
                "overhead",
                "Server power ÷ chip power",
                Value::Text(given.text.clone()),
            );
            let slot = calc.add("server ÷ chip power", &Input::Given(given.value.clone()));
            (ServerBasis::Overhead(slot), "chip × --overhead".to_string())
        }
        (None, Some(system_id), Some(gpus)) => {
            let figure = dataset.figure(system_id)?;
            let name = chip
                .system_name
                .clone()
                .unwrap_or_else(|| system_id.clone());
            provenance.assume(
                &format!("{name} ({gpus} GPUs)"),
                figure,
                Value::Quantity(figure.value),
            );
            let system = calc.add(format!("{name} power"), &Input::Figure(figure.uncertain()));
            (
                ServerBasis::Published { system, gpus },
                format!("{name}: {} ÷ {gpus}", format::power(figure.power())),
            )
        }
        _ => {
            let figure = dataset.best("server-overhead", "any")?;
            provenance.assume(
                "Server power ÷ chip power (no published system figure)",
                figure,
                Value::Quantity(figure.value),
            );
            let basis = format!("chip × {} (typical)", format::count(figure.number()));
            let slot = calc.add("server ÷ chip power", &Input::Figure(figure.uncertain()));
            (ServerBasis::Overhead(slot), basis)
        }
    };
    let pue_input = given_or_figure(
        &mut provenance,
        dataset,
        request.pue.as_ref(),
        ("pue", "PUE"),
        ("pue", "new-large-builds", "PUE (new-large-builds)"),
    )?;
    let pue_shown = format::quantity(pue_input.central());
    let pue = calc.add("PUE", &pue_input);
    let per_home = calc.add_annual(
        "use per home",
        &use_per_home(&mut provenance, dataset, &request.homes)?,
    );
    let estimate = calc.run(sampling, |d| {
        let server = match server {
            ServerBasis::Published { system, gpus } => ServerPower::Published {
                system: d.get(system),
                gpus,
            },
            ServerBasis::Overhead(multiple) => ServerPower::Overhead(d.get(multiple)),
        };
        fleet::evaluate(FleetInputs {
            count: d.get(count),
            chip_power: d.get(chip_power),
            server,
            pue: d.get(pue),
            load_factor: d.get(lf),
            use_per_home: d.get(per_home),
        })
    });
    let each = |total: Power| format::power(per_chip(total, central_count));
    let point = estimate.point;
    provenance.warn(Warning::Note(
        "IT load counts the servers or racks only: storage and the cluster network outside the racks are not modelled, so it is a lower bound".into(),
    ));
    if full_load {
        provenance.warn(full_load_warning(dataset)?);
    }
    let shown_count = match request.count.value.is_fixed() {
        true => format::count(central_count),
        false => request.count.text.clone(),
    };
    Ok(Calculated::new(
        "fleet",
        format!("{shown_count} × {}", chip.name),
        provenance,
        estimate,
    )
    .label(
        "chip_power",
        format!("Chips ({} each, TDP)", each(point.chip_power)),
    )
    .label(
        "server_power",
        format!(
            "Servers/racks ({} per chip: {basis})",
            each(point.server_power)
        ),
    )
    .label(
        "it_power",
        format!("IT load ({} per chip)", each(point.it_power)),
    )
    .label(
        "facility_power",
        format!(
            "Facility, at the grid ({} per chip: IT × PUE {pue_shown})",
            each(point.facility_power)
        ),
    ))
}
