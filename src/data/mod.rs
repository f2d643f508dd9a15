//! The dataset: every figure wattcheck uses, with its source and status.
//!
//! The files in `data/` are embedded at build time, so the binary runs anywhere. `--data DIR`
//! replaces each embedded file that DIR also holds. Every file is checked as it loads: units
//! parse, each series holds the kind of quantity it should, ranges are ordered, ids are unique and
//! every source id resolves.

mod check;
mod chips;
mod currencies;
mod figure;
mod files;
mod national;
mod series;
use series::series_description;
mod cited;
pub mod places;
mod references;
pub mod schema;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use crate::error::{DataError, did_you_mean};
use check::{invalid, load_sources};
pub use currencies::Rate;
use files::{DataFile, EMBEDDED, Text};
pub use national::{Denominator, Total};
pub use schema::{ChipRecord, CitedRecord, CountryRecord, ReferenceKind, ReferenceRecord};
pub use schema::{SourceRecord, Status};

/// The bundled article's claims file.
const BUNDLED_CLAIMS: (&str, &str) = (
    "data/claims/openai-aws-2025.toml",
    include_str!("../../data/claims/openai-aws-2025.toml"),
);

pub use figure::Figure;

/// Which year of a series a figure is wanted for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum When {
    /// The newest measured figure.
    #[default]
    Newest,
    /// That year's figure; where none is held, an error names the years that are.
    In(i32),
    /// The measured figure nearest this year (the year an article was published), the earlier of
    /// two as near; the newest where none is measured.
    Near(i32),
}

impl When {
    /// A claim's own `year`, else the year its article speaks from, else the newest.
    pub fn of(year: Option<i32>, around: Option<i32>) -> When {
        match (year, around) {
            (Some(year), _) => When::In(year),
            (None, Some(around)) => When::Near(around),
            (None, None) => When::Newest,
        }
    }
}

/// How near `year` is to `around`, as a sort key: the nearer first, the earlier of two as near.
pub fn nearness(year: i32, around: i32) -> (i32, i32) {
    ((year - around).abs(), year)
}

impl From<Option<i32>> for When {
    fn from(year: Option<i32>) -> When {
        When::of(year, None)
    }
}

/// All figures and sources, ready for lookups. Each file is read on first use, and only the
/// files a lookup needs (most commands need one or two): the bundled files are checked in full
/// by the test suite, and a user's `--data` files as they load.
#[derive(Debug, Clone)]
pub struct Dataset {
    /// The claims file `check` reads when given none: (name, text).
    claims: (String, String),
    /// sources.toml: (name, text), and its records once read.
    sources_text: (String, Text),
    sources: OnceLock<BTreeMap<String, SourceRecord>>,
    files: Vec<DataFile>,
}

impl Dataset {
    /// The bundled data.
    pub fn embedded() -> Result<Dataset, DataError> {
        let claims = (BUNDLED_CLAIMS.0.to_string(), BUNDLED_CLAIMS.1.to_string());
        Ok(Self::from_texts(
            EMBEDDED.iter().map(|(n, t)| (n.to_string(), t.clone())),
            claims,
        ))
    }

    /// The bundled data, checked in full as `--data` files are.
    pub fn embedded_checked() -> Result<Dataset, DataError> {
        let dataset = Self::embedded()?;
        dataset.check_all()?;
        Ok(dataset)
    }

    /// The bundled data, with each file that `dir` holds in place of the bundled one, checked
    /// in full.
    pub fn with_overrides(dir: &Path) -> Result<Dataset, DataError> {
        if !dir.is_dir() {
            return Err(DataError::NoDirectory(dir.display().to_string()));
        }
        let mut texts = Vec::new();
        for (name, embedded) in EMBEDDED {
            let path = dir.join(name);
            let text = if path.exists() {
                Text::User(
                    std::fs::read_to_string(&path).map_err(|e| DataError::Syntax {
                        file: path.display().to_string(),
                        message: e.to_string(),
                    })?,
                )
            } else {
                embedded.clone()
            };
            texts.push((path.display().to_string(), text));
        }
        let claims_path = dir.join("claims").join("openai-aws-2025.toml");
        let claims = match std::fs::read_to_string(&claims_path) {
            Ok(text) => (claims_path.display().to_string(), text),
            Err(_) => (BUNDLED_CLAIMS.0.to_string(), BUNDLED_CLAIMS.1.to_string()),
        };
        let dataset = Self::from_texts(texts, claims);
        dataset.check_all()?;
        Ok(dataset)
    }

    fn from_texts(
        texts: impl IntoIterator<Item = (String, Text)>,
        claims: (String, String),
    ) -> Dataset {
        let mut texts = texts.into_iter();
        let sources_text = texts
            .next()
            .unwrap_or_else(|| ("sources.toml".into(), Text::User(String::new())));
        Dataset {
            claims,
            sources_text,
            sources: OnceLock::new(),
            files: texts
                .map(|(name, text)| DataFile::new(name, text))
                .collect(),
        }
    }

    /// Reads every file and checks what one file alone cannot show: ids used once across the
    /// files, each chip's figures, and each figure's source.
    pub fn check_all(&self) -> Result<(), DataError> {
        let mut seen = std::collections::HashSet::new();
        for file in &self.files {
            for figure in &file.parsed()?.figures {
                if !seen.insert(figure.id()) {
                    return Err(invalid(&file.name, figure.id(), "the id is used twice"));
                }
            }
        }
        for file in &self.files {
            let parsed = file.parsed()?;
            for chip in &parsed.chips {
                self.check_chip(&file.name, chip)?;
            }
            for reference in &parsed.references {
                self.check_reference(&file.name, reference)?;
            }
            for cited in &parsed.cited {
                self.check_cited(&file.name, cited)?;
            }
        }
        self.check_sources()
    }

    /// The records of one table (`[[chip]]`, `[[country]]`…) across the files that hold it; only
    /// those files are read.
    fn records<'a, T: 'a>(
        &'a self,
        table: &str,
        pick: impl Fn(&'a files::Parsed) -> &'a [T] + 'a,
    ) -> impl Iterator<Item = &'a T> + 'a {
        let marker = format!("[[{table}]]");
        self.files
            .iter()
            .filter(move |file| file.text.toml().contains(&marker))
            .filter_map(|file| file.parsed().ok())
            .flat_map(move |parsed| pick(parsed).iter())
    }

    /// The figures of the files that `mentions` picks (every file read on a miss is kept).
    fn figures_where(&self, mentions: impl Fn(&DataFile) -> bool) -> Vec<&Figure> {
        self.files
            .iter()
            .filter(|file| mentions(file))
            .filter_map(|file| file.parsed().ok())
            .flat_map(|parsed| parsed.figures.iter())
            .collect()
    }

    /// Reads the sources and checks that every figure's source id resolves.
    pub fn check_sources(&self) -> Result<(), DataError> {
        let sources = load_sources(&self.sources_text.0, &self.sources_text.1)?;
        for figure in self.figures() {
            if !sources.contains_key(&figure.record.source) {
                return Err(DataError::UnknownSource {
                    file: figure.file.clone(),
                    id: figure.id().into(),
                    source_id: figure.record.source.clone(),
                    hint: did_you_mean(&figure.record.source, sources.keys().map(String::as_str)),
                });
            }
        }
        let _ = self.sources.set(sources);
        Ok(())
    }

    /// The sources, read on first use. The bundled file is checked by the test suite and a
    /// `--data` one as it loads, so reading it again here cannot fail; if it did, no source
    /// would resolve.
    fn source_records(&self) -> &BTreeMap<String, SourceRecord> {
        self.sources.get_or_init(|| {
            load_sources(&self.sources_text.0, &self.sources_text.1).unwrap_or_default()
        })
    }

    /// The newest `date` in the bundled sources.toml, read from its text without parsing it
    /// (for `--version`, which every run builds).
    pub fn bundled_vintage() -> &'static str {
        EMBEDDED[0]
            .1
            .toml()
            .lines()
            .filter_map(|line| line.trim().strip_prefix("date = \""))
            .filter_map(|rest| rest.split('"').next())
            .filter(|d| d.starts_with(|c: char| c.is_ascii_digit()))
            .max()
            .unwrap_or("unknown")
    }

    /// The newest date among the sources: how recent the bundled data is.
    pub fn vintage(&self) -> &str {
        // Dates start with the year; "undated …" is no date.
        self.source_records()
            .values()
            .map(|s| s.date.as_str())
            .filter(|d| d.starts_with(|c: char| c.is_ascii_digit()))
            .max()
            .unwrap_or("unknown")
    }

    /// The claims file `check` reads by default: its name and text.
    pub fn bundled_claims(&self) -> (&str, &str) {
        (&self.claims.0, &self.claims.1)
    }

    pub fn sources(&self) -> impl Iterator<Item = &SourceRecord> {
        self.source_records().values()
    }

    pub fn source(&self, id: &str) -> Result<&SourceRecord, DataError> {
        let sources = self.source_records();
        sources.get(id).ok_or_else(|| DataError::UnknownId {
            what: "source".into(),
            id: id.into(),
            hint: did_you_mean(id, sources.keys().map(String::as_str)),
        })
    }

    /// Every figure (reads every file).
    pub fn figures(&self) -> impl Iterator<Item = &Figure> {
        self.figures_where(|_| true).into_iter()
    }

    /// The figures of some series, in file order (reads only the files that hold them).
    pub fn figures_of(&self, series: &[&str]) -> impl Iterator<Item = &Figure> {
        let mut figures =
            self.figures_where(|file| series.iter().any(|s| file.mentions("series", s)));
        figures.retain(|f| series.contains(&f.record.series.as_str()));
        figures.into_iter()
    }

    /// The figure with this id, where the data holds one.
    pub fn held(&self, id: &str) -> Option<&Figure> {
        self.figures_where(|file| file.mentions("id", id))
            .into_iter()
            .find(|f| f.id() == id)
    }

    pub fn figure(&self, id: &str) -> Result<&Figure, DataError> {
        self.held(id).ok_or_else(|| DataError::UnknownId {
            what: "figure".into(),
            id: id.into(),
            hint: did_you_mean(id, self.figures().map(Figure::id)),
        })
    }

    /// The figures of one series and region (history and every case), oldest first.
    pub fn series(&self, series: &str, region: &str) -> Vec<&Figure> {
        let mut found: Vec<&Figure> = self
            .figures_of(&[series])
            .filter(|f| f.record.region == region)
            .collect();
        found.sort_by_key(|f| f.year());
        found
    }

    /// The figure of a series for one year (history, no case), or an error listing the years held.
    pub fn for_year(&self, series: &str, region: &str, year: i32) -> Result<&Figure, DataError> {
        let history: Vec<&Figure> = self
            .series(series, region)
            .into_iter()
            .filter(|f| f.record.case.is_none())
            .collect();
        history
            .iter()
            .find(|f| f.year() == year)
            .copied()
            .ok_or_else(|| DataError::NoYear {
                what: match region {
                    "US" => series_description(series).to_string(),
                    _ => format!("{} ({region})", series_description(series)),
                },
                year,
                available: years_list(&history),
            })
    }

    /// The measured figure (no forecast, no case) of a series and region nearest `year`, the
    /// earlier of two as near.
    pub fn nearest(&self, series: &str, region: &str, year: i32) -> Option<&Figure> {
        self.series(series, region)
            .into_iter()
            .filter(|f| f.is_measured())
            .min_by_key(|f| nearness(f.year(), year))
    }

    /// The newest measured figure (no forecast, no case) of a series and region.
    pub fn newest_measured(&self, series: &str, region: &str) -> Option<&Figure> {
        self.series(series, region)
            .into_iter()
            .rfind(|f| f.is_measured())
    }

    /// The newest confirmed figure of a series and region without a case.
    pub fn newest_confirmed(&self, series: &str, region: &str) -> Result<&Figure, DataError> {
        self.series(series, region)
            .into_iter()
            .rfind(|f| f.record.status == Status::Confirmed && f.record.case.is_none())
            .ok_or_else(|| DataError::UnknownId {
                what: "series".into(),
                id: format!("{series} ({region}, confirmed)"),
                hint: String::new(),
            })
    }
}

fn years_list(figures: &[&Figure]) -> String {
    if figures.is_empty() {
        return "no years".into();
    }
    let years: Vec<String> = figures.iter().map(|f| f.year().to_string()).collect();
    format!("figures for {}", years.join(", "))
}

impl Dataset {
    /// The newest confirmed figure of a series and region, or failing that the newest of any
    /// status (the caller's report warns when it is recalled).
    pub fn best(&self, series: &str, region: &str) -> Result<&Figure, DataError> {
        self.newest_confirmed(series, region).or_else(|error| {
            self.series(series, region)
                .into_iter()
                .rfind(|f| f.record.case.is_none())
                .ok_or(error)
        })
    }
}
