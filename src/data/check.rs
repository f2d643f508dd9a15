//! Reading and checking the data files: units parse, each series holds the kind of quantity it
//! should, ranges are ordered, ids are unique.

use std::collections::BTreeMap;

use super::schema::{FigureRecord, SourceRecord, SourcesFile};
use super::series::{SERIES, Series};
use super::{Figure, Text};
use crate::error::{DataError, did_you_mean};
use crate::units::parse::{Quantity, parse_quantity};

pub(super) fn load_sources(
    file: &str,
    text: &Text,
) -> Result<BTreeMap<String, SourceRecord>, DataError> {
    let parsed: SourcesFile = text.read(file)?;
    let mut sources = BTreeMap::new();
    for source in parsed.source {
        let id = source.id.clone();
        if sources.insert(id.clone(), source).is_some() {
            return Err(invalid(file, &id, "the source id is used twice"));
        }
    }
    Ok(sources)
}

pub(super) fn check_figure(file: &str, record: FigureRecord) -> Result<Figure, DataError> {
    let id = record.id.clone();
    let Some(Series(_, kind, _)) = SERIES
        .iter()
        .find(|Series(name, ..)| *name == record.series)
    else {
        let known = SERIES.iter().map(|Series(name, ..)| *name);
        let hint = did_you_mean(&record.series, known);
        return Err(invalid(
            file,
            &id,
            &format!("unknown series `{}`{hint}", record.series),
        ));
    };
    let read = |number: Option<f64>| -> Result<Option<Quantity>, DataError> {
        number
            .map(|n| parse_quantity(&format!("{n} {}", record.unit)))
            .transpose()
            .map_err(|problem| DataError::BadUnit {
                file: file.into(),
                id: id.clone(),
                problem: Box::new(problem),
            })
    };
    let (value, low, high) = (read(record.value)?, read(record.low)?, read(record.high)?);
    let central = match (record.value, record.low, record.high) {
        (Some(_), _, _) => value,
        (None, Some(lo), Some(hi)) => read(Some((lo + hi) / 2.0))?,
        _ => None,
    };
    let Some(central) = central else {
        return Err(invalid(
            file,
            &id,
            "needs `value`, or both `low` and `high`",
        ));
    };
    if !central.kind().measures_like(*kind) {
        let message = format!(
            "series `{}` holds {}, but `{}` is {}",
            record.series,
            kind.name(),
            record.unit,
            central.kind().name()
        );
        return Err(invalid(file, &id, &message));
    }
    check_range(file, &record)?;
    if record.series == "pue" && record.value.or(record.low).is_some_and(|v| v < 1.0) {
        return Err(invalid(file, &id, "a PUE is at least 1"));
    }
    Ok(Figure {
        file: file.into(),
        record,
        value: central,
        low,
        high,
    })
}

fn check_range(file: &str, record: &FigureRecord) -> Result<(), DataError> {
    let ordered = match (record.low, record.value, record.high) {
        (Some(lo), Some(v), Some(hi)) => lo <= v && v <= hi,
        (Some(lo), None, Some(hi)) => lo <= hi,
        (None, _, None) => true,
        _ => false,
    };
    let fraction_ok = record.unit != "%"
        || [record.low, record.value, record.high]
            .iter()
            .flatten()
            .all(|v| *v <= 100.0);
    if ordered && fraction_ok {
        Ok(())
    } else {
        Err(invalid(
            file,
            &record.id,
            "range must satisfy low <= value <= high (both or neither given), shares at most 100%",
        ))
    }
}

pub(super) fn syntax(file: &str, error: &toml::de::Error) -> DataError {
    DataError::Syntax {
        file: file.into(),
        message: error.to_string().trim().replace('\n', " "),
    }
}

pub(super) fn invalid(file: &str, id: &str, message: &str) -> DataError {
    DataError::Invalid {
        file: file.into(),
        id: id.into(),
        message: message.into(),
    }
}
