//! Clock times across time zones: the same instant read in another zone, daylight saving time
//! included, from the IANA time-zone database (chrono-tz).

use chrono::{NaiveDate, NaiveTime, TimeZone};
use chrono_tz::Tz;

/// The wall-clock time in `to` when it is `time` on `date` in `from`; `None` for a local time
/// that does not exist (skipped by a daylight-saving change). An ambiguous time (repeated at the
/// change) is read as its earlier instance.
/// New York on 3 Nov 2025 is on EST (UTC−5): 11:15 there is 16:15 UTC.
pub fn in_zone(date: NaiveDate, time: NaiveTime, from: Tz, to: Tz) -> Option<NaiveTime> {
    let local = from.from_local_datetime(&date.and_time(time)).earliest()?;
    Some(local.with_timezone(&to).time())
}
