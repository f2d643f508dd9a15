//! Verdicts: a stated number against the one recomputed from cited data.

use std::fmt;

use crate::language::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// |computed − stated| ≤ tolerance × computed.
    Consistent,
    /// Outside the tolerance.
    Inconsistent,
    /// Not recomputed (a poll, a deal size): listed with its source.
    Unverifiable,
    /// Holds in only part of the draws: between 5% and 95% of them.
    Depends,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [
        Verdict::Consistent,
        Verdict::Inconsistent,
        Verdict::Depends,
        Verdict::Unverifiable,
    ];

    /// The verdict's name, as JSON and tables write it.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::Inconsistent => "inconsistent",
            Verdict::Unverifiable => "unverifiable",
            Verdict::Depends => "depends",
        }
    }

    /// The verdict in words, in `language`.
    pub fn word(self, language: Language) -> &'static str {
        match (language, self) {
            (Language::En, _) => self.key(),
            (Language::Ar, Verdict::Consistent) => "متسق",
            (Language::Ar, Verdict::Inconsistent) => "غير متسق",
            (Language::Ar, Verdict::Depends) => "يتوقف على الافتراضات",
            (Language::Ar, Verdict::Unverifiable) => "غير قابل للتحقق",
        }
    }

    /// How a summary of a check counts it, in `language`.
    pub fn summary_in(self, language: Language) -> &'static str {
        match (language, self) {
            (Language::En, _) => self.summary(),
            (Language::Ar, Verdict::Consistent) => "متسقة",
            (Language::Ar, Verdict::Inconsistent) => "غير متسقة",
            (Language::Ar, Verdict::Depends) => "تتوقف على الافتراضات (تصح في 5–95% من السحوبات)",
            (Language::Ar, Verdict::Unverifiable) => "غير قابلة للتحقق (مستشهد بها، لم يُعَد حسابها)",
        }
    }

    /// How a summary of a check counts it.
    pub fn summary(self) -> &'static str {
        match self {
            Verdict::Consistent => "Consistent",
            Verdict::Inconsistent => "Inconsistent",
            Verdict::Depends => "Depends (holds in 5–95% of draws)",
            Verdict::Unverifiable => "Unverifiable (cited, not recomputed)",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The outcome of comparing a stated value with a computed one (same unit).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Comparison {
    pub verdict: Verdict,
    /// (stated − computed) ÷ computed.
    pub relative_error: f64,
    /// The share of Monte Carlo draws in which the claim holds, when sampled.
    pub probability: Option<f64>,
}

impl Comparison {
    /// `stated` is consistent when within `tolerance` (a fraction) of `computed`.
    pub fn of(stated: f64, computed: f64, tolerance: f64) -> Comparison {
        let relative_error = (stated - computed) / computed;
        let verdict = if (stated - computed).abs() <= tolerance * computed.abs() {
            Verdict::Consistent
        } else {
            Verdict::Inconsistent
        };
        Comparison {
            verdict,
            relative_error,
            probability: None,
        }
    }

    /// The verdict over draws: consistent when the claim holds in at least 95% of them,
    /// inconsistent in at most 5%, and otherwise it depends.
    pub fn with_probability(self, probability: f64) -> Comparison {
        let verdict = if probability >= 0.95 {
            Verdict::Consistent
        } else if probability <= 0.05 {
            Verdict::Inconsistent
        } else {
            Verdict::Depends
        };
        Comparison {
            verdict,
            probability: Some(probability),
            ..self
        }
    }

    /// "within 2.6%", "overstates by 1.97×", "understates by 1.35×".
    pub fn describe(&self) -> String {
        let ratio = 1.0 + self.relative_error;
        match self.verdict {
            Verdict::Consistent => format!("within {:.1}%", self.relative_error.abs() * 100.0),
            Verdict::Depends => format!(
                "holds in {:.0}% of draws",
                self.probability.unwrap_or(0.0) * 100.0
            ),
            _ if ratio >= 1.0 => format!("overstates by {ratio:.2}×"),
            _ => format!("understates by {:.2}×", 1.0 / ratio),
        }
    }
}
