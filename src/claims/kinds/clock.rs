//! `clock` claims: `11:15` in `America/New_York` on `2025-11-03` against a stated `16:15 GMT`,
//! from the IANA time-zone database.

use anyhow::Context as _;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;

use super::{Recomputed, Stated, field};
use crate::claims::file::Claim;
use crate::claims::verdict::Verdict;
use crate::model::clock;

pub struct ClockClaim {
    time: Time,
    zone: (TimeZone, String),
    date: Date,
    stated: Time,
    stated_zone: (TimeZone, String),
    stated_text: String,
}

/// `11:15`: hours and minutes, nothing else.
fn clock_time(text: &str) -> Option<Time> {
    Time::strptime("%H:%M", text).ok()
}

fn bad(field: &str, value: &str, expected: &str) -> anyhow::Error {
    anyhow::anyhow!("{field}: `{value}` is not {expected}")
}

impl ClockClaim {
    pub fn read(claim: &Claim) -> anyhow::Result<ClockClaim> {
        let time_text = field(claim, "time", &claim.time)?;
        let zone_text = field(claim, "zone", &claim.zone)?;
        let date_text = field(claim, "date", &claim.date)?;
        let time = clock_time(time_text.trim())
            .ok_or_else(|| bad("time", time_text, "a clock time such as `11:15`"))?;
        let zone = TimeZone::get(zone_text.trim()).map_err(|_| {
            bad(
                "zone",
                zone_text,
                "an IANA time zone such as `America/New_York`",
            )
        })?;
        let date = Date::strptime("%Y-%m-%d", date_text.trim())
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
        let stated = clock_time(stated_time).ok_or_else(stated_bad)?;
        let target = match stated_zone.trim() {
            "GMT" | "UTC" | "Z" => TimeZone::UTC,
            other => TimeZone::get(other).map_err(|_| stated_bad())?,
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
        let date_text = self.date.strftime("%Y-%m-%d").to_string();
        let computed = clock::in_zone(self.date, self.time, zone, &self.stated_zone.0)
            .with_context(|| {
                format!(
                    "{} does not exist in {zone_text} on {date_text} (skipped by a daylight-saving change)",
                    self.time.strftime("%H:%M")
                )
            })?;
        let shown = |t: Time| format!("{} {}", t.strftime("%H:%M"), self.stated_zone.1);
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
                self.time.strftime("%H:%M"),
                shown(computed)
            ),
            sources: Vec::new(),
        })
    }
}
