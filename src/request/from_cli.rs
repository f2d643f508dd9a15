//! Raw clap arguments → the typed request, each value read by [`super::values`].

use super::values::{self, Given};
use super::*;
use crate::cli::{Command, LoadArgs, NationalArgs, PlaceArgs, PlotArgs, PlotKind};
use crate::error::UsageError;

pub(super) fn sampling(cli: &Cli) -> anyhow::Result<SamplingRequest> {
    Ok(SamplingRequest {
        samples: cli
            .sampling
            .samples
            .as_deref()
            .map(values::samples)
            .transpose()?,
        seed: cli.sampling.seed,
        sensitivity: cli.sampling.sensitivity,
    })
}

fn households(args: &LoadArgs, year: Option<i32>) -> anyhow::Result<Households> {
    Ok(Households {
        per_home: args
            .per_home
            .as_deref()
            .map(|t| values::energy_per_year(t, "an energy per period such as `10,791 kWh/yr`"))
            .transpose()?,
        place: place(&args.place),
        when: year.into(),
    })
}

fn place(args: &PlaceArgs) -> PlaceRequest {
    match (&args.region, &args.country, args.world) {
        (_, _, true) => PlaceRequest::World,
        (_, Some(country), _) => PlaceRequest::Country(country.clone()),
        (Some(state), _, _) => PlaceRequest::State(state.clone()),
        (None, None, false) => PlaceRequest::Us,
    }
}

fn national(args: &NationalArgs, place_args: &PlaceArgs) -> anyhow::Result<National> {
    Ok(National {
        place: place(place_args),
        when: args.year.into(),
        denominator: args.denominator,
        total: args
            .national_total
            .as_deref()
            .map(values::national_total)
            .transpose()?,
    })
}

fn load_factor(text: Option<&str>) -> anyhow::Result<Option<Given>> {
    text.map(values::load_factor).transpose()
}

pub(super) fn task(command: &Command, output: &std::path::Path) -> anyhow::Result<Task> {
    Ok(match command {
        Command::Homes {
            load_or_homes,
            load_args,
            year,
        } => Task::Calculate(Calculation::Homes(
            match values::homes_count(load_or_homes) {
                Some(count) => HomesRequest::Count {
                    count,
                    load_factor: load_factor(load_args.load_factor.as_deref())?,
                    homes: households(load_args, *year)?,
                },
                None => HomesRequest::Load {
                    load: values::load(load_or_homes, load_args.load_factor.as_deref())?,
                    homes: households(load_args, *year)?,
                },
            },
        )),
        Command::Share {
            load,
            load_factor,
            national: national_args,
            place: place_args,
            from,
            growth,
        } => {
            let growth = match from.zip(growth.as_deref()) {
                Some((from, rate)) => {
                    let to = national_args.year.ok_or_else(|| {
                        UsageError("--from needs --year, the year to grow the load to".into())
                    })?;
                    if to < from {
                        return Err(
                            UsageError(format!("--from {from} is after --year {to}")).into()
                        );
                    }
                    Some(GrowthRequest {
                        from,
                        to,
                        rate: values::growth_rate(rate)?,
                    })
                }
                None => None,
            };
            Task::Calculate(Calculation::Share(ShareRequest {
                load: values::load(load, load_factor.as_deref())?,
                national: national(national_args, place_args)?,
                growth,
            }))
        }
        Command::Footprint {
            load,
            load_args,
            national: national_args,
            pue,
            wue,
        } => Task::Calculate(Calculation::Footprint(FootprintRequest {
            load: values::load(load, load_args.load_factor.as_deref())?,
            homes: households(load_args, None)?,
            national: national(national_args, &load_args.place)?,
            pue: pue.as_deref().map(values::pue).transpose()?,
            wue: wue.as_deref().map(values::wue).transpose()?,
        })),
        Command::Compare { load } => Task::Compare {
            load: values::load(load, None)?,
        },
        Command::Fleet {
            count,
            chip,
            pue,
            overhead,
            load_args,
        } => Task::Calculate(Calculation::Fleet(FleetRequest {
            count: values::chip_count(count)?,
            chip: chip.clone(),
            pue: pue.as_deref().map(values::pue).transpose()?,
            overhead: overhead.as_deref().map(values::overhead).transpose()?,
            load_factor: load_factor(load_args.load_factor.as_deref())?,
            homes: households(load_args, None)?,
        })),
        Command::Cost {
            money,
            per,
            years,
            year,
            load_args,
        } => {
            let capacity = per
                .as_deref()
                .map(|text| values::load(text, load_args.load_factor.as_deref()))
                .transpose()?;
            if let Some(load) = &capacity
                && load.shape != values::Shape::Capacity
            {
                return Err(UsageError(format!(
                    "--per expects a capacity such as `30 GW`; `{}` is an energy per year",
                    load.power.text
                ))
                .into());
            }
            Task::Calculate(Calculation::Cost(CostRequest {
                money: values::money(money)?,
                capacity,
                term: years.as_deref().map(values::term).transpose()?,
                year: *year,
                homes: households(load_args, None)?,
            }))
        }
        Command::Project {
            source,
            from,
            to,
            metric,
        } => {
            if let (Some(from), Some(to)) = (from, to)
                && from > to
            {
                return Err(UsageError(format!("--from {from} is after --to {to}")).into());
            }
            Task::Project(ProjectRequest {
                source: source.clone(),
                from: *from,
                to: *to,
                metric: *metric,
            })
        }
        Command::Check { file, strict } => Task::Check {
            file: file.clone(),
            strict: *strict,
        },
        Command::Plot(args) => Task::Plot(plot(args, output)?),
        Command::Report { input, lang } => Task::Report {
            input: input.clone(),
            lang: *lang,
        },
        Command::Extract { file, lang } => Task::Extract {
            file: file.clone(),
            lang: *lang,
        },
        Command::Sources { id } => Task::Sources { id: id.clone() },
        Command::Serve { .. } => {
            return Err(UsageError("`serve` is not a one-shot command".into()).into());
        }
        Command::Completions { .. } | Command::Man => {
            return Err(UsageError("completions and man are not calculations".into()).into());
        }
    })
}

fn plot(args: &PlotArgs, output: &std::path::Path) -> anyhow::Result<PlotRequest> {
    if output.as_os_str() == "-" {
        return Err(
            UsageError("plot writes a file: give -o chart.png or -o chart.svg".into()).into(),
        );
    }
    let chart = match args.kind {
        PlotKind::Projection => Chart::Projection {
            sources: match (args.source.is_empty(), args.world) {
                (false, _) => args.source.clone(),
                (true, false) => vec!["lbnl-2024".into()],
                (true, true) => vec!["iea-energy-ai-2025".into()],
            },
            metric: args.metric,
            world: args.world,
        },
        PlotKind::Homes => Chart::Homes {
            load: values::load(&args.load, None)?,
        },
        PlotKind::Compare => Chart::Compare {
            load: values::load(&args.load, None)?,
        },
        PlotKind::Fleet => Chart::Fleet {
            count: values::chip_count(&args.count)?,
            chip: args.chip.clone(),
        },
        PlotKind::Claims => Chart::Claims {
            file: args.claims.clone(),
        },
        PlotKind::Distribution | PlotKind::Tornado => {
            let (calculation, sampling) = sampled_command(&args.command)?;
            let calculation = Box::new(calculation);
            match args.kind {
                PlotKind::Distribution => Chart::Distribution {
                    calculation,
                    sampling,
                },
                _ => Chart::Tornado {
                    calculation,
                    sampling,
                },
            }
        }
    };
    Ok(PlotRequest {
        chart,
        path: output.to_path_buf(),
        size: values::size(&args.size)?,
        lang: args.lang,
    })
}

/// The calculator after `--` in `plot distribution -- share …`.
fn sampled_command(words: &[String]) -> anyhow::Result<(Calculation, SamplingRequest)> {
    use clap::Parser;
    if words.is_empty() {
        return Err(UsageError(
            "give the command to sample after `--`, e.g. `wattcheck plot distribution -o d.png -- homes \"30 GW\" --load-factor \"uniform(0.5, 1)\"`".into(),
        )
        .into());
    }
    let inner =
        Cli::try_parse_from(std::iter::once("wattcheck".to_string()).chain(words.iter().cloned()))
            .map_err(|e| {
                UsageError(format!(
                    "the command after `--`: {}",
                    e.to_string().lines().next().unwrap_or_default()
                ))
            })?;
    match task(&inner.command, std::path::Path::new("-"))? {
        Task::Calculate(calculation) => Ok((calculation, sampling(&inner)?)),
        _ => Err(UsageError(
            "the command after `--` must be a calculator: homes, share, footprint, fleet or cost"
                .into(),
        )
        .into()),
    }
}
