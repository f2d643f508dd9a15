//! An article's own arithmetic and the numbers it quotes: a figure restated in other units, a
//! total of listed figures, a share stated as a part of a whole, a number quoted from its
//! publisher (checked against the ledger in `data/ledger.toml`), GPUs the text does not name,
//! and a load said to match a country. Fixtures written for the project, in both languages;
//! expected values worked out by hand (Python one-liners beside).

use super::{assert_close, draft_and_check};

/// The drafted claims of `kind`, as checked.
fn claims_of<'a>(check: &'a serde_json::Value, kind: &str) -> Vec<&'a serde_json::Value> {
    let claims = check["results"]["claims"].as_array().unwrap();
    claims.iter().filter(|c| c["kind"] == kind).collect()
}

fn only<'a>(check: &'a serde_json::Value, kind: &str) -> &'a serde_json::Value {
    let found = claims_of(check, kind);
    assert_eq!(found.len(), 1, "{kind} claims: {check:#}");
    found[0]
}

#[test]
fn a_figure_restated_in_other_units_is_checked() {
    // python3: 2e9 * 3.785411784 = 7.5708e9 litres
    let (draft, check) = draft_and_check(
        "restated-en",
        "The site used 2 billion gallons (7.6 billion litres) of water in 2023.\n",
    );
    assert!(draft.contains("same = "), "{draft}");
    let claim = only(&check, "arithmetic");
    assert_eq!(claim["verdict"], "consistent");
    assert_close(claim["computed"]["value"].as_f64().unwrap(), 7.5708e9, 1e-4);
    // The riyal's peg is 3.75 a dollar. python3: 10e9 / 3.75 = 2.6667e9
    let (_, check) = draft_and_check(
        "restated-ar",
        "أعلنت الشركة عن استثمار بقيمة 10 مليارات ريال (4 مليارات دولار) في مراكز البيانات.\n",
    );
    let claim = only(&check, "arithmetic");
    assert_eq!(claim["verdict"], "inconsistent");
    assert_close(
        claim["computed"]["value"].as_f64().unwrap(),
        10e9 / 3.75,
        1e-6,
    );
}

#[test]
fn a_total_is_the_sum_of_the_figures_it_gathers() {
    // 60,000 + 30,000 = 90,000, not 120,000.
    let (draft, check) = draft_and_check(
        "total-en",
        "The campus holds 60,000 GPUs, and the operator plans to add 30,000 more GPUs. That will bring the total to 120,000 chips.\n",
    );
    assert!(draft.contains("sum = "), "{draft}");
    let claim = only(&check, "arithmetic");
    assert_eq!(claim["verdict"], "inconsistent");
    assert_close(claim["computed"]["value"].as_f64().unwrap(), 90_000.0, 1e-9);
    // 300 MW + 200 MW = 500 MW.
    let (_, check) = draft_and_check(
        "total-ar",
        "يضم المشروع محطة بقدرة 300 ميغاواط وأخرى بقدرة 200 ميغاواط، بإجمالي 500 ميغاواط.\n",
    );
    let claim = only(&check, "arithmetic");
    assert_eq!(claim["verdict"], "consistent");
    assert_close(claim["computed"]["value"].as_f64().unwrap(), 500e6, 1e-9);
}

#[test]
fn a_share_stated_as_a_part_of_a_whole() {
    // python3: 40000 / 120000 = 0.3333
    let (draft, check) = draft_and_check(
        "part-en",
        "Of the 120,000 bitcoin mined this year, US miners produced 40,000 bitcoin, or 33.3%.\n",
    );
    assert!(draft.contains("ratio = "), "{draft}");
    let claim = only(&check, "share");
    assert_eq!(claim["verdict"], "consistent");
    assert_close(claim["computed"]["value"].as_f64().unwrap(), 0.3333, 1e-3);
    // 50 / 200 = 25%, not 40%.
    let (_, check) = draft_and_check(
        "part-ar",
        "من أصل 200 ألف طن، أنتجت الشركة 50 ألف طن أي 40٪.\n",
    );
    let claim = only(&check, "share");
    assert_eq!(claim["verdict"], "inconsistent");
    assert_close(claim["computed"]["value"].as_f64().unwrap(), 0.25, 1e-9);
}

#[test]
fn a_number_quoted_from_its_publisher_is_checked_against_the_ledger() {
    // IEA: US 45% + China 25% + Europe 15% = 85% of data-centre electricity.
    let (draft, check) = draft_and_check(
        "quoted-share",
        "The United States, China and Europe together use 85% of data centre electricity.\n",
    );
    assert!(
        draft.contains("figure = \"iea-2025-dc-share-us-china-europe\""),
        "{draft}"
    );
    assert_eq!(only(&check, "share")["verdict"], "consistent");
    // Google: +48% over 2019; 38% is not it.
    let (draft, check) = draft_and_check(
        "quoted-change",
        "قالت جوجل إن انبعاثاتها ارتفعت بنسبة 38% مقارنة بعام 2019.\n",
    );
    assert!(
        draft.contains("figure = \"google-2024-emissions-vs-2019\""),
        "{draft}"
    );
    let growth = only(&check, "growth");
    assert_eq!(growth["verdict"], "inconsistent");
    assert_close(growth["computed"]["value"].as_f64().unwrap(), 0.48, 1e-9);
}

#[test]
fn a_scale_word_slipped_into_a_quoted_price_is_caught() {
    // PJM 2027/28: $333.44 per MW-day; "$333.4 million" has its digits, a million times over.
    let (draft, check) = draft_and_check(
        "quoted-slip",
        "Capacity prices rose to $333.4 million a megawatt-day in the latest auction.\n",
    );
    assert!(
        draft.contains("figure = \"pjm-2027-28-clearing-price\""),
        "{draft}"
    );
    assert_eq!(only(&check, "cited")["verdict"], "inconsistent");
}

#[test]
fn a_count_of_another_noun_or_ten_times_off_is_not_a_quote() {
    // 200 million users are not ChatGPT's 2.5 billion prompts a day.
    let (draft, _) = draft_and_check(
        "quoted-noun",
        "ChatGPT now has 200 million users sending requests every day.\n",
    );
    assert!(!draft.contains("figure = "), "{draft}");
    // 945 TWh is not an energy per prompt.
    let (draft, _) = draft_and_check(
        "quoted-far",
        "Google says data centres could use 945 TWh for every prompt-driven service by 2030.\n",
    );
    assert!(!draft.contains("google-gemini-prompt-energy"), "{draft}");
}

#[test]
fn gpus_the_text_does_not_name_are_the_newest_flagship() {
    // GB300 NVL72: 120 kW / 72 = 1.667 kW per GPU, × PUE 1.3 = 2.167 kW.
    // python3: 4.5e6 * 120e3/72 * 1.3 = 9.75e9
    let (draft, check) = draft_and_check(
        "fleet-unnamed",
        "The 10 GW build-out equals about 4.5 million GPUs, the company said.\n",
    );
    assert!(draft.contains("chip = \"gb300\""), "{draft}");
    assert!(draft.contains("the chip is not named"), "{draft}");
    let fleet = only(&check, "fleet");
    assert_close(fleet["computed"]["value"].as_f64().unwrap(), 9.75e9, 1e-3);
}

#[test]
fn a_load_said_to_match_a_country_is_stated_as_itself() {
    // Japan, 2024: 1,016 TWh (jp-consumption-2024); 1,000 TWh is within 10%.
    let (draft, check) = draft_and_check(
        "equivalent-one",
        "By 2030 data centres could use 1,000 TWh, matching Japan's annual electricity use.\n",
    );
    assert!(!draft.contains("load = "), "{draft}");
    let claim = only(&check, "equivalent");
    assert_eq!(claim["verdict"], "consistent");
    assert_close(claim["computed"]["value"].as_f64().unwrap(), 1016e12, 1e-3);
}

#[test]
fn a_load_two_sentences_up_that_a_sentence_points_back_at() {
    // 20 TWh a year / 10,359 kWh a home (us-home-2024). python3: 20e12/10359e3 = 1.931e6
    let (draft, check) = draft_and_check(
        "homes-two-up",
        "استهلك التعدين 20 تيراواط ساعة العام الماضي. وبلغت تكلفة ذلك ملياري دولار. هذه الكمية من الطاقة يمكن أن تزود 1.9 مليون أسرة أمريكية بالكهرباء لمدة عام.\n",
    );
    assert!(draft.contains("kind = \"homes\""), "{draft}");
    let homes = only(&check, "homes");
    assert_eq!(homes["verdict"], "consistent");
    assert_close(homes["computed"]["value"].as_f64().unwrap(), 1.931e6, 1e-3);
}

#[test]
fn a_comparison_multiple_takes_its_figures_from_the_sentences_before() {
    // python3: 0.05 / 0.0023 = 21.74, not "ten times".
    let (draft, check) = draft_and_check(
        "compare-en",
        "Image generation used 0.05 kWh per 1,000 prompts. Text classification used 0.0023 kWh per 1,000 prompts. So image generation uses ten times more energy than classification.\n",
    );
    assert!(draft.contains("kind = \"growth\""), "{draft}");
    let growth = only(&check, "growth");
    assert_eq!(growth["verdict"], "inconsistent");
    assert_close(
        growth["computed"]["value"].as_f64().unwrap(),
        0.05 / 0.0023,
        1e-3,
    );
    // 10 kW / 2 kW = 5: `5 أضعاف ما` compares the two.
    let (_, check) = draft_and_check(
        "compare-ar",
        "يستهلك الخادم 10 كيلوواط من الكهرباء. وفيما يستهلك المنزل 2 كيلوواط، يستهلك الخادم 5 أضعاف ما يستهلكه المنزل.\n",
    );
    let growth = only(&check, "growth");
    assert_eq!(growth["verdict"], "consistent");
    assert_close(growth["computed"]["value"].as_f64().unwrap(), 5.0, 1e-9);
}

#[test]
fn a_period_closing_an_energys_clause_makes_it_a_rate() {
    // 500,000 kWh a day. python3: 500000e3/24 = 20.833e6 W
    let found = super::found_in(
        "period-clause",
        "The chatbot uses half a million kWh to answer 200 million requests a day.\n",
    );
    assert!(
        found
            .iter()
            .any(|(_, kind, value)| kind == "energy-rate" && (value - 20.833e6).abs() < 1e3),
        "{found:?}"
    );
}

#[test]
fn a_share_of_all_a_countrys_households() {
    // Census ACS 2023: 131,332,360 US households. python3: 1983107/131332360 = 0.01510
    let (draft, check) = draft_and_check(
        "households-share",
        "That energy could power 1,983,107 homes for a year, or 1.51% of all US households.\n",
    );
    assert!(draft.contains("us-households-2023"), "{draft}");
    let share = only(&check, "share");
    assert_eq!(share["verdict"], "consistent");
    assert_close(share["computed"]["value"].as_f64().unwrap(), 0.01510, 1e-3);
}

#[test]
fn a_lead_growth_since_a_year_takes_the_dated_figures_after_it() {
    // python3: 1.85/1.13 - 1 = 0.637: "nearly two-thirds" holds.
    let (draft, check) = draft_and_check(
        "lead-growth",
        "Water use in the corridor rose by nearly 67% since 2019. The facilities used 1.85 billion gallons in 2023. That compares with 1.13 billion gallons used in 2019.\n",
    );
    assert!(draft.contains("from = "), "{draft}");
    let growth = only(&check, "growth");
    assert_eq!(growth["verdict"], "consistent");
    assert_close(
        growth["computed"]["value"].as_f64().unwrap(),
        1.85 / 1.13 - 1.0,
        1e-3,
    );
}

#[test]
fn a_batterys_energy_is_its_rating_over_its_hours() {
    // 250 MW × 4 h = 1,000 MWh; the rating is in the sentence before, beside the word battery.
    let (draft, check) = draft_and_check(
        "battery",
        "The site adds a battery rated at 250 MW. Alongside 800 MW of solar panels, the battery can run for 4 hours, storing 1,000 MWh in all.\n",
    );
    assert!(draft.contains("duration = "), "{draft}");
    let energy = only(&check, "energy");
    assert_eq!(energy["verdict"], "consistent");
    assert_close(energy["computed"]["value"].as_f64().unwrap(), 1.0e9, 1e-9);
}
