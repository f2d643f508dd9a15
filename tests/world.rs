//! The world beyond the US: countries, states, the world total, comparisons and currencies.
//! Each expected value is computed by hand from the cited figures (Python one-liners beside).

use super::{assert_close, draft_and_check, json, result, verdict_of, wattcheck};

#[test]
fn japanese_homes_use_japan_s_household_average() {
    // jp-home-2021: 4,175 kWh/yr (Japan's Ministry of the Environment household survey)
    // python3: 66e12/4175e3 = 15808383.2
    for country in ["JP", "JPN", "Japan", "اليابان"] {
        let report = json(&["homes", "66 TWh/yr", "--country", country]);
        assert_close(result(&report, "homes"), 15_808_383.233_5, 1e-9);
        assert_eq!(report["assumptions"][0]["id"], "jp-home-2021");
        assert!(
            report["assumptions"][0]["label"]
                .as_str()
                .unwrap()
                .contains("Japan")
        );
    }
}

#[test]
fn a_world_share_divides_by_the_world_total() {
    // world-demand-2024: 26,200 TWh (IEA, computed from its stated 2023 total and growth)
    // python3: 415/26200 = 0.015839694656488548
    let report = json(&["share", "415 TWh/yr", "--world", "--year", "2024"]);
    assert_close(result(&report, "share"), 0.015_839_694_656, 1e-9);
    assert_eq!(report["assumptions"][0]["id"], "world-demand-2024");
    // on generation (Ember, 30,930 TWh): python3: 415/30930 = 0.013417393
    let generation = json(&[
        "share",
        "415 TWh/yr",
        "--world",
        "--year",
        "2024",
        "--denominator",
        "generation",
    ]);
    assert_close(result(&generation, "share"), 0.013_417_393, 1e-7);
}

#[test]
fn a_us_share_in_2030_uses_the_aeo_reference_path() {
    // us-end-use-2030-aeo2025: 4,520 TWh; python3: 430/4520 = 0.09513274336
    let report = json(&["share", "430 TWh/yr", "--year", "2030"]);
    assert_close(result(&report, "share"), 0.095_132_743, 1e-8);
    assert_eq!(report["assumptions"][0]["id"], "us-end-use-2030-aeo2025");
    assert!(report["warnings"].to_string().contains("forecast"));
}

#[test]
fn a_country_without_consumption_falls_back_to_its_generation_and_says_so() {
    // Iceland holds no consumption figure: is-generation-2023 (OWID), said in a warning.
    let report = json(&["share", "1 TWh/yr", "--country", "Iceland"]);
    assert!(
        report["assumptions"][0]["id"]
            .as_str()
            .unwrap()
            .starts_with("is-generation-")
    );
    assert!(
        report["warnings"]
            .to_string()
            .contains("generation stands in")
    );
}

#[test]
fn a_state_s_homes_and_its_grid() {
    // us-tn-home-2022: 1,188 kWh/month (EIA Table 5A); python3: 8.76e12/(1188*12e3) = 614478.11
    let report = json(&["homes", "1 GW", "--region", "TN"]);
    assert_close(result(&report, "homes"), 614_478.114, 1e-8);
    // Footprint in Tennessee: the CO2 rate of Tennessee's generation (EIA profile, lb/MWh)
    let footprint = json(&["footprint", "1 GW", "--region", "Tennessee"]);
    let labels = footprint["assumptions"].to_string();
    assert!(labels.contains("us-tn-co2-2023"), "{labels}");
    assert!(labels.contains("us-tn-retail-2023"), "{labels}");
}

#[test]
fn an_energy_compares_with_countries_and_a_power_with_plants() {
    // jp-consumption-2024: 1,016.4 TWh; python3: 945/1016.4 = 0.929752
    let report = json(&["compare", "945 TWh/yr"]);
    let equivalents = report["results"]["equivalents"].as_array().unwrap();
    let japan = equivalents.iter().find(|e| e["code"] == "JP").unwrap();
    assert_eq!(japan["kind"], "country");
    assert_close(japan["ratio"].as_f64().unwrap(), 0.929_752, 1e-6);
    assert_eq!(japan["value"]["unit"], "Wh/yr");
    // ap1000-capacity: 1,117 MW; python3: 10/1.117 = 8.952551
    let report = json(&["compare", "10 GW"]);
    let equivalents = report["results"]["equivalents"].as_array().unwrap();
    let reactor = equivalents
        .iter()
        .find(|e| e["figures"][0] == "ap1000-capacity")
        .unwrap();
    assert_eq!(reactor["kind"], "reactor");
    assert_close(reactor["ratio"].as_f64().unwrap(), 8.952_551, 1e-6);
    assert!(equivalents.iter().all(|e| e["kind"] != "country"));
}

#[test]
fn euros_are_converted_at_the_year_s_average_and_riyals_at_the_peg() {
    // eur-usd-2024: 0.9242 EUR per USD (Federal Reserve); python3: 11e9/0.9242/1e9 = 11.9022 USD/W
    let report = json(&["cost", "€11 billion", "--per", "1 GW", "--year", "2024"]);
    assert_close(result(&report, "cost_per_power"), 11.902_186, 1e-6);
    assert_eq!(report["results"]["cost_per_power"]["unit"], "USD/W");
    assert!(
        report["warnings"]
            .to_string()
            .contains("€11 billion = $11.9 billion")
    );
    // sar-usd-peg: 3.75 SAR per USD (SAMA); python3: 100e9/3.75/1e9 = 26.6667 USD/W
    let report = json(&["cost", "100 مليار ريال", "--per", "1 GW"]);
    assert_close(result(&report, "cost_per_power"), 26.666_667, 1e-6);
    assert!(report["assumptions"].to_string().contains("sar-usd-peg"));
}

#[test]
fn an_unknown_country_exits_2_with_the_nearest_names() {
    let assert = wattcheck(&["homes", "1 GW", "--country", "Japna"]).code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("unknown country `Japna`; nearest: `Japan`"),
        "{stderr}"
    );
}

#[test]
fn a_country_with_no_household_average_asks_for_one() {
    let assert = wattcheck(&["homes", "1 GW", "--world"]).code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("--per-home"), "{stderr}");
}

#[test]
fn a_world_figure_is_checked_against_the_world_not_the_us() {
    // IEA 2024 world row (415 TWh) over the world total (26,200 TWh): 1.584%, so "1.5%" holds;
    // against the US total it would be ~10% and a false alarm.
    let (draft, check) = draft_and_check(
        "world-share",
        "The IEA says data centres used 415 TWh in 2024, about 1.5% of global electricity demand.\n",
    );
    assert!(draft.contains("geography = \"world\""), "{draft}");
    assert_eq!(*verdict_of(&check, "share"), "consistent");
}

#[test]
fn homes_in_a_world_article_depend_on_whose_homes() {
    // No country named, the article global: a world home is anywhere between the lowest and the
    // highest national average held, so 100 MW = 100,000 homes can be neither confirmed nor denied.
    let (draft, check) = draft_and_check(
        "world-homes",
        "Global demand from data centres keeps rising worldwide.\n\nA single 100-megawatt data centre uses as much electricity as 100,000 homes.\n",
    );
    assert!(draft.contains("geography = \"world\""), "{draft}");
    assert_eq!(*verdict_of(&check, "homes"), "depends");
}

#[test]
fn arabic_homes_in_japan_use_japanese_homes() {
    // 1 GW all year = 8.76 TWh; ÷ 4,175 kWh (jp-home-2021) = 2.098 M homes; "2 million" holds.
    // python3: 8.76e12/4175e3 = 2098203.59
    let (draft, check) = draft_and_check(
        "japan-homes",
        "تبلغ قدرة المشروع في اليابان 1 غيغاواط، ما يكفي لتزويد 2 مليون منزل بالكهرباء.\n",
    );
    assert!(draft.contains("geography = \"JP\""), "{draft}");
    let claims = check["results"]["claims"].as_array().unwrap();
    let homes = claims.iter().find(|c| c["kind"] == "homes").unwrap();
    assert_eq!(homes["verdict"], "consistent");
    assert_close(
        homes["computed"]["value"].as_f64().unwrap(),
        2_098_203.59,
        1e-8,
    );
}

#[test]
fn equivalents_measure_a_load_by_countries_reactors_and_people() {
    let dir = std::env::temp_dir().join(format!("wattcheck-equivalents-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("claims.toml");
    let claim = |id: &str, load: &str, reference: &str, stated: &str, extra: &str| {
        format!(
            "[[claim]]\nid = \"{id}\"\nquote = \"q\"\nkind = \"equivalent\"\nload = \"{load}\"\nreference = \"{reference}\"\nstated = \"{stated}\"\n{extra}\n"
        )
    };
    let text = [
        "[article]\ntitle = \"equivalents\"\n\n".to_string(),
        claim("japan", "945 TWh/yr", "Japan", "1", ""),
        claim("reactors", "10 GW", "reactors", "10", ""),
        claim("ireland", "5 GW", "IE", "1", ""),
        claim(
            "people",
            "1 GW",
            "people",
            "1 million",
            "geography = \"JP\"",
        ),
    ]
    .concat();
    std::fs::write(&path, text).unwrap();
    let report = json(&["check", path.to_str().unwrap()]);
    let claims = report["results"]["claims"].as_array().unwrap();
    let computed = |id: &str| {
        let claim = claims.iter().find(|c| c["id"] == id).unwrap();
        (
            claim["computed"]["value"].as_f64().unwrap(),
            claim["verdict"].as_str().unwrap().to_string(),
        )
    };
    // jp-consumption-2024 1,016.4 TWh: python3: 945/1016.4 = 0.929752
    let (japan, verdict) = computed("japan");
    assert_close(japan, 0.929_752, 1e-6);
    assert_eq!(verdict, "consistent");
    // us-reactor-avg-capacity-2024 1,030 MW: python3: 10/1.03 = 9.708738
    assert_close(computed("reactors").0, 9.708_738, 1e-6);
    // ie-consumption-2024 36.1 TWh; a capacity at full load: python3: 5e9*8760/36.1e12 = 1.213296
    let (ireland, verdict) = computed("ireland");
    assert_close(ireland, 1.213_296, 1e-6);
    assert_eq!(verdict, "inconsistent");
    // jp-generation-per-person-2023 8,220.236 kWh: python3: 8.76e12/8220.236e3 = 1065662.83
    assert_close(computed("people").0, 1_065_662.83, 1e-8);
}
