//! Clock times across time zones: the same instant read in another zone, daylight saving time
//! included, from the IANA time-zone database (bundled with jiff).

use jiff::civil::{Date, Time};
use jiff::tz::{AmbiguousOffset, TimeZone};

/// The wall-clock time in `to` when it is `time` on `date` in `from`; `None` for a local time
/// that does not exist (skipped by a daylight-saving change). An ambiguous time (repeated at the
/// change) is read as its earlier instance.
/// New York on 3 Nov 2025 is on EST (UTC−5): 11:15 there is 16:15 UTC.
pub fn in_zone(date: Date, time: Time, from: &TimeZone, to: &TimeZone) -> Option<Time> {
    let local = date.to_datetime(time);
    let offset = match from.to_ambiguous_timestamp(local).offset() {
        AmbiguousOffset::Unambiguous { offset } => offset,
        AmbiguousOffset::Fold { before, .. } => before,
        AmbiguousOffset::Gap { .. } => return None,
    };
    let instant = offset.to_timestamp(local).ok()?;
    Some(to.to_datetime(instant).time())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Time {
        Time::strptime("%H:%M", text).unwrap()
    }

    #[test]
    fn new_york_in_winter_and_summer() {
        // The IANA database (checked with GNU date: TZ=UTC date -d 'TZ="America/New_York"
        // 2025-11-03 11:15'): EST is UTC−5 in November, EDT UTC−4 in July.
        let new_york = TimeZone::get("America/New_York").unwrap();
        let utc = TimeZone::UTC;
        let winter = jiff::civil::date(2025, 11, 3);
        let summer = jiff::civil::date(2025, 7, 3);
        assert_eq!(
            in_zone(winter, at("11:15"), &new_york, &utc),
            Some(at("16:15"))
        );
        assert_eq!(
            in_zone(summer, at("11:15"), &new_york, &utc),
            Some(at("15:15"))
        );
    }

    #[test]
    fn a_skipped_hour_has_no_instant() {
        // 9 March 2025, 02:30 in New York was skipped (clocks went from 02:00 to 03:00).
        let new_york = TimeZone::get("America/New_York").unwrap();
        let day = jiff::civil::date(2025, 3, 9);
        assert_eq!(in_zone(day, at("02:30"), &new_york, &TimeZone::UTC), None);
    }
}
