//! `check`: each claim of an article recomputed by the calculators the other commands use, with
//! a verdict, the arithmetic in one line, its sources, and what would change the verdict.

use std::path::Path;

use anyhow::Context;
use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;
use uom::si::ratio::ratio;

use super::inputs::{LoadInput, Shape, national_total, per_home, read_load, typical_load_factor};
use super::sampling::Calc;
use crate::claims::file::{Boundary, Claim, ClaimKind, ClaimsFile, parse};
use crate::claims::verdict::{Comparison, Verdict};
use crate::cli::{LoadArgs, NationalArgs, SamplingArgs};
use crate::data::{Dataset, Denominator};
use crate::error::{ClaimError, UsageError};
use crate::model::fleet::facility_power;
use crate::model::projection::Metric;
use crate::model::{clock, cost, households, share};
use crate::report::{Item, Listing, Report, Value};
use crate::uncertainty::monte_carlo::Draw;
use crate::units::parse::{
    Quantity, parse_count, parse_fraction, parse_money, parse_power, parse_quantity,
};
use crate::units::{Kind, MoneyPerPower, Power, Ratio, format, year};

/// One claim, checked.
struct Checked {
    stated: Value,
    computed: Option<Value>,
    comparison: Option<Comparison>,
    /// The verdict of a claim with no numeric comparison (a clock time); else from `comparison`.
    verdict: Option<Verdict>,
    explanation: String,
    sources: Vec<String>,
}

/// Reads the claims file (`None`: the bundled article) and checks every claim.
pub fn check(
    dataset: &Dataset,
    path: Option<&Path>,
    sampling: &SamplingArgs,
) -> anyhow::Result<Report> {
    check_file(dataset, &read_claims(dataset, path)?, sampling)
}

/// The claims file at `path`, or the bundled article's.
pub fn read_claims(dataset: &Dataset, path: Option<&Path>) -> anyhow::Result<ClaimsFile> {
    Ok(match path {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| UsageError(format!("cannot read {}: {e}", path.display())))?;
            parse(&path.display().to_string(), &text)?
        }
        None => {
            let (name, text) = dataset.bundled_claims();
            parse(name, text)?
        }
    })
}

/// Checks every claim of a claims file already read.
pub fn check_file(
    dataset: &Dataset,
    file: &ClaimsFile,
    sampling: &SamplingArgs,
) -> anyhow::Result<Report> {
    let mut report = Report::new("check", format!("Checking: {}", file.article.title));
    report.inputs.push(Item::new(
        "file",
        "Claims file",
        Value::Text(file.name.clone()),
    ));
    let mut listing = Listing {
        key: "claims",
        heading: "",
        columns: vec![
            "id",
            "kind",
            "verdict",
            "stated",
            "computed",
            "relative_error",
            "tolerance",
            "explanation",
            "sources",
            "quote",
            "translation",
        ],
        rows: Vec::new(),
        below: vec!["explanation", "sources", "quote", "translation"],
    };
    let mut verdicts = Vec::new();
    for claim in &file.claims {
        let mut checked =
            check_claim(dataset, claim, sampling).map_err(|e| claim_error(file, claim, &e))?;
        if let (Some(note), false) = (&claim.note, claim.kind == ClaimKind::Cited) {
            checked.explanation.push_str(&format!(". Note: {note}"));
        }
        let verdict = checked
            .comparison
            .map(|c| c.verdict)
            .or(checked.verdict)
            .unwrap_or(Verdict::Unverifiable);
        verdicts.push(verdict);
        listing.rows.push(vec![
            Value::Text(claim.id.clone()),
            Value::Text(claim.kind.name().into()),
            Value::Text(verdict.to_string()),
            checked.stated,
            checked.computed.unwrap_or(Value::Empty),
            checked
                .comparison
                .map_or(Value::Empty, |c| fraction(c.relative_error)),
            claim
                .tolerance()
                .map_or(Value::Empty, |t| fraction(t.value)),
            Value::Text(checked.explanation),
            Value::List(checked.sources),
            Value::Text(claim.quote.clone()),
            Value::Text(claim.translation.clone().unwrap_or_default()),
        ]);
    }
    for verdict in Verdict::ALL {
        let count = verdicts.iter().filter(|v| **v == verdict).count();
        report.results.push(Item::new(
            verdict.key(),
            verdict.summary(),
            Value::Quantity(Quantity::Number(count as f64)),
        ));
    }
    report.listings.push(listing);
    Ok(report)
}

fn claim_error(file: &ClaimsFile, claim: &Claim, error: &anyhow::Error) -> ClaimError {
    ClaimError {
        file: file.name.clone(),
        line: Some(claim.line),
        id: Some(claim.id.clone()),
        message: format!("{error:#}"),
    }
}

fn fraction(value: f64) -> Value {
    Value::Quantity(Quantity::Percent(Ratio::new::<ratio>(value)))
}

fn check_claim(
    dataset: &Dataset,
    claim: &Claim,
    sampling: &SamplingArgs,
) -> anyhow::Result<Checked> {
    let tolerance = claim.tolerance()?.get::<ratio>();
    let field = |name: &str, value: &Option<String>| {
        value.clone().with_context(|| format!("missing `{name}`"))
    };
    match claim.kind {
        ClaimKind::Homes => load_claim(
            dataset,
            claim,
            &field("load", &claim.load)?,
            tolerance,
            Target::Homes,
            sampling,
        ),
        ClaimKind::Energy => load_claim(
            dataset,
            claim,
            &field("load", &claim.load)?,
            tolerance,
            Target::Energy,
            sampling,
        ),
        ClaimKind::Share => match (&claim.load, &claim.scenario) {
            (Some(load), _) => load_claim(dataset, claim, load, tolerance, Target::Share, sampling),
            (None, Some(scenario)) => scenario_claim(dataset, claim, scenario, tolerance),
            (None, None) => {
                Err(UsageError("a share claim needs `load` or `scenario`".into()).into())
            }
        },
        ClaimKind::Cost => cost_claim(dataset, claim, &field("load", &claim.load)?, tolerance),
        ClaimKind::Fleet => fleet_claim(dataset, claim, tolerance, sampling),
        ClaimKind::Clock => clock_claim(claim),
        ClaimKind::Cited => cited_claim(dataset, claim),
    }
}

/// The load arguments a claim's `[claim.assume]` gives.
fn load_args(claim: &Claim) -> LoadArgs {
    LoadArgs {
        load_factor: claim.assume.load_factor.clone(),
        per_home: claim.assume.per_home.clone(),
        region: "US".into(),
    }
}

/// Source ids of the figures a scratch report assumed.
fn sources_of(report: &Report) -> Vec<String> {
    let mut ids: Vec<String> = report
        .assumptions
        .iter()
        .map(|a| a.source.clone())
        .collect();
    ids.dedup();
    ids
}

/// "what would change the verdict": the same claim at another assumption.
fn alternative(what: &str, computed: f64, stated: f64, tolerance: f64, shown: String) -> String {
    let comparison = Comparison::of(stated, computed, tolerance);
    format!(
        "{what}: {shown}, {} ({})",
        comparison.verdict,
        comparison.describe()
    )
}

/// What a load claim states: a number of homes, an energy per year, or a share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Homes,
    Energy,
    Share,
}

/// A `homes`, `energy` or `share` claim that starts from a load: the model runs at central
/// values and, when sampling, over draws; the verdict is then the share of draws that hold.
fn load_claim(
    dataset: &Dataset,
    claim: &Claim,
    load_text: &str,
    tolerance: f64,
    target: Target,
    sampling: &SamplingArgs,
) -> anyhow::Result<Checked> {
    let stated = match target {
        Target::Homes => Quantity::Number(parse_count(&claim.stated)?),
        Target::Share => Quantity::Percent(parse_fraction(&claim.stated)?),
        Target::Energy => match parse_quantity(&claim.stated)? {
            Quantity::Energy(e) => Quantity::Energy(e),
            Quantity::Power(p) => Quantity::Energy(p * year()),
            other => {
                return Err(UsageError(format!(
                    "stated: expected an energy per year such as `262.8 TWh`; `{}` is {}",
                    claim.stated,
                    other.kind().name()
                ))
                .into());
            }
        },
    };
    let input = read_load(load_text, claim.assume.load_factor.as_deref())?;
    let mut scratch = Report::default();
    let mut calc = Calc::new();
    let (load, lf) = input.register(&mut calc);
    let (divisor, divisor_label) = match target {
        Target::Homes => (
            Some(per_home(&mut scratch, dataset, &load_args(claim), None)?),
            "per home".to_string(),
        ),
        Target::Share => {
            let national = NationalArgs {
                year: claim.year,
                denominator: Denominator::EndUse,
                national_total: claim.assume.national_total.clone(),
            };
            let (total, label) = national_total(&mut scratch, dataset, &national)?;
            (Some(total), format!("({label})"))
        }
        Target::Energy => (None, String::new()),
    };
    let divisor_central = divisor.as_ref().map(|d| d.central());
    let divisor = divisor.map(|d| calc.input("divisor", d));
    let shape = input.shape;
    let kind = stated.kind();
    let stated_base = stated.base();
    let kinds = [kind, Kind::Energy, Kind::Number];
    let model = |d: &Draw, out: &mut [f64]| {
        let annual = shape.annual_energy(d.power(load), d.ratio(lf));
        let value = match (target, divisor) {
            (Target::Homes, Some(home)) => households::homes(annual, d.power(home)).value,
            (Target::Share, Some(total)) => share::share(annual, d.power(total)).value,
            _ => annual.value,
        };
        out[0] = value;
        out[1] = annual.value;
        out[2] = f64::from(u8::from(
            Comparison::of(stated_base, value, tolerance).verdict == Verdict::Consistent,
        ));
    };
    let outcome = calc.run(sampling, &kinds, 0, model)?;
    // The claim recomputed with some inputs changed, by the same model.
    let at = |changes: &[(usize, f64)]| calc.point_with(changes, kinds.len(), &model)[0];
    let computed = outcome.quantity(0);
    let mut explanation = format!(
        "{} = {}",
        describe_load(&input),
        format::quantity(outcome.quantity(1))
    );
    if let Some(divisor) = divisor_central {
        explanation.push_str(&format!(
            "; ÷ {} {divisor_label}{} = {}",
            divisor_shown(divisor),
            scratch
                .assumptions
                .first()
                .map(|a| format!(" [{}]", a.id))
                .unwrap_or_default(),
            format::quantity(computed)
        ));
    }
    let mut comparison = Comparison::of(stated_base, computed.base(), tolerance);
    if let Some(probability) = outcome.mean(2) {
        comparison = comparison.with_probability(probability);
        let stats = outcome
            .item(0, "computed", "")
            .stats
            .map(|s| s.display())
            .unwrap_or_default();
        explanation.push_str(&format!(
            "; over the draws: {stats}; the claim holds in {:.0}% of them",
            probability * 100.0
        ));
    }
    let show = |v: f64| format::quantity(Quantity::from_base(kind, v));
    let mut flags = load_flags(dataset, &input, (load, lf), at)?;
    if let (Target::Share, None, Some(total)) = (target, &claim.assume.national_total, divisor)
        && let Ok(retail) = dataset.national_total(Denominator::RetailSales, claim.year)
    {
        let what = format!("on retail sales ({})", retail.id());
        flags.push((what, at(&[(total, retail.power().value)])));
    }
    for (what, value) in flags {
        explanation.push_str(&format!(
            "; {}",
            alternative(&what, value, stated_base, tolerance, show(value))
        ));
    }
    Ok(Checked {
        stated: Value::Quantity(stated),
        computed: Some(Value::Quantity(computed)),
        comparison: Some(comparison),
        verdict: None,
        explanation,
        sources: sources_of(&scratch),
    })
}

fn divisor_shown(value: Quantity) -> String {
    match value {
        Quantity::Power(p) => format::annual_energy(p),
        other => format::quantity(other),
    }
}

/// What would change a load claim's verdict: the load factor data centers actually average, and
/// the load being IT capacity rather than grid power. Each is (what, the claim recomputed).
fn load_flags(
    dataset: &Dataset,
    input: &LoadInput,
    (load, lf): (usize, usize),
    at: impl Fn(&[(usize, f64)]) -> f64,
) -> anyhow::Result<Vec<(String, f64)>> {
    let Quantity::Power(capacity) = input.power.central() else {
        unreachable!("a load is a power");
    };
    if input.shape != Shape::Capacity {
        return Ok(Vec::new());
    }
    let mut flags = Vec::new();
    if input.load_factor.is_fixed() && input.load_factor.central().base() == 1.0 {
        let (typical, basis) = typical_load_factor(dataset)?;
        let what = format!(
            "at the {:.0}% load factor {basis} imply",
            typical.get::<uom::si::ratio::percent>()
        );
        flags.push((what, at(&[(lf, typical.value)])));
    }
    let pue = dataset.best("pue", "new-large-builds")?;
    let facility = facility_power(capacity, Ratio::new::<ratio>(pue.number()));
    let what = format!(
        "if the load is IT capacity, × PUE {} ({})",
        pue.number(),
        pue.id()
    );
    flags.push((what, at(&[(load, facility.value)])));
    Ok(flags)
}

fn describe_load(input: &LoadInput) -> String {
    let load = divisor_shown(input.power.central());
    match input.shape {
        Shape::Capacity => {
            let load = match input.power.central() {
                Quantity::Power(p) => format::power(p),
                other => format::quantity(other),
            };
            format!(
                "{load} × load factor {} × 8,760 h",
                format::quantity(input.load_factor.central())
            )
        }
        Shape::AnnualUse => load,
    }
}

/// A projection's share for a year, from the atlas (`project`), with its scope and range.
fn scenario_claim(
    dataset: &Dataset,
    claim: &Claim,
    scenario: &str,
    tolerance: f64,
) -> anyhow::Result<Checked> {
    let stated = parse_fraction(&claim.stated)?.get::<ratio>();
    let year = claim.year.context("a scenario claim needs `year`")?;
    let source = dataset
        .sources()
        .map(|s| s.id.as_str())
        .filter(|id| scenario == *id || scenario.starts_with(&format!("{id}-")))
        .max_by_key(|id| id.len())
        .with_context(|| format!("unknown scenario `{scenario}`: a scenario is a projection source id and a case, such as `lbnl-2024-high`"))?;
    let atlas =
        super::project::project(dataset, Some(source), Some(year), Some(year), Metric::Share)?;
    let rows = &atlas.listings[0].rows;
    let row = rows
        .iter()
        .find(|r| r[0].display() == scenario)
        .with_context(|| {
            let known: Vec<String> = rows.iter().map(|r| r[0].display()).collect();
            format!(
                "scenario `{scenario}` has no share for {year}; the atlas has {}",
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            )
        })?;
    let Value::Quantity(Quantity::Percent(computed)) = row[3] else {
        unreachable!("the share metric gives fractions");
    };
    let computed = computed.get::<ratio>();
    let scope = row[1].display();
    let mut explanation = format!(
        "{scenario} for {year}: {} ({}; {})",
        row[3].display(),
        scope,
        row[5].display()
    );
    let others: Vec<String> = rows
        .iter()
        .filter(|r| r[0].display() != scenario)
        .map(|r| format!("{} {}", r[0].display(), r[3].display()))
        .collect();
    if !others.is_empty() {
        explanation.push_str(&format!(
            "; the same source's other cases for {year}: {}",
            others.join(", ")
        ));
    }
    if let Some(claimed) = &claim.scope {
        let claims_ai = claimed.to_lowercase().contains("ai") || claimed.contains("الذكاء");
        if claims_ai && !scope.contains("AI only") {
            explanation.push_str(&format!(
                "; scope differs: the article says \"{claimed}\", but {source} covers {scope}"
            ));
        }
    }
    Ok(Checked {
        stated: fraction(stated),
        computed: Some(fraction(computed)),
        comparison: Some(Comparison::of(stated, computed, tolerance)),
        verdict: None,
        explanation,
        sources: vec![source.to_string()],
    })
}

fn cost_claim(
    dataset: &Dataset,
    claim: &Claim,
    load: &str,
    tolerance: f64,
) -> anyhow::Result<Checked> {
    let stated = parse_money(&claim.stated)?;
    let capacity = parse_power(load)?;
    let mut scratch = Report::default();
    let (per_power, range_text) =
        match &claim.assume.cost_per_power {
            Some(text) => match parse_quantity(text)? {
                Quantity::MoneyPerPower(c) => (c, "assumed".to_string()),
                other => return Err(UsageError(format!(
                    "cost_per_power: expected a cost per power such as `$45B/GW`; `{text}` is {}",
                    other.kind().name()
                ))
                .into()),
            },
            None => {
                let (low, high) = super::cost::public_cost_range(&mut scratch, dataset)?;
                let shown = |c: MoneyPerPower| format::quantity(Quantity::MoneyPerPower(c));
                let range = format!(
                    "the middle of the public range {}–{}, which gives {}–{}",
                    shown(low),
                    shown(high),
                    format::money(cost::capex(capacity, low)),
                    format::money(cost::capex(capacity, high))
                );
                (cost::midpoint(low, high), range)
            }
        };
    let computed = cost::capex(capacity, per_power);
    let explanation = format!(
        "{} × {} ({range_text}) = {}; the claim implies {}",
        format::power(capacity),
        format::quantity(Quantity::MoneyPerPower(per_power)),
        format::money(computed),
        format::quantity(Quantity::MoneyPerPower(cost::per_power(stated, capacity))),
    );
    Ok(Checked {
        stated: Value::Quantity(Quantity::Money(stated)),
        computed: Some(Value::Quantity(Quantity::Money(computed))),
        comparison: Some(Comparison::of(stated.usd(), computed.usd(), tolerance)),
        verdict: None,
        explanation,
        sources: sources_of(&scratch),
    })
}

/// A fleet's power at the claim's boundary, from the `fleet` calculator.
fn fleet_claim(
    dataset: &Dataset,
    claim: &Claim,
    tolerance: f64,
    sampling: &SamplingArgs,
) -> anyhow::Result<Checked> {
    let stated = parse_power(&claim.stated)?;
    let count = claim
        .count
        .as_deref()
        .context("a fleet claim needs `count`")?;
    let chip = claim
        .chip
        .as_deref()
        .context("a fleet claim needs `chip`")?;
    let ladder = super::fleet::fleet(
        dataset,
        count,
        chip,
        claim.assume.pue.as_deref(),
        None,
        &load_args(claim),
        sampling,
    )?;
    let boundary = claim.boundary.unwrap_or(Boundary::Facility);
    let key = match boundary {
        Boundary::Chip => "chip_power",
        Boundary::Server => "server_power",
        Boundary::It => "it_power",
        Boundary::Facility => "facility_power",
    };
    let power_at = |key: &str| -> Power {
        match ladder
            .results
            .iter()
            .find(|i| i.key == key)
            .map(|i| &i.value)
        {
            Some(Value::Quantity(Quantity::Power(p))) => *p,
            _ => unreachable!("fleet reports every boundary"),
        }
    };
    let computed = power_at(key);
    let watts = |p: Power| p.get::<uom::si::power::watt>();
    let mut explanation = ladder
        .results
        .iter()
        .filter(|i| i.key.ends_with("_power"))
        .map(|i| format!("{} {}", i.label, i.value.display()))
        .collect::<Vec<_>>()
        .join("; ");
    for other in ["chip_power", "server_power", "facility_power"]
        .into_iter()
        .filter(|k| *k != key)
    {
        let at = power_at(other);
        let comparison = Comparison::of(watts(stated), watts(at), tolerance);
        if comparison.verdict == Verdict::Consistent {
            explanation.push_str(&format!(
                "; the stated power matches the {} boundary instead",
                other.trim_end_matches("_power")
            ));
        }
    }
    Ok(Checked {
        stated: Value::Quantity(Quantity::Power(stated)),
        computed: Some(Value::Quantity(Quantity::Power(computed))),
        comparison: Some(Comparison::of(watts(stated), watts(computed), tolerance)),
        verdict: None,
        explanation,
        sources: sources_of(&ladder),
    })
}

/// `11:15` in `America/New_York` on `2025-11-03` against a stated `16:15 GMT`.
fn clock_claim(claim: &Claim) -> anyhow::Result<Checked> {
    let bad = |field: &str, value: &str, expected: &str| -> anyhow::Error {
        UsageError(format!("{field}: `{value}` is not {expected}")).into()
    };
    let field = |name: &str, value: &Option<String>| {
        value
            .clone()
            .with_context(|| format!("a clock claim needs `{name}`"))
    };
    let (time_text, zone_text, date_text) = (
        field("time", &claim.time)?,
        field("zone", &claim.zone)?,
        field("date", &claim.date)?,
    );
    let time = NaiveTime::parse_from_str(time_text.trim(), "%H:%M")
        .map_err(|_| bad("time", &time_text, "a clock time such as `11:15`"))?;
    let zone: Tz = zone_text.trim().parse().map_err(|_| {
        bad(
            "zone",
            &zone_text,
            "an IANA time zone such as `America/New_York`",
        )
    })?;
    let date = NaiveDate::parse_from_str(date_text.trim(), "%Y-%m-%d")
        .map_err(|_| bad("date", &date_text, "a date such as `2025-11-03`"))?;
    let (stated_time, stated_zone) = claim
        .stated
        .trim()
        .split_once(' ')
        .unwrap_or((claim.stated.trim(), "UTC"));
    let stated = NaiveTime::parse_from_str(stated_time, "%H:%M").map_err(|_| {
        bad(
            "stated",
            &claim.stated,
            "a clock time and zone such as `16:15 GMT`",
        )
    })?;
    let target: Tz = match stated_zone.trim() {
        "GMT" | "UTC" | "Z" => Tz::UTC,
        other => other.parse().map_err(|_| {
            bad(
                "stated",
                &claim.stated,
                "a clock time and zone such as `16:15 GMT`",
            )
        })?,
    };
    let computed = clock::in_zone(date, time, zone, target)
        .with_context(|| format!("{time_text} does not exist in {zone_text} on {date_text} (skipped by a daylight-saving change)"))?;
    let shown = |t: NaiveTime| format!("{} {}", t.format("%H:%M"), stated_zone.trim());
    let verdict = if computed == stated {
        Verdict::Consistent
    } else {
        Verdict::Inconsistent
    };
    Ok(Checked {
        stated: Value::Text(claim.stated.clone()),
        computed: Some(Value::Text(shown(computed))),
        comparison: None,
        verdict: Some(verdict),
        explanation: format!(
            "{} in {zone_text} on {date_text} is {} (time-zone database, daylight saving included)",
            time.format("%H:%M"),
            shown(computed)
        ),
        sources: Vec::new(),
    })
}

/// Listed with its source; not recomputed.
fn cited_claim(dataset: &Dataset, claim: &Claim) -> anyhow::Result<Checked> {
    let source = claim
        .source
        .as_deref()
        .context("a cited claim needs `source`")?;
    let (sources, citation) = match dataset.source(source) {
        Ok(record) => (
            vec![record.id.clone()],
            format!("{}: {} ({})", record.publisher, record.title, record.date),
        ),
        Err(_) => (Vec::new(), format!("source given as: {source}")),
    };
    let explanation = match &claim.note {
        Some(note) => format!("{note} Cited: {citation}."),
        None => format!("Cited: {citation}."),
    };
    Ok(Checked {
        stated: Value::Text(claim.stated.clone()),
        computed: None,
        comparison: None,
        verdict: None,
        explanation,
        sources,
    })
}
