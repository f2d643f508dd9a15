//! The calculators (`homes`, `share`, `footprint`, `fleet`, `cost`): a typed request resolved
//! against the data, run through the model, returned as a typed [`Calculated`] result: what was
//! asked, the estimate of each output, and what it rests on. JSON is that result serialised; the
//! Report is built from it only to render it.

pub mod cost;
pub mod fleet;
pub mod load;

use serde::Serialize;
use serde::ser::Serializer;

use crate::provenance::{Provenance, envelope};
use crate::report::{Item, Report, Value};
use crate::uncertainty::sampling::{Estimate, Outputs};
use crate::units::Quantity;

#[derive(Debug, Clone, PartialEq)]
pub struct Calculated<O> {
    pub command: &'static str,
    /// One line saying what was asked ("30 GW as homes").
    pub title: String,
    pub provenance: Provenance,
    pub estimate: Estimate<O>,
    /// Labels for people that say more than the field's own ("Share of US total end-use
    /// consumption (EIA), 2023").
    pub labels: Vec<(&'static str, String)>,
}

impl<O: Outputs> Calculated<O> {
    pub fn new(
        command: &'static str,
        title: String,
        provenance: Provenance,
        estimate: Estimate<O>,
    ) -> Self {
        Calculated {
            command,
            title,
            provenance,
            estimate,
            labels: Vec::new(),
        }
    }

    pub fn label(mut self, key: &'static str, label: String) -> Self {
        self.labels.push((key, label));
        self
    }

    /// The label of output `key` for people.
    pub fn label_of(&self, key: &str) -> Option<String> {
        self.labels
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, label)| label.clone())
            .or_else(|| {
                O::FIELDS
                    .iter()
                    .find(|f| f.key == key)
                    .map(|f| f.label.to_string())
            })
    }

    /// The inputs echoed, and the number of draws when sampled.
    fn inputs(&self) -> Vec<Item> {
        let mut inputs = self.provenance.inputs.clone();
        if let Some(spread) = &self.estimate.spread {
            inputs.push(Item::new(
                "samples",
                "Monte Carlo draws",
                Value::Quantity(Quantity::Number(spread.samples as f64)),
            ));
        }
        inputs
    }

    /// The result for people.
    pub fn report(&self) -> anyhow::Result<Report> {
        let mut report = Report::new(self.command, self.title.clone())
            .with_provenance(&self.provenance)
            .with_estimate(&self.estimate, |key| self.label_of(key));
        report.inputs = self.inputs();
        report.json = serde_json::to_value(self)?;
        Ok(report)
    }
}

/// JSON: `command`, `inputs`, `results`, `assumptions`, `warnings`, and `seed` when sampled.
impl<O: Outputs> Serialize for Calculated<O> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let seed = self.estimate.spread.as_ref().map(|s| s.seed);
        envelope(
            serializer,
            self.command,
            &self.inputs(),
            &self.estimate,
            &self.provenance,
            seed,
        )
    }
}
