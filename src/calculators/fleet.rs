//! `fleet`: a count of accelerators as power at each boundary, energy per year and homes.

use super::Calculated;
use crate::data::Dataset;
use crate::inputs::{full_load_warning, given_or_figure, use_per_home};
use crate::model::fleet::{self, FleetInputs, FleetOutputs, ServerPower, per_chip};
use crate::provenance::{Provenance, Warning};
use crate::report::Value;
use crate::request::FleetRequest;
use crate::uncertainty::Uncertain;
use crate::uncertainty::monte_carlo::Draw;
use crate::uncertainty::sampling::{Calc, Input, Sampling, Slot};
use crate::units::{Power, Quantity, Ratio, format};

/// How the server boundary is reached: a published system figure or a multiple of the chip.
#[derive(Clone, Copy)]
enum ServerBasis {
    Published { system: Slot<Power>, gpus: u32 },
    Overhead(Slot<Ratio>),
}

/// A fleet's inputs registered for a run: the calculation, and the slots its model reads.
pub struct FleetSetup {
    pub calc: Calc,
    pub provenance: Provenance,
    count: Slot<Ratio>,
    chip_power: Slot<Power>,
    server: ServerBasis,
    pue: Slot<Ratio>,
    load_factor: Slot<Ratio>,
    per_home: Slot<Power>,
    /// "100,000 × NVIDIA H100 SXM".
    title: String,
    central_count: f64,
    /// How the server boundary is reached, and the PUE, in words for the labels.
    basis: String,
    pue_shown: String,
}

impl FleetSetup {
    /// The ladder for one draw.
    pub fn evaluate(&self, d: &Draw) -> FleetOutputs {
        let server = match self.server {
            ServerBasis::Published { system, gpus } => ServerPower::Published {
                system: d.get(system),
                gpus,
            },
            ServerBasis::Overhead(multiple) => ServerPower::Overhead(d.get(multiple)),
        };
        fleet::evaluate(FleetInputs {
            count: d.get(self.count),
            chip_power: d.get(self.chip_power),
            server,
            pue: d.get(self.pue),
            load_factor: d.get(self.load_factor),
            use_per_home: d.get(self.per_home),
        })
    }

    /// Labels for people that say what each boundary is per chip, at the point estimate.
    pub fn labels(&self, point: &FleetOutputs) -> Vec<(&'static str, String)> {
        let each = |total: Power| format::power(per_chip(total, self.central_count));
        let (basis, pue) = (&self.basis, &self.pue_shown);
        vec![
            (
                "chip_power",
                format!("Chips ({} each, TDP)", each(point.chip_power)),
            ),
            (
                "server_power",
                format!(
                    "Servers/racks ({} per chip: {basis})",
                    each(point.server_power)
                ),
            ),
            (
                "it_power",
                format!("IT load ({} per chip)", each(point.it_power)),
            ),
            (
                "facility_power",
                format!(
                    "Facility, at the grid ({} per chip: IT × PUE {pue})",
                    each(point.facility_power)
                ),
            ),
        ]
    }
}

pub fn fleet(
    dataset: &Dataset,
    request: &FleetRequest,
    sampling: &Sampling,
) -> anyhow::Result<Calculated<FleetOutputs>> {
    let setup = setup(dataset, request)?;
    let estimate = setup.calc.run(sampling, |d| setup.evaluate(d));
    let labels = setup.labels(&estimate.point);
    let mut calculated = Calculated::new("fleet", setup.title, setup.provenance, estimate);
    calculated.labels = labels;
    Ok(calculated)
}

/// Resolves a fleet request against the data: its chip, system, PUE and use per home.
pub fn setup(dataset: &Dataset, request: &FleetRequest) -> anyhow::Result<FleetSetup> {
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
    Ok(FleetSetup {
        calc,
        provenance,
        count,
        chip_power,
        server,
        pue,
        load_factor: lf,
        per_home,
        title: format!("{shown_count} × {}", chip.name),
        central_count,
        basis,
        pue_shown,
    })
}
