//! `check`: each claim kind and verdict with hand-checked numbers, the bundled article, a
//! claims file written by someone else, and bad claims files.

use std::path::PathBuf;

use crate::{assert_close, json, wattcheck};

const HEADER: &str = "[article]\ntitle = \"Test article\"\nlanguage = \"en\"\n";

/// Writes a claims file (the article header plus `claims`) and returns its path.
fn claims_file(name: &str, claims: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!(
        "wattcheck-claims-{name}-{}.toml",
        std::process::id()
    ));
    std::fs::write(&path, format!("{HEADER}\n{claims}")).unwrap();
    path
}

fn claim<'a>(report: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    report["results"]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no claim {id}"))
}

#[test]
fn bundled_article_gives_a_verdict_for_every_claim() {
    let report = json(&["check"]);
    let claims = report["results"]["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 15);
    for c in claims {
        let verdict = c["verdict"].as_str().unwrap();
        assert!(
            ["consistent", "inconsistent", "depends", "unverifiable"].contains(&verdict),
            "{c}"
        );
        assert!(!c["stated"]["text"].as_str().unwrap().is_empty(), "{c}");
        assert!(!c["explanation"].as_str().unwrap().is_empty(), "{c}");
        // Only a claim not recomputed lacks a computed value and an error.
        let recomputed = verdict != "unverifiable";
        assert_eq!(c["computed"].is_object(), recomputed, "{c}");
        assert_eq!(
            c["relative_error"].is_number(),
            recomputed && c["kind"] != "clock",
            "{c}"
        );
    }
    // python3: 30e9*8760/10359e3 = 25.369e6 homes; (25e6-25.369e6)/25.369e6 = -1.46%
    let homes = claim(&report, "homes-30gw");
    assert_eq!(homes["verdict"], "consistent");
    assert_close(
        homes["computed"]["value"].as_f64().unwrap(),
        25_369_244.135_5,
        1e-9,
    );
    let explanation = homes["explanation"].as_str().unwrap();
    assert!(
        explanation.contains("50% load factor") && explanation.contains("overstates by 1.97×"),
        "{explanation}"
    );
    let lbnl = claim(&report, "lbnl-12-percent-2028");
    assert_eq!(lbnl["verdict"], "consistent");
    assert!(
        lbnl["explanation"]
            .as_str()
            .unwrap()
            .contains("scope differs")
    );
    assert!(
        lbnl["explanation"]
            .as_str()
            .unwrap()
            .contains("lbnl-2024-low 6.7%")
    );
    assert_eq!(lbnl["sources"][0], "lbnl-2024");
    // python3: 30 * 45e9 = 1.35e12 (middle of $40-50B per GW); (1.4-1.35)/1.35 = 3.7%
    let capex = claim(&report, "capex-30gw");
    assert_eq!(capex["verdict"], "consistent");
    assert_close(capex["computed"]["value"].as_f64().unwrap(), 1.35e12, 1e-12);
    let poll = claim(&report, "poll-very-worried");
    assert_eq!(poll["verdict"], "unverifiable");
    assert_eq!(poll["sources"][0], "ap-norc-2025");
    assert!(poll["computed"].is_null());
}

#[test]
fn a_claims_file_from_another_article() {
    let path = claims_file(
        "other",
        r#"
[[claim]]
id = "stargate-homes"
quote = "7 GW is enough for about 8 million homes"
kind = "homes"
load = "7 GW"
stated = "8 million"

[[claim]]
id = "dc-share-2023"
quote = "data centers used 176 TWh, 4.4% of US electricity, in 2023"
kind = "share"
load = "176 TWh/yr"
year = 2023
stated = "4.4%"

[[claim]]
id = "colossus"
quote = "100,000 H100s draw 150 MW"
kind = "fleet"
count = "100,000"
chip = "H100"
stated = "150 MW"
[claim.assume]
pue = "1.2"

[[claim]]
id = "rack-power"
quote = "an NVL72 rack draws 120 kW"
kind = "fleet"
count = "72"
chip = "GB200"
boundary = "server"
stated = "120 kW"

[[claim]]
id = "gw-energy"
quote = "a 1 GW campus uses 8.76 TWh a year"
kind = "energy"
load = "1 GW"
stated = "8.76 TWh"

[[claim]]
id = "half-load"
quote = "30 GW would supply 25 million homes"
kind = "homes"
load = "30 GW"
stated = "25 million"
tolerance = "5%"
[claim.assume]
load_factor = "50%"
per_home = "10,791 kWh/yr"

[[claim]]
id = "own-total"
quote = "30 GW is 6.6% of US electricity"
kind = "share"
load = "30 GW"
year = 2024
stated = "6.6%"
[claim.assume]
national_total = "4,000 TWh"
"#,
    );
    let report = json(&["check", path.to_str().unwrap()]);
    // python3: 7e9*8760/10359e3 = 5.9195e6; 8/5.9195 = 1.351
    let stargate = claim(&report, "stargate-homes");
    assert_eq!(stargate["verdict"], "inconsistent");
    assert_close(
        stargate["relative_error"].as_f64().unwrap(),
        8.0 / 5.919_490 - 1.0,
        1e-5,
    );
    assert_eq!(claim(&report, "dc-share-2023")["verdict"], "consistent");
    // python3: 100000*10.2e3/8*1.2 = 153e6 W; 150 within 2% of it
    let colossus = claim(&report, "colossus");
    assert_eq!(colossus["verdict"], "consistent");
    assert_close(
        colossus["computed"]["value"].as_f64().unwrap(),
        153e6,
        1e-12,
    );
    assert_close(
        claim(&report, "rack-power")["computed"]["value"]
            .as_f64()
            .unwrap(),
        120e3,
        1e-12,
    );
    assert_eq!(claim(&report, "gw-energy")["verdict"], "consistent");
    // python3: 30e9*0.5*8760/10791e3 = 12.18e6; 25/12.18 = 2.05
    let half = claim(&report, "half-load");
    assert_eq!(half["verdict"], "inconsistent");
    assert_close(
        half["computed"]["value"].as_f64().unwrap(),
        12_176_814.01,
        1e-9,
    );
    // python3: 262.8/4000 = 0.0657
    let own = claim(&report, "own-total");
    assert_close(own["computed"]["value"].as_f64().unwrap(), 0.0657, 1e-12);
    assert_eq!(own["verdict"], "consistent");
}

#[test]
fn strict_exits_1_on_an_inconsistent_claim_after_writing_the_table() {
    let path = claims_file(
        "strict",
        "[[claim]]\nid = \"x\"\nquote = \"q\"\nkind = \"homes\"\nload = \"7 GW\"\nstated = \"8 million\"\n",
    );
    let assert = wattcheck(&["check", path.to_str().unwrap(), "--strict"]).code(1);
    assert!(String::from_utf8_lossy(&assert.get_output().stdout).contains("inconsistent"));
    wattcheck(&["check", "--strict"]).success();
}

#[test]
fn markdown_for_a_report() {
    let output = wattcheck(&["check", "--format", "markdown"]).success();
    let text = String::from_utf8(output.get_output().stdout.clone()).unwrap();
    assert!(text.contains("| id | kind | verdict | stated | computed | relative_error |"));
    assert!(text.contains("- **homes-30gw**: 30 GW × load factor 1 × 8,760 h = 262.8 TWh"));
}

/// A bad claims file: exit 2, nothing on stdout, stderr names the file, the line and the claim.
fn refuses(name: &str, claims: &str, line: usize, id: Option<&str>, message: &str) {
    let path = claims_file(name, claims);
    let assert = wattcheck(&["check", path.to_str().unwrap()]).code(2);
    assert!(assert.get_output().stdout.is_empty());
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    let header_lines = HEADER.lines().count() + 1;
    let location = format!("{}:{}", path.display(), line + header_lines);
    assert!(
        stderr.contains(&location),
        "{name}: wanted {location} in {stderr}"
    );
    if let Some(id) = id {
        assert!(
            stderr.contains(&format!("claim `{id}`")),
            "{name}: {stderr}"
        );
    }
    assert!(
        stderr.contains(message),
        "{name}: wanted {message} in {stderr}"
    );
}

const GOOD: &str =
    "[[claim]]\nid = \"a\"\nquote = \"q\"\nkind = \"homes\"\nload = \"30 GW\"\nstated = \"25M\"\n";

#[test]
fn toml_syntax_error() {
    refuses(
        "syntax",
        &GOOD.replace("stated = \"25M\"", "stated = 25M\""),
        6,
        None,
        "",
    );
}

#[test]
fn unknown_kind() {
    refuses(
        "kind",
        &GOOD.replace("\"homes\"", "\"watts\""),
        4,
        None,
        "unknown variant `watts`",
    );
}

#[test]
fn missing_stated() {
    refuses(
        "stated",
        &GOOD.replace("stated = \"25M\"\n", ""),
        1,
        None,
        "missing field `stated`",
    );
}

#[test]
fn load_of_the_wrong_dimension() {
    refuses(
        "dimension",
        &GOOD.replace("30 GW", "30 GWh"),
        1,
        Some("a"),
        "did you mean `30 GWh/yr`?",
    );
}

#[test]
fn duplicate_id() {
    refuses(
        "duplicate",
        &format!("{GOOD}\n{GOOD}"),
        8,
        Some("a"),
        "used twice",
    );
}

#[test]
fn unknown_chip() {
    let fleet = "[[claim]]\nid = \"f\"\nquote = \"q\"\nkind = \"fleet\"\ncount = \"100\"\nchip = \"gb2000\"\nstated = \"1 MW\"\n";
    refuses("chip", fleet, 1, Some("f"), "did you mean `gb200`?");
}

#[test]
fn unknown_scenario() {
    let share = "[[claim]]\nid = \"s\"\nquote = \"q\"\nkind = \"share\"\nscenario = \"lbnl-2024-highest\"\nyear = 2028\nstated = \"12%\"\n";
    refuses("scenario", share, 1, Some("s"), "lbnl-2024-highest");
}

#[test]
fn field_of_another_kind() {
    refuses(
        "field",
        &GOOD.replace("load = ", "chip = \"h100\"\nload = "),
        1,
        Some("a"),
        "`chip` does not apply",
    );
}

#[test]
fn unknown_field() {
    refuses(
        "unknown",
        &GOOD.replace("load = ", "lode = \"x\"\nload = "),
        5,
        None,
        "unknown field `lode`",
    );
}

#[test]
fn clock_times_across_zones() {
    // 3 Nov 2025: New York on EST (UTC−5), so 11:15 = 16:15 GMT; 3 Jul 2025: EDT (UTC−4), 15:15.
    let report = json(&["check"]);
    let clock = claim(&report, "new-york-time-in-gmt");
    assert_eq!(clock["verdict"], "consistent");
    assert_eq!(clock["computed"]["text"], "16:15 GMT");
    let summer = "[[claim]]\nid = \"summer\"\nquote = \"q\"\nkind = \"clock\"\ntime = \"11:15\"\nzone = \"America/New_York\"\ndate = \"2025-07-03\"\nstated = \"16:15 GMT\"\n";
    let path = claims_file("summer", summer);
    let report = json(&["check", path.to_str().unwrap()]);
    assert_eq!(claim(&report, "summer")["verdict"], "inconsistent");
    assert_eq!(claim(&report, "summer")["computed"]["text"], "15:15 GMT");
    let gap = summer
        .replace("11:15", "02:30")
        .replace("2025-07-03", "2025-03-09");
    refuses(
        "gap",
        &gap,
        1,
        Some("summer"),
        "does not exist in America/New_York",
    );
}

#[test]
fn cost_and_fleet_claims_sample_their_uncertain_inputs() {
    // Cost: 30 GW at uniform($40B, $50B) per GW is $1.2T–$1.5T, uniformly; $1.4T holds within
    // 10% where 1.4/1.1 ≤ capex ≤ 1.4/0.9, i.e. capex ≥ $1.2727T: a cost of at least $42.42B
    // per GW, so P = (50 − 42.42)/10 = 0.758 (python3: (50-1.4e3/1.1/30)/10).
    // Fleet: 100k..300k H100s (lognormal 90% interval) at 10.2 kW per 8 and PUE 1.2 is
    // 153 kW per 100 chips × count; a stated 300 MW holds for counts of 300/1.1/1.53e-3 =
    // 178,253 to 300/0.9/1.53e-3 = 217,865 (python3), a middle slice of the interval: depends.
    let path = claims_file(
        "sampled",
        r#"
[[claim]]
id = "capex"
quote = "q"
kind = "cost"
load = "30 GW"
stated = "$1.4T"
[claim.assume]
cost_per_power = "uniform(40, 50) billion USD/GW"

[[claim]]
id = "fleet"
quote = "q"
kind = "fleet"
count = "100k..300k"
chip = "h100"
stated = "300 MW"
[claim.assume]
pue = "1.2"
"#,
    );
    let report = json(&["check", path.to_str().unwrap(), "--samples", "200000"]);
    let capex = claim(&report, "capex");
    assert_close(capex["probability"].as_f64().unwrap(), 0.758, 0.01);
    assert_eq!(capex["verdict"], "depends");
    let fleet = claim(&report, "fleet");
    let p = fleet["probability"].as_f64().unwrap();
    assert!(0.05 < p && p < 0.95, "{p}");
    assert_eq!(fleet["verdict"], "depends");
}

#[test]
fn hedged_and_ranged_statements_mean_what_they_say() {
    // 30 GW flat out at 10,791 kWh/yr is 24.35 million homes (python3: 30e9*8760/10791e3).
    // "more than 20 million": holds; "nearly 20 million" (at or below 20 million, 10% over it):
    // does not; "15..18 million" misses; "20..25 million" holds.
    let claims: String = [
        ("more", "more than 20 million"),
        ("nearly", "nearly 20 million"),
        ("low-range", "15..18 million"),
        ("range", "20..25 million"),
    ]
    .iter()
    .map(|(id, stated)| {
        format!(
            "[[claim]]\nid = \"{id}\"\nquote = \"q\"\nkind = \"homes\"\nload = \"30 GW\"\nstated = \"{stated}\"\n[claim.assume]\nper_home = \"10,791 kWh/yr\"\n\n"
        )
    })
    .collect();
    let path = claims_file("hedged", &claims);
    let report = json(&["check", path.to_str().unwrap()]);
    for (id, verdict) in [
        ("more", "consistent"),
        ("nearly", "inconsistent"),
        ("low-range", "inconsistent"),
        ("range", "consistent"),
    ] {
        assert_eq!(claim(&report, id)["verdict"], verdict, "{id}");
    }
    // The stated text keeps the hedge; its value is the number (or the range's middle).
    assert_eq!(
        claim(&report, "more")["stated"]["text"],
        "more than 20 million"
    );
    assert_eq!(claim(&report, "range")["stated"]["value"], 22.5e6);
}

#[test]
fn a_hedged_input_is_the_range_it_allows() {
    // "nearly 2 GW … 1.5 million homes" at 10,380 kWh/yr: 2 GW is 1.68786 M homes and
    // 1.8 GW (10% under) 1.51908 M (python3: 2e9*8760/10380e3, 1.8e9*8760/10380e3); 1.5 M holds
    // up to 1.5/0.9 = 1.66667 M, so over the uniform range it holds with probability
    // (1.66667-1.51908)/(1.68786-1.51908) = 0.8745: depends. Read as exactly 2 GW it is 11% off.
    let claim_of = |id: &str, load: &str| {
        format!(
            "[[claim]]\nid = \"{id}\"\nquote = \"q\"\nkind = \"homes\"\nload = \"{load}\"\nstated = \"1.5 million\"\n[claim.assume]\nper_home = \"10,380 kWh/yr\"\n\n"
        )
    };
    let text = claim_of("hedged", "nearly 2 GW") + &claim_of("exact", "2 GW");
    let path = claims_file("hedged-input", &text);
    let report = json(&["check", path.to_str().unwrap(), "--samples", "200000"]);
    let hedged = claim(&report, "hedged");
    assert_eq!(hedged["verdict"], "depends");
    assert_close(hedged["probability"].as_f64().unwrap(), 0.8745, 0.01);
    assert_eq!(claim(&report, "exact")["verdict"], "inconsistent");
}
