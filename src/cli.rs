//! The command line. Only clap definitions live here; `app` turns the text into typed
//! values through `units::parse`, so every value is read the same way everywhere.

use std::path::PathBuf;

use clap::{Args, ColorChoice, Parser, Subcommand};

use crate::data::Denominator;
use crate::language::Language;
use crate::model::projection::Metric;
use crate::report::Format;

const ABOUT: &str = "The arithmetic behind headlines about AI and data-center energy: power to \
energy to household equivalents, shares of national electricity, every figure traced to its \
source.";

const UNITS_HELP: &str =
    "Quantities are text: `30 GW`, `30,000 MW`, `30 gigawatts`, `٣٠ جيجاواط`, \
`10,791 kWh/yr`, `176 TWh per year`, `25 million`, `12%`, `$1.4T`. SI prefixes are case-sensitive \
(`mW` is not `MW`). An energy per period is a power; one year is 365 days = 8,760 hours.

Exit codes: 0 done, 2 bad input or usage, 1 other failure.";

#[derive(Debug, Parser)]
#[command(name = "wattcheck", version, about = ABOUT, after_help = UNITS_HELP)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub sampling: SamplingArgs,
}

/// Monte Carlo: on when asked for, or when any input is uncertain (`25..35 GW`, `±10%`,
/// `tri(a, m, b)`, `normal(m, sd)`, `uniform(a, b)`, `pert(a, m, b)`, `lognormal(mu, sigma)`).
#[derive(Debug, Args)]
pub struct SamplingArgs {
    /// Number of Monte Carlo draws, `1e6` or `10M` [default when an input is uncertain: 100,000]
    #[arg(long, global = true, value_name = "N")]
    pub samples: Option<String>,
    /// Seed of the draws (the same seed gives the same results on any number of threads)
    #[arg(long, global = true, value_name = "S", default_value_t = 42)]
    pub seed: u64,
    /// Rank the uncertain inputs by how far each moves the main result (a tornado)
    #[arg(long, global = true)]
    pub sensitivity: bool,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format [default: table; html for `report`]
    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,
    /// Write the output to FILE (`-` is standard output)
    #[arg(short, long, global = true, value_name = "FILE", default_value = "-")]
    pub output: PathBuf,
    /// When to colour help and errors (also off whenever NO_COLOR is set)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Use the data files in DIR in place of the bundled ones of the same name
    /// (sources.toml, households.toml, electricity.toml, datacenters.toml, grid.toml,
    /// facilities.toml)
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,
}

/// How a capacity becomes energy, and what a home uses.
#[derive(Debug, Args)]
pub struct LoadArgs {
    /// Fraction of capacity drawn on average over the year, `0.5` or `50%`
    /// [default: 1, running flat out]
    #[arg(long, value_name = "F")]
    pub load_factor: Option<String>,
    /// Electricity use per home as energy per period, `10,791 kWh/yr` or `899 kWh/mo`
    /// [default: the newest confirmed average for the place]
    #[arg(long, value_name = "ENERGY/yr")]
    pub per_home: Option<String>,
    #[command(flatten)]
    pub place: PlaceArgs,
}

/// Where: the US by default, a US state, another country, or the world.
#[derive(Debug, Args)]
pub struct PlaceArgs {
    /// A US state: postal code (`TN`), ISO code (`US-TN`) or name; `US` for the whole country
    #[arg(long, value_name = "STATE", conflicts_with_all = ["country", "world"])]
    pub region: Option<String>,
    /// A country: ISO code (`JP`, `JPN`) or name in English or Arabic (`Japan`, `اليابان`)
    #[arg(long, value_name = "COUNTRY", conflicts_with = "world")]
    pub country: Option<String>,
    /// The whole world (world totals; no household average)
    #[arg(long)]
    pub world: bool,
}

/// Which national total a share divides by.
#[derive(Debug, Args)]
pub struct NationalArgs {
    /// Year of the national total [default: the newest measured year]; past the data's last
    /// year, the total a projection's own shares imply (LBNL 2028: ~4,840 TWh)
    #[arg(long, value_name = "YEAR")]
    pub year: Option<i32>,
    /// The national total to divide by
    #[arg(long, value_enum, default_value_t = Denominator::EndUse)]
    pub denominator: Denominator,
    /// Divide by this national total instead, `4,300 TWh/yr` or `normal(4300, 150) TWh/yr`
    #[arg(long, value_name = "ENERGY/yr")]
    pub national_total: Option<String>,
}

/// What `plot` draws, and from what.
#[derive(Debug, Args)]
pub struct PlotArgs {
    /// What to draw
    #[arg(value_enum)]
    pub kind: PlotKind,
    /// Width and height in pixels
    #[arg(long, value_name = "WxH", default_value = "1600x1000")]
    pub size: String,
    /// Language of titles and labels
    #[arg(long, value_enum, default_value_t = Language::En)]
    pub lang: Language,
    /// projection: the atlas sources drawn; repeat or separate by commas [default: lbnl-2024, or
    /// iea-energy-ai-2025 with --world]
    #[arg(long, value_name = "S", value_delimiter = ',')]
    pub source: Vec<String>,
    /// projection: the world series, as shares of the world total, instead of the US ones
    #[arg(long)]
    pub world: bool,
    /// projection: energy per year, or share of US electricity
    #[arg(long, value_enum, default_value_t = Metric::Twh)]
    pub metric: Metric,
    /// homes, compare: the load drawn
    #[arg(long, value_name = "LOAD", default_value = "30 GW")]
    pub load: String,
    /// fleet: how many accelerators
    #[arg(long, value_name = "N", default_value = "100000")]
    pub count: String,
    /// fleet: which accelerator
    #[arg(long, value_name = "CHIP", default_value = "gb200")]
    pub chip: String,
    /// claims: the claims file [default: the bundled article]
    #[arg(long, value_name = "FILE")]
    pub claims: Option<PathBuf>,
    /// distribution, tornado: the wattcheck command to sample, after `--`
    /// (e.g. `-- share "176 TWh/yr" --from 2023 --year 2028 --growth "tri(0.13, 0.20, 0.27)"`)
    #[arg(last = true, value_name = "COMMAND")]
    pub command: Vec<String>,
}

/// The chart kinds of `plot`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PlotKind {
    /// US data-center electricity: history and each source's scenarios as a band
    Projection,
    /// Household equivalents of a load under different household baselines and load factors
    Homes,
    /// The power ladder of a fleet: chip → server → IT → facility
    Fleet,
    /// Stated vs recomputed for each claim, with verdicts and tolerance
    Claims,
    /// Monte Carlo histogram of a command's main result, with P5/P50/P95
    Distribution,
    /// Which uncertain inputs drive a command's main result
    Tornado,
    /// What a load (--load) is as big as: reactors, plants, cities, countries
    Compare,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Energy per year, household equivalents, US share, CO2 and site water for one load
    #[command(after_help = "Examples:
  wattcheck footprint \"30 GW\"
  wattcheck footprint \"30 GW\" --load-factor 50% --pue 1.2
  wattcheck footprint \"25..35 GW\" --format json")]
    Footprint {
        /// A power (`30 GW`, taken as grid power) or an energy per period (`176 TWh/yr`)
        #[arg(allow_hyphen_values = true)]
        load: String,
        #[command(flatten)]
        load_args: LoadArgs,
        #[command(flatten)]
        national: NationalArgs,
        /// Power usage effectiveness, for site water [default: newest industry average]
        #[arg(long, value_name = "P")]
        pue: Option<String>,
        /// Site water per kWh of IT energy, `1.8 L/kWh` [default: bundled industry figure]
        #[arg(long, value_name = "L/kWh")]
        wue: Option<String>,
    },
    /// Household equivalents of a load, or the load that a number of homes amounts to
    #[command(after_help = "Examples:
  wattcheck homes \"30 GW\" --per-home \"10,791 kWh/yr\"
  wattcheck homes \"25 million homes\" --load-factor 50%
  wattcheck homes \"٣٠ جيجاواط\" --region LA")]
    Homes {
        /// A power (`30 GW`), an energy per period (`262.8 TWh/yr`) or a count of homes (`25M`)
        #[arg(allow_hyphen_values = true, value_name = "LOAD | HOMES")]
        load_or_homes: String,
        #[command(flatten)]
        load_args: LoadArgs,
        /// Year of the household average [default: the newest confirmed]
        #[arg(long, value_name = "YEAR")]
        year: Option<i32>,
    },
    /// Share of national electricity that a load uses
    #[command(after_help = "Examples:
  wattcheck share \"176 TWh/yr\" --year 2023
  wattcheck share \"30 GW\" --year 2028
  wattcheck share \"176 TWh/yr\" --from 2023 --year 2028 --growth \"tri(0.13, 0.20, 0.27)\" --national-total \"normal(4300, 150) TWh/yr\"")]
    Share {
        /// A power (`30 GW`) or an energy per period (`176 TWh/yr`)
        #[arg(allow_hyphen_values = true)]
        load: String,
        /// Fraction of capacity drawn on average, `0.5` or `50%` [default: 1]
        #[arg(long, value_name = "F")]
        load_factor: Option<String>,
        #[command(flatten)]
        national: NationalArgs,
        #[command(flatten)]
        place: PlaceArgs,
        /// The year the load is for, when it grows to --year at --growth
        #[arg(long, value_name = "YEAR", requires = "growth")]
        from: Option<i32>,
        /// Compound annual growth of the load from --from to --year: `0.2`, `20%`,
        /// `tri(0.13, 0.20, 0.27)`
        #[arg(long, value_name = "RATE", requires = "from")]
        growth: Option<String>,
    },
    /// Chips to power along the ladder: chip → server/rack → IT → facility → energy → homes
    #[command(after_help = "Examples:
  wattcheck fleet 100000 H100 --pue 1.2
  wattcheck fleet 72 GB200
  wattcheck fleet \"200k..900k\" gb300")]
    Fleet {
        /// Number of accelerators: `500000`, `500k`, `0.5M`
        #[arg(allow_hyphen_values = true)]
        count: String,
        /// Accelerator, matched loosely: h100, h100-pcie, h200, b100, b200, b300, gb200, gb300
        chip: String,
        /// Power usage effectiveness [default: Uptime's 1.3 for new large builds]
        #[arg(long, value_name = "P")]
        pue: Option<String>,
        /// Server power as a multiple of chip power, in place of the published system figure
        #[arg(long, value_name = "X")]
        overhead: Option<String>,
        #[command(flatten)]
        load_args: LoadArgs,
    },
    /// What a load is as big as: reactors, plants, cities, countries
    #[command(
        after_help = "A capacity is compared with capacities (reactors, plants' nameplates, cities' peak
demand); an energy per year with annual energies (countries' consumption, plants' output,
cities' use). The ratio is the load divided by each.

Examples:
  wattcheck compare \"10 GW\"
  wattcheck compare \"945 TWh/yr\""
    )]
    Compare {
        /// A power (`10 GW`) or an energy per period (`945 TWh/yr`)
        #[arg(allow_hyphen_values = true)]
        load: String,
    },
    /// Money and capacity: capex per GW, per home-equivalent, per year of a deal
    #[command(after_help = "Examples:
  wattcheck cost '$1.4T' --per \"30 GW\"
  wattcheck cost '$38B' --years 7
  wattcheck cost '300 billion USD' --years 5
  wattcheck cost '€11 billion' --per \"1 GW\" --year 2024")]
    Cost {
        /// An amount of money: `$1.4T`, `38 billion USD`, `€11 billion`, `100 مليار ريال`
        #[arg(allow_hyphen_values = true)]
        money: String,
        /// The capacity it pays for (`30 GW`); without it, the capacity the bundled cost range buys
        #[arg(long, value_name = "LOAD")]
        per: Option<String>,
        /// Length of the deal: `7` or `7 years`
        #[arg(long, value_name = "N")]
        years: Option<String>,
        /// Year of the amount, for its conversion to dollars [default: the newest rate held;
        /// pegged currencies use the peg]
        #[arg(long, value_name = "YEAR")]
        year: Option<i32>,
        #[command(flatten)]
        load_args: LoadArgs,
    },
    /// The projection atlas: every bundled projection of data-center electricity, one basis
    #[command(after_help = "Examples:
  wattcheck project --source lbnl-2024 --metric share
  wattcheck project --from 2030 --to 2030
  wattcheck project --source iea-energy-ai-2025 --metric gw")]
    Project {
        /// Only this source's projections (e.g. `lbnl-2024`, `iea-energy-ai-2025`, `epri-2024`)
        #[arg(long, value_name = "S")]
        source: Option<String>,
        /// First year shown
        #[arg(long, value_name = "Y")]
        from: Option<i32>,
        /// Last year shown
        #[arg(long, value_name = "Y")]
        to: Option<i32>,
        /// What each row shows: energy per year, share of US electricity, average power, homes
        #[arg(long, value_enum, default_value_t = Metric::Twh)]
        metric: Metric,
    },
    /// Recompute an article's claims from cited data, with a verdict for each
    #[command(after_help = "Examples:
  wattcheck check
  wattcheck check my-article.toml --format markdown
  wattcheck check --samples 1e5 --strict")]
    Check {
        /// A claims file (TOML, see README); without one, the bundled OpenAI–AWS article
        file: Option<PathBuf>,
        /// Exit with code 1 when any claim is inconsistent
        #[arg(long)]
        strict: bool,
    },
    /// Draw a chart for a report: PNG or SVG, by the extension of -o
    #[command(after_help = "Examples:
  wattcheck plot projection -o projection.png
  wattcheck plot homes --load \"30 GW\" --lang ar -o homes.svg
  wattcheck plot distribution -o share.png -- share \"176 TWh/yr\" --from 2023 --year 2028 --growth \"tri(0.13, 0.20, 0.27)\"")]
    Plot(PlotArgs),
    /// Find the quantities and claims in an article's text (Arabic or English) and draft a
    /// claims file
    #[command(
        after_help = "Examples:\n  wattcheck extract article.txt\n  wattcheck extract article.txt --format toml -o draft.toml && wattcheck check draft.toml"
    )]
    Extract {
        /// The article, as UTF-8 text
        file: PathBuf,
        /// The text's language [default: told by its letters]
        #[arg(long, value_enum)]
        lang: Option<Language>,
    },
    /// A shareable HTML report of a check: verdicts, arithmetic, charts and sources in one file
    #[command(
        after_help = "Examples:\n  wattcheck report -o report.html\n  wattcheck report article.txt -o report.html\n  wattcheck report claims.toml -o report.html\n  wattcheck report article.txt --lang ar -o report.html"
    )]
    Report {
        /// A claims file (.toml) or an article's text (.txt, drafted by `extract`) [default: the
        /// bundled article]
        input: Option<PathBuf>,
        /// The page's language: headings, labels, verdicts, charts and direction [default: the
        /// article's]
        #[arg(long, value_enum)]
        lang: Option<Language>,
    },
    /// Shell completions, printed to standard output
    #[command(
        after_help = "Install, e.g. for bash: wattcheck completions bash > ~/.local/share/bash-completion/completions/wattcheck"
    )]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// The manual page (roff), printed to standard output
    #[command(after_help = "Install: wattcheck man > ~/.local/share/man/man1/wattcheck.1")]
    Man,
    /// The provenance ledger: every figure with its source and status
    #[command(after_help = "Examples:
  wattcheck sources
  wattcheck sources lbnl-2024
  wattcheck sources us-home-2022 --format json")]
    Sources {
        /// A source id (its citation and figures) or a figure id (the figure and its source)
        id: Option<String>,
    },
    /// The checker and the calculators as a web page and a JSON API, for a browser
    #[command(
        after_help = "Pages: / (paste or upload an article or a claims file: its report), /calc (the
calculators), /sources (the ledger). API: POST /api/extract, POST /api/check (text/plain article
or application/toml claims), GET /api/{homes,share,footprint,fleet,cost,compare}?load=30 GW&...

Examples:
  wattcheck serve
  wattcheck serve --addr 0.0.0.0:8080 --max-concurrent 8"
    )]
    Serve {
        /// Address to listen on; loopback unless another interface is named
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Longest a request may take, in seconds
        #[arg(long, value_name = "SECONDS", default_value_t = 30)]
        timeout: u64,
        /// Requests worked on at once [default: twice the cores]
        #[arg(long, value_name = "N")]
        max_concurrent: Option<usize>,
        /// Requests that may wait for a place; more are refused with 503
        #[arg(long, value_name = "N", default_value_t = 64)]
        queue: usize,
    },
}

/// `--metric`: the model's basis names, for clap (the model knows nothing of clap).
impl clap::ValueEnum for Metric {
    fn value_variants<'a>() -> &'a [Self] {
        &[Metric::Twh, Metric::Share, Metric::Gw, Metric::Homes]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        use clap::builder::PossibleValue;
        Some(match self {
            Metric::Twh => PossibleValue::new("twh").help("Energy per year (TWh/yr)"),
            Metric::Share => {
                PossibleValue::new("share").help("Share of US electricity (US series only)")
            }
            Metric::Gw => PossibleValue::new("gw").help("Average power: energy ÷ 8,760 h"),
            Metric::Homes => PossibleValue::new("homes")
                .help("Household equivalents at the newest confirmed US average"),
        })
    }
}
