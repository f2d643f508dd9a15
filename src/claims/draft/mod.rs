//! From quantities found in prose to a claims file `check` can run. Each sentence is read by the
//! pairings in turn (homes, build costs, shares, an energy over a time, growths, fleets,
//! equivalents), each taking the mentions it ties together; what none takes is listed as cited,
//! and the classic confusions are flagged.

mod arithmetic;
mod growth;
mod pairs;
mod published;

pub use published::{Published, ledger};
mod shares;

use super::extract::{Found, Mention, sentences};
use super::file::{Article, Claim, ClaimKind};
use super::geography::Gazetteer;
use super::words;
use crate::units::{Quantity, format, parse_quantity};

/// A drafted claims file and what a reader should look at.
#[derive(Debug, Clone)]
pub struct Draft {
    pub article: Article,
    pub claims: Vec<Claim>,
    /// (claim id, what to check) for the classic confusions.
    pub flags: Vec<(String, String)>,
    /// Claims drafted so far of each kind, for their ids.
    numbered: std::collections::HashMap<&'static str, usize>,
}

/// One sentence as it is drafted: its text, its mentions and the sentence before's.
struct Sentence<'a> {
    mentions: &'a [Mention],
    chars: &'a [char],
    /// Every sentence's character offsets.
    ranges: &'a [(usize, usize)],
    /// Character offsets of the sentence in the text.
    start: usize,
    end: usize,
    quote: String,
    lower: String,
    /// The sentence before and this one: where a named source may stand.
    context: String,
    /// This sentence's mentions, the sentence before's, and the two before's (a load a sentence
    /// points back at may stand two sentences up: "…20,822 GWh. At $0.13/kWh, that is $2.7
    /// billion. This energy could power 1.98 million homes").
    here: Vec<usize>,
    before: Vec<usize>,
    earlier: Vec<usize>,
    /// The mentions of the three sentences after: the details a lead sentence sums up.
    after: Vec<usize>,
    /// The article's first sentence (its headline, often), where a publisher may be named.
    opening: &'a str,
    /// The place the sentence names, else the article's.
    place: Option<String>,
    places: &'a Gazetteer,
}

/// What the pairings have taken: `used`, consumed by a pairing; `claimed`, part of any drafted
/// claim (a figure may be a homes claim's load and a growth's end).
struct Taken {
    used: Vec<bool>,
    claimed: Vec<bool>,
}

impl Taken {
    /// Marks mentions as part of a claim that consumed them.
    fn take(&mut self, mentions: impl IntoIterator<Item = usize>) {
        for i in mentions {
            self.used[i] = true;
            self.claimed[i] = true;
        }
    }
}

/// Where a clause ends, around a figure.
const CLAUSE_MARKS: &[char] = &[',', '،', ';', '؛', '(', ')', '–', '—'];

/// Loads a sentence can measure something by.
const LOADS: &[Found] = &[Found::Power, Found::EnergyRate, Found::Energy];

impl Sentence<'_> {
    /// The first mention of `kind` in the sentence that no pairing has used.
    fn first(&self, taken: &Taken, kind: Found) -> Option<usize> {
        self.here
            .iter()
            .copied()
            .find(|&i| self.mentions[i].found == kind && !taken.used[i])
    }

    /// The last load of the two sentences before, when this sentence points back at it
    /// ("That's enough for…", `ويعادل ذلك`).
    fn load_before(&self) -> Option<usize> {
        self.earlier
            .iter()
            .rev()
            .copied()
            .find(|&i| LOADS.contains(&self.mentions[i].found))
            .filter(|_| words::points_back(&self.quote))
    }

    /// The clause a mention stands in, in its own sentence: between the clause marks around it.
    fn clause_of(&self, i: usize) -> String {
        let m = &self.mentions[i];
        let (start, end) = self.sentence_of(i);
        let before = self.piece(start, m.start);
        let after = self.piece(m.end, end);
        let head = before.rsplit(CLAUSE_MARKS).next().unwrap_or_default();
        let tail = after.split(CLAUSE_MARKS).next().unwrap_or_default();
        format!("{head}{}{tail}", m.text)
    }

    /// The character span of the sentence a mention is in: this one, or one before.
    fn sentence_of(&self, i: usize) -> (usize, usize) {
        self.ranges
            .get(self.mentions[i].sentence)
            .copied()
            .unwrap_or((self.start, self.end))
    }

    /// The text between two character offsets.
    fn piece(&self, from: usize, to: usize) -> String {
        self.chars[from..to].iter().collect()
    }
}

/// What a claim states, as the text states it: the value with its hedge (`nearly 3%`), or a
/// range as its two ends (`6.7%..12%`).
fn stated(mention: &Mention) -> String {
    // The text as written when it reads back as its value; else (`1,5 في المئة`) the value.
    let reads_back = |value: Quantity| {
        parse_quantity(&mention.text)
            .is_ok_and(|q| (q.base() - value.base()).abs() <= 1e-9 * value.base().abs())
    };
    let value = match (mention.value, mention.high) {
        (Some(low), Some(high)) => format!("{}..{}", format::quantity(low), format::quantity(high)),
        (Some(value), None) if !reads_back(value) => format::quantity(value),
        _ => mention.text.clone(),
    };
    match mention.hedge {
        Some(hedge) => format!("{hedge} {value}"),
        None => value,
    }
}

/// A count as a number or a range in wattcheck's format, without its hedge or noun
/// (`4,000,000..5,000,000` for "between 4 million and 5 million GPUs").
fn count_of(mention: &Mention) -> String {
    match (mention.value, mention.high) {
        (Some(low), Some(high)) => format!("{}..{}", format::quantity(low), format::quantity(high)),
        (Some(value), None) => format::quantity(value),
        _ => mention.text.clone(),
    }
}

/// A drafted claim's note: where it comes from and the words that tied its numbers, so a
/// reader can fix a wrong pairing.
fn tied(words: &str) -> Option<String> {
    Some(format!("drafted by `wattcheck extract`; tied by: {words}"))
}

/// A mention as a claim's load, and whether it is an energy with no period, read as a year's
/// (`57 TWh/yr..66 TWh/yr`).
fn as_load(mention: &Mention) -> (String, bool) {
    if mention.found != Found::Energy {
        return (stated(mention), false);
    }
    let yearly = match (mention.value, mention.high) {
        (Some(low), Some(high)) => {
            format!(
                "{}/yr..{}/yr",
                format::quantity(low),
                format::quantity(high)
            )
        }
        // In wattcheck's own units: the text's (`غيغاواط ساعي`) may not take a `/yr`.
        _ => {
            let value = mention.value.map_or(mention.text.clone(), format::quantity);
            match mention.hedge {
                Some(hedge) => format!("{hedge} {value}/yr"),
                None => format!("{value}/yr"),
            }
        }
    };
    (yearly, true)
}

/// Drafts claims from the text and its quantities.
pub fn draft(
    title: &str,
    language: &str,
    text: &str,
    mentions: &[Mention],
    places: &Gazetteer,
    ledger: &[Published],
) -> Draft {
    let ranges = sentences(text);
    let chars: Vec<char> = text.chars().collect();
    let sentence_text = |i: usize| -> String {
        ranges
            .get(i)
            .map(|&(s, e)| chars[s..e].iter().collect::<String>().trim().to_string())
            .unwrap_or_default()
    };
    let all: Vec<String> = (0..ranges.len()).map(&sentence_text).collect();
    let named: Vec<Option<String>> = all.iter().map(|s| places.named_in(s)).collect();
    let article_place = Gazetteer::most_named(&named);
    let mut draft = Draft {
        article: Article {
            title: title.into(),
            language: Some(language.into()),
            published: None,
            url: None,
        },
        claims: Vec::new(),
        flags: Vec::new(),
        numbered: Default::default(),
    };
    // A range (`74 and 132 gigawatts`) is used from the start: only the pairings that read
    // ranges (shares, growths, homes) take one.
    let mut taken = Taken {
        used: mentions.iter().map(|m| m.high.is_some()).collect(),
        claimed: vec![false; mentions.len()],
    };
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); ranges.len()];
    for (i, mention) in mentions.iter().enumerate() {
        if let Some(list) = by_sentence.get_mut(mention.sentence) {
            list.push(i);
        }
    }
    for (n, &(start, end)) in ranges.iter().enumerate() {
        let quote = all[n].clone();
        let previous = n
            .checked_sub(1)
            .map(|p| all[p].as_str())
            .unwrap_or_default();
        let s = Sentence {
            mentions,
            chars: &chars,
            ranges: &ranges,
            start,
            end,
            lower: quote.to_lowercase(),
            context: format!("{previous} {quote}"),
            here: by_sentence[n].clone(),
            before: n
                .checked_sub(1)
                .map(|p| by_sentence[p].clone())
                .unwrap_or_default(),
            earlier: (n.saturating_sub(2)..n)
                .flat_map(|p| by_sentence[p].iter().copied())
                .collect(),
            after: (n + 1..(n + 4).min(ranges.len()))
                .flat_map(|p| by_sentence[p].iter().copied())
                .collect(),
            opening: all.first().map_or("", String::as_str),
            place: named[n].clone().or_else(|| article_place.clone()),
            places,
            quote,
        };
        published::draft(&s, ledger, &mut taken, &mut draft);
        arithmetic::conversions(&s, &mut taken, &mut draft);
        pairs::homes(&s, &mut taken, &mut draft);
        pairs::cost(&s, &mut taken, &mut draft);
        shares::draft(&s, &mut taken, &mut draft);
        pairs::energy_over_time(&s, &mut taken, &mut draft);
        growth::draft(&s, &mut taken, &mut draft);
        pairs::fleet(&s, &mut taken, &mut draft);
        pairs::equivalent(&s, &mut taken, &mut draft);
        arithmetic::totals(&s, &mut taken, &mut draft);
        arithmetic::shares_of_wholes(&s, &mut taken, &mut draft);
        arithmetic::shares_of_households(&s, &mut taken, &mut draft);
        cited(&s, &taken, &mut draft);
    }
    draft
}

/// What no pairing took, as a cited claim; and the confusions to look at in the sentence.
fn cited(s: &Sentence, taken: &Taken, draft: &mut Draft) {
    let mentions = s.mentions;
    let rest: Vec<&Mention> = s
        .here
        .iter()
        .filter(|&&i| !taken.used[i] && !taken.claimed[i])
        .map(|&i| &mentions[i])
        .collect();
    // A year or a date alone says when, not what: no claim to cite.
    if rest.iter().any(|m| m.found != Found::Year) {
        let rest: Vec<&str> = rest.iter().map(|m| m.text.as_str()).collect();
        draft.add(ClaimKind::Cited, &s.quote, &rest.join("; "), |c| {
            c.source = Some("the article; add a source id from `wattcheck sources`".into());
        });
    }
    let id = draft
        .claims
        .last()
        .map(|c| c.id.clone())
        .unwrap_or_default();
    for &i in &s.here {
        let text = &mentions[i].text;
        match mentions[i].found {
            Found::Energy if !taken.claimed[i] => draft.flag(&id, &format!("`{text}` is an energy with no period: a capacity (W) or a yearly use (Wh per year)?")),
            Found::Vague => draft.flag(&id, &format!("`{text}` is a vague count: nothing to check until it is a number")),
            _ => {}
        }
    }
}

impl Draft {
    /// Adds a claim of `kind` quoting `quote`, stating `stated`, with `fill` setting its inputs.
    fn add(
        &mut self,
        kind: ClaimKind,
        quote: &str,
        stated: &str,
        fill: impl FnOnce(&mut Claim),
    ) -> String {
        let count = self.numbered.entry(kind.name()).or_insert(0);
        *count += 1;
        let number = *count;
        let id = format!("{}-{number}", kind.name());
        let mut claim = Claim::new(&id, quote, kind, stated);
        claim.note = Some("drafted by `wattcheck extract`".into());
        fill(&mut claim);
        self.claims.push(claim);
        id
    }

    /// Records a confusion to look at, and notes it on the claim so `check` shows it too.
    fn flag(&mut self, id: &str, what: &str) {
        if let Some(claim) = self.claims.iter_mut().rev().find(|c| c.id == id) {
            let note = claim.note.get_or_insert_with(String::new);
            note.push_str(&format!("; check: {what}"));
        }
        self.flags.push((id.to_string(), what.to_string()));
    }
}
