//! `extract`: quantities in Arabic and English prose with hand-checked character spans (counted
//! with Python's `str.index`, which counts code points), pairing into claims, the confusion
//! flags, and the article going text → draft → check unedited.

use crate::{found_values, json, wattcheck};

const ARABIC: &str = "tests/fixtures/openai-aws-2025.ar.txt";
const ENGLISH: &str = "tests/fixtures/english-article.txt";

fn quantities(report: &serde_json::Value) -> Vec<(String, String, i64, i64)> {
    report["results"]["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let n = |k: &str| q[k].as_i64().expect("an integer offset");
            (
                q["text"].as_str().unwrap().to_string(),
                q["kind"].as_str().unwrap().to_string(),
                n("start"),
                n("end"),
            )
        })
        .collect()
}

#[test]
fn every_number_of_the_arabic_article_is_found() {
    let found = quantities(&json(&["extract", ARABIC]));
    // The article's 13 numbers, as written (some in two parts: a deal and its years).
    let expected = [
        ("14,000", "count"),
        ("38 مليار دولار", "money"),
        ("سبع سنوات", "duration"),
        ("آلاف معالجات", "vague"),
        ("2026", "year"),
        ("2027", "year"),
        ("مئات الآلاف من الشرائح", "vague"),
        ("1.4 تريليون دولار", "money"),
        ("30 جيجاواط", "power"),
        ("25 مليون منزل أمريكي", "homes"),
        ("12%", "share"),
        ("2028", "year"),
        ("41%", "share"),
        ("30%", "share"),
        ("تريليون دولار", "money"),
        ("300 مليار دولار", "money"),
        ("خمس سنوات", "duration"),
        ("2019", "year"),
        ("4.7%", "share"),
        ("11:15", "time"),
        ("16:15", "time"),
    ];
    for (text, kind) in expected {
        assert!(
            found.iter().any(|(t, k, ..)| t == text && k == kind),
            "{text} ({kind}) not found in {found:?}"
        );
    }
    // python3: t.index("30 جيجاواط") = 2319; t.index("25 مليون منزل أمريكي") = 2351; "12%" = 2785
    for (text, start, end) in [
        ("14,000", 40, 46),
        ("30 جيجاواط", 2319, 2329),
        ("25 مليون منزل أمريكي", 2351, 2371),
        ("12%", 2785, 2788),
        ("11:15", 3739, 3744),
    ] {
        assert!(
            found
                .iter()
                .any(|(t, _, s, e)| t == text && *s == start && *e == end),
            "{text} at {start}..{end}"
        );
    }
    // "GB200" and "GB300" are names, not quantities.
    assert!(
        !found
            .iter()
            .any(|(t, ..)| t.contains("200") || t.contains("300") && !t.contains("مليار"))
    );
}

#[test]
fn arabic_article_goes_text_to_draft_to_check_unedited() {
    let draft = std::env::temp_dir().join(format!("wattcheck-draft-{}.toml", std::process::id()));
    wattcheck(&[
        "extract",
        ARABIC,
        "--format",
        "toml",
        "-o",
        draft.to_str().unwrap(),
    ])
    .success();
    let report = json(&["check", draft.to_str().unwrap()]);
    let claims = report["results"]["claims"].as_array().unwrap();
    let by_kind = |kind: &str| {
        claims
            .iter()
            .find(|c| c["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind} claim"))
    };
    assert_eq!(by_kind("homes")["verdict"], "consistent");
    assert_eq!(by_kind("cost")["verdict"], "consistent");
    let share = by_kind("share");
    assert_eq!(share["verdict"], "consistent");
    assert!(
        share["explanation"]
            .as_str()
            .unwrap()
            .contains("scope differs")
    );
}

#[test]
fn english_text_pairs_and_flags() {
    let report = json(&["extract", ENGLISH]);
    let found = quantities(&report);
    // "Stargate's first site draws " is 28 characters.
    assert!(
        found.contains(&("1.2 GW".into(), "power".into(), 28, 34)),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(t, k, ..)| t == "100,000" && k == "chips")
    );
    assert!(
        found
            .iter()
            .any(|(t, k, ..)| t == "four years" && k == "duration")
    );
    // What each drafted claim starts from: its load, scenario or count.
    let drafted: Vec<(String, String)> = report["results"]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let from = ["load", "scenario", "count"]
                .iter()
                .find_map(|k| c[k].as_str())
                .unwrap_or_default();
            (c["id"].as_str().unwrap().into(), from.into())
        })
        .collect();
    for (id, from) in [
        ("homes-1", "1.2 GW"),
        ("share-1", "lbnl-2024"),
        ("share-2", "lbnl-2024-high"),
        ("fleet-1", "100,000"),
        ("cost-1", "10 GW"),
    ] {
        assert!(
            drafted.contains(&(id.into(), from.into())),
            "{id} from {from}: {drafted:?}"
        );
    }
    let warnings = report["warnings"].to_string();
    for flag in [
        "capacity stated as if it were average draw",
        "`5 GWh` is an energy with no period",
        "scope: the text speaks of AI data centers",
        "chip power or facility power",
        "is a vague count",
    ] {
        assert!(warnings.contains(flag), "missing flag {flag}: {warnings}");
    }
}

#[test]
fn generation_share_is_flagged() {
    let path =
        std::env::temp_dir().join(format!("wattcheck-generation-{}.txt", std::process::id()));
    std::fs::write(
        &path,
        "Per EPRI, data centers could take up to 9.1% of US generation by 2030.\n",
    )
    .unwrap();
    let warnings = json(&["extract", path.to_str().unwrap()])["warnings"].to_string();
    assert!(
        warnings.contains("share of generation or of consumption"),
        "{warnings}"
    );
}

#[test]
fn bad_article_files() {
    let dir = std::env::temp_dir().join(format!("wattcheck-articles-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path.display().to_string()
    };
    for (path, message) in [
        (write("utf8.txt", b"30 GW \xff\xfe"), "not UTF-8"),
        (write("empty.txt", b"  \n"), "empty"),
        (write("big.txt", &vec![b'9'; 50 * 1024 * 1024]), "at most"),
    ] {
        let assert = wattcheck(&["extract", &path]).code(2);
        let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        assert!(stderr.contains(message), "{path}: {stderr}");
    }
    let none = write("words.txt", b"No numbers here at all.\n");
    let report = json(&["extract", &none]);
    assert_eq!(report["results"]["quantities"].as_array().unwrap().len(), 0);
    assert!(
        report["warnings"]
            .to_string()
            .contains("no quantities found")
    );
}

#[test]
fn arabic_press_spellings_of_units() {
    // The project's own sentences: غيغاوات and ميجاوات for power, تيراواط/ساعة and
    // كيلووات ساعة (written as rates) for energy, and with سنويا an energy per year (2 TWh a
    // year is 228.3 MW; python3: 2e12/8760 = 228310502.28), في المئة for percent.
    let found = found_values("tests/fixtures/reader/arabic-spellings.txt");
    for (text, kind, value) in [
        ("5 غيغاوات", "power", 5e9),
        ("300 ميجاوات", "power", 300e6),
        ("2 تيراواط/ساعة سنويا", "energy-rate", 2e12 / 8760.0),
        ("900 كيلووات ساعة", "energy", 900e3),
        ("4 في المئة", "share", 0.04),
    ] {
        assert!(
            found
                .iter()
                .any(|(t, k, v)| t == text && k == kind && (v - value).abs() <= value * 1e-9),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn hard_wrapped_english_with_abbreviations_and_glued_units() {
    // One sentence across a line break, not ended by `U.S.`; a hyphenated unit; `10GW`; a
    // blank line ends the paragraph, and `a.m.` does not end the second sentence.
    let report = json(&["extract", "tests/fixtures/reader/english-wrapped.txt"]);
    let quantities = report["results"]["quantities"].as_array().unwrap();
    let find = |text: &str| {
        quantities
            .iter()
            .find(|q| q["text"] == text)
            .unwrap_or_else(|| panic!("{text} not found: {quantities:?}"))
    };
    let campus = find("100-megawatt");
    assert_eq!(campus["kind"], "power");
    assert_eq!(campus["value"]["value"], 100e6);
    assert_eq!(campus["sentence"], 1);
    let phase = find("10GW");
    assert_eq!(phase["value"]["value"], 10e9);
    assert_eq!(phase["sentence"], 2);
}

/// (low, high) of the range `text` in a fixture's quantities.
fn range_of(path: &str, text: &str) -> (f64, f64) {
    let report = json(&["extract", path]);
    let q = report["results"]["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["text"] == text)
        .unwrap_or_else(|| panic!("{text} not found in {path}"))
        .clone();
    (
        q["low"]["value"].as_f64().unwrap(),
        q["high"]["value"].as_f64().unwrap(),
    )
}

#[test]
fn arabic_decimals_ranges_and_number_words() {
    // 5ر4 is 4.5 (agency style) and `24 ,0` is 0.24 (reversed); `1,5` is 1.5 in Arabic text but
    // `14,000` stays fourteen thousand; a range shares the unit of its second end; خمس سنوات is
    // five years; الضعف is a multiple of 2.
    let path = "tests/fixtures/reader/arabic-numbers.txt";
    let found = found_values(path);
    for (text, kind, value) in [
        ("5ر4 غيغاوات", "power", 4.5e9),
        ("24 ,0 وات/ ساعة", "energy", 0.24),
        ("1,5 في المئة", "share", 0.015),
        ("خمس سنوات", "duration", 5.0 * 8760.0 * 3600.0),
        ("الضعف", "ratio", 2.0),
        ("14,000", "count", 14_000.0),
    ] {
        assert!(
            found
                .iter()
                .any(|(t, k, v)| t == text && k == kind && (v - value).abs() <= value * 1e-9),
            "{text}: {found:?}"
        );
    }
    // 57 and 66 TWh in Wh (python3: 57e12, 66e12); 15 and 18 million homes.
    assert_eq!(range_of(path, "57 و66 تيراواط/ساعة"), (57e12, 66e12));
    assert_eq!(range_of(path, "15 إلى 18 مليون منزل"), (15e6, 18e6));
}

#[test]
fn english_ranges_money_and_number_words() {
    let path = "tests/fixtures/reader/english-numbers.txt";
    assert_eq!(range_of(path, "74 and 132 gigawatts"), (74e9, 132e9));
    assert_eq!(range_of(path, "6.7 to 12%"), (0.067, 0.12));
    let found = found_values(path);
    for (text, kind, value) in [
        ("US$100bn", "money", 100e9),
        ("eight million homes", "homes", 8e6),
        ("four years", "duration", 4.0 * 8760.0 * 3600.0),
        ("tripled", "ratio", 3.0),
    ] {
        assert!(
            found
                .iter()
                .any(|(t, k, v)| t == text && k == kind && (v - value).abs() <= value * 1e-9),
            "{text}: {found:?}"
        );
    }
}
