//! `clock` claims: `11:15` in `America/New_York` on `2025-11-03` against a stated `16:15 GMT`,
//! from the IANA time-zone database.

use anyhow::Context as _;
use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;

use super::{Recomputed, Stated, field};
use crate::claims::file::Claim;
use crate::claims::verdict::Verdict;
use crate::model::clock;

pub struct ClockClaim {
    time: NaiveTime,
    zone: (Tz, String),
    date: NaiveDate,
    stated: NaiveTime,
    stated_zone: (Tz, String),
    stated_text: String,
}

fn bad(field: &str, value: &str, expected: &str) -> anyhow::Error {
    anyhow::anyhow!("{field}: `{value}` is not {expected}")
}

impl ClockClaim {
    pub fn read(claim: &Claim) -> anyhow::Result<ClockClaim> {
        let time_text = field(claim, "time", &claim.time)?;
        let zone_text = field(claim, "zone", &claim.zone)?;
        let date_text = field(claim, "date", &claim.date)?;
        let time = NaiveTime::parse_from_str(time_text.trim(), "%H:%M")
            .map_err(|_| bad("time", time_text, "a clock time such as `11:15`"))?;
        let zone: Tz = zone_text.trim().parse().map_err(|_| {
            bad(
                "zone",
                zone_text,
                "an IANA time zone such as `America/New_York`",
            )
        })?;
        let date = NaiveDate::parse_from_str(date_text.trim(), "%Y-%m-%d")
            .map_err(|_| bad("date", date_text, "a date such as `2025-11-03`"))?;
        let stated_bad = || {
            bad(
                "stated",
                &claim.stated,
                "a clock time and zone such as `16:15 GMT`",
            )
        };
        let (stated_time, stated_zone) = claim
            .stated
            .trim()
            .split_once(' ')
            .unwrap_or((claim.stated.trim(), "UTC"));
        let stated = NaiveTime::parse_from_str(stated_time, "%H:%M").map_err(|_| stated_bad())?;
        let target: Tz = match stated_zone.trim() {
            "GMT" | "UTC" | "Z" => Tz::UTC,
            other => other.parse().map_err(|_| stated_bad())?,
        };
        Ok(ClockClaim {
            time,
            zone: (zone, zone_text.to_string()),
            date,
            stated,
            stated_zone: (target, stated_zone.trim().to_string()),
            stated_text: claim.stated.clone(),
        })
    }

    pub fn check(&self) -> anyhow::Result<Recomputed> {
        let (zone, zone_text) = &self.zone;
        let date_text = self.date.format("%Y-%m-%d").to_string();
        let computed = clock::in_zone(self.date, self.time, *zone, self.stated_zone.0)
            .with_context(|| {
                format!(
                    "{} does not exist in {zone_text} on {date_text} (skipped by a daylight-saving change)",
                    self.time.format("%H:%M")
                )
            })?;
        let shown = |t: NaiveTime| format!("{} {}", t.format("%H:%M"), self.stated_zone.1);
        let verdict = if computed == self.stated {
            Verdict::Consistent
        } else {
            Verdict::Inconsistent
        };
        Ok(Recomputed {
            stated: Stated::text(self.stated_text.clone()),
            computed: Some(Stated::text(shown(computed))),
            comparison: None,
            verdict: Some(verdict),
            explanation: format!(
                "{} in {zone_text} on {date_text} is {} (time-zone database, daylight saving included)",
                self.time.format("%H:%M"),
                shown(computed)
            ),
            sources: Vec::new(),
        })
    }
}
