//! The parser and formatter: fixed cases checked by hand, and properties (round trips, dimension
//! errors, no panics) over generated input.

use proptest::prelude::*;
use uom::si::energy::{kilowatt_hour, terawatt_hour};
use uom::si::power::{gigawatt, watt};
use wattcheck::units::money::Currency;
use wattcheck::units::parse::{
    Kind, Quantity, parse_count, parse_energy_per_year, parse_fraction, parse_money, parse_power,
    parse_quantity,
};
use wattcheck::units::{Energy, Money, Power, format, year};

#[test]
fn written_forms_of_one_power() {
    for text in [
        "30 GW",
        "30GW",
        "30,000 MW",
        "30 gigawatts",
        "30 Gigawatt",
        "٣٠ جيجاواط",
        "30 غيغاواط",
        "3e10 W",
        "30_000 MW",
        "0.03 TW",
    ] {
        let power = parse_power(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert!((power.get::<gigawatt>() - 30.0).abs() < 1e-9, "{text}");
    }
}

#[test]
fn energy_per_period_is_a_power() {
    // python3: 10791e3/8760 = 1231.849 W; 855*12 = 10260 kWh/yr
    let per_home = parse_energy_per_year("10,791 kWh/yr").unwrap();
    assert!((per_home.get::<watt>() - 1_231.849_315).abs() < 1e-6);
    let monthly = parse_energy_per_year("855 kWh/mo").unwrap();
    assert!(((monthly * year()).get::<kilowatt_hour>() - 10_260.0).abs() < 1e-9);
    let twh = parse_power("176 TWh per year").unwrap();
    assert!(((twh * year()).get::<terawatt_hour>() - 176.0).abs() < 1e-9);
}

#[test]
fn money_forms() {
    for (text, usd) in [
        ("$1.4T", 1.4e12),
        ("$38B", 38e9),
        ("38 billion USD", 38e9),
        ("USD 300bn", 300e9),
        ("1.4 trillion dollars", 1.4e12),
        ("38 مليار دولار", 38e9),
        ("1.4 تريليون دولار", 1.4e12),
    ] {
        let money = parse_money(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert!((money.amount() - usd).abs() / usd < 1e-12, "{text}");
    }
    let Quantity::MoneyPerPower(cost) = parse_quantity("$50B/GW").unwrap() else {
        panic!("money per power")
    };
    assert!((cost.per_watt() - 50.0).abs() < 1e-12);
}

#[test]
fn currencies_by_sign_code_and_word() {
    // (text, currency, amount) read by hand
    let cases = [
        ("€11 billion", Currency::Eur, 11e9),
        ("EUR 11bn", Currency::Eur, 11e9),
        ("11 billion euros", Currency::Eur, 11e9),
        ("£2.5bn", Currency::Gbp, 2.5e9),
        ("¥5 trillion", Currency::Jpy, 5e12),
        ("CN¥40 billion", Currency::Cny, 40e9),
        ("US$100bn", Currency::Usd, 100e9),
        ("100 مليار ريال", Currency::Sar, 100e9),
        ("100 مليار ريال قطري", Currency::Qar, 100e9),
        ("5 مليارات درهم", Currency::Aed, 5e9),
        ("3 مليارات جنيه", Currency::Egp, 3e9),
        ("3 مليارات جنيه إسترليني", Currency::Gbp, 3e9),
        ("2 مليار درهم مغربي", Currency::Mad, 2e9),
        // Indian grouping and scale words: 2,64,930 crore = 2,649,300,000,000 (by hand)
        ("Rs. 2,64,930 crore", Currency::Inr, 2.6493e12),
        ("₹5 lakh crore", Currency::Inr, 5e12),
        ("₹1,00,000", Currency::Inr, 1e5),
    ];
    for (text, currency, amount) in cases {
        let money = parse_money(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(money.currency(), currency, "{text}");
        assert!((money.amount() - amount).abs() / amount < 1e-12, "{text}");
    }
    // Two currencies in one amount are refused, and groups neither Western nor Indian.
    assert!(parse_money("€11 billion USD").is_err());
    assert!(parse_money("₹1,0,00").is_err());
}

#[test]
fn counts_and_fractions() {
    assert_eq!(parse_count("25M").unwrap(), 25e6);
    assert_eq!(parse_count("25 million homes").unwrap(), 25e6);
    assert_eq!(parse_count("٢٥ مليون منزل أمريكي").unwrap(), 25e6);
    assert_eq!(parse_count("500k").unwrap(), 500e3);
    assert_eq!(parse_count("١٠٬٧٩١٫٥").unwrap(), 10_791.5);
    assert!((parse_fraction("12%").unwrap().value - 0.12).abs() < 1e-15);
    assert_eq!(parse_fraction("0.12").unwrap().value, 0.12);
    assert!(parse_fraction("120%").is_err());
}

#[test]
fn intensities() {
    // python3: 0.81*453.59237 = 367.41 g/kWh
    let quantity = parse_quantity("0.81 lb/kWh").unwrap();
    assert_eq!(format::canonical(quantity).1, "g/kWh");
    assert!((format::canonical(quantity).0 - 367.409_82).abs() < 1e-4);
    assert_eq!(
        parse_quantity("1.8 L/kWh").unwrap().kind(),
        Kind::VolumePerEnergy
    );
}

#[test]
fn display_is_scaled_for_reading() {
    assert_eq!(format::power(Power::new::<gigawatt>(30.0)), "30 GW");
    assert_eq!(
        format::energy(Energy::new::<terawatt_hour>(262.8)),
        "262.8 TWh"
    );
    assert_eq!(
        format::energy(Energy::new::<terawatt_hour>(4110.0)),
        "4,110 TWh"
    );
    assert_eq!(
        format::energy(Energy::new::<kilowatt_hour>(10_791.0)),
        "10.79 MWh"
    );
    assert_eq!(
        format::energy_per_year(parse_energy_per_year("10,791 kWh/yr").unwrap()),
        "10,791 kWh/yr"
    );
    assert_eq!(format::money(Money::from_usd(1.4e12)), "$1.4 trillion");
    assert_eq!(
        format::money(Money::from_usd(5.428_571e9)),
        "$5.429 billion"
    );
    assert_eq!(format::count(24_353_628.0), "24.35 million");
    assert_eq!(format::count(14_000.0), "14,000");
}

/// Powers from a milliwatt-free range, as a reader would write them.
fn power_in_watts() -> impl Strategy<Value = f64> {
    (0.0f64..15.0).prop_map(|exponent| 10f64.powf(exponent))
}

proptest! {
    #[test]
    fn formatted_power_reads_back(watts in power_in_watts()) {
        let shown = format::power(Power::new::<watt>(watts));
        let back = parse_power(&shown).unwrap();
        prop_assert!((back.get::<watt>() - watts).abs() / watts < 5e-4, "{shown}");
    }

    #[test]
    fn formatted_annual_energy_reads_back(watts in power_in_watts()) {
        let shown = format::energy_per_year(Power::new::<watt>(watts));
        let back = parse_energy_per_year(&shown).unwrap();
        prop_assert!((back.get::<watt>() - watts).abs() / watts < 5e-4, "{shown}");
    }

    #[test]
    fn formatted_money_reads_back(usd in (0.0f64..14.0).prop_map(|e| 10f64.powf(e))) {
        let shown = format::money(Money::from_usd(usd));
        let back = parse_money(&shown).unwrap();
        prop_assert!((back.amount() - usd).abs() / usd < 5e-4, "{shown}");
    }

    /// An amount in any currency reads back in that currency, as wattcheck writes it.
    #[test]
    fn formatted_money_in_any_currency_reads_back(
        amount in (0.0f64..14.0).prop_map(|e| 10f64.powf(e)),
        code in prop::sample::select(vec!["USD", "EUR", "GBP", "JPY", "CNY", "SAR", "AED", "EGP", "QAR"]),
    ) {
        let currency = Currency::from_code(code).unwrap();
        let shown = format::money(Money::new(amount, currency));
        let back = parse_money(&shown).unwrap();
        prop_assert_eq!(back.currency(), currency, "{}", shown);
        prop_assert!((back.amount() - amount).abs() / amount < 5e-4, "{shown}");
    }

    #[test]
    fn formatted_count_reads_back(count in (0.0f64..12.0).prop_map(|e| 10f64.powf(e).round())) {
        let shown = format::count(count);
        let back = parse_count(&shown).unwrap();
        prop_assert!((back - count).abs() <= count * 5e-4 + 0.5, "{shown}");
    }

    /// A power written with an energy, money or count unit is an error, never a conversion.
    #[test]
    fn wrong_dimension_is_an_error(
        number in 1u32..1_000_000,
        unit in prop::sample::select(vec!["GWh", "kWh", "TWh", "J", "USD", "homes", "", "%", "kg", "L", "h"]),
    ) {
        let text = format!("{number} {unit}");
        prop_assert!(parse_power(&text).is_err(), "{text} read as a power");
    }

    #[test]
    fn energy_units_are_not_money(number in 1u32..1_000_000, unit in prop::sample::select(vec!["GW", "TWh", "kWh/yr", "homes"])) {
        let text = format!("{number} {unit}");
        prop_assert!(parse_money(&text).is_err());
    }

    #[test]
    fn no_input_makes_the_parser_panic(text in "\\PC{0,24}") {
        let _ = parse_quantity(&text);
    }

    #[test]
    fn number_like_input_does_not_panic(text in "[-+$]?[0-9٠-٩,._eE]{0,12} ?[kMBTGWhyr/%a-z]{0,6}") {
        let _ = parse_quantity(&text);
    }
}
