//! Checking an article's numbers: the claims file and the verdicts.

pub mod dates;
pub mod draft;
mod equivalents;
pub mod extract;
pub mod file;
pub mod geography;
mod growths;
pub mod hedge;
pub mod kinds;
mod money;
pub mod numerals;
mod ranges;
mod reading;
pub mod scope;
mod sentences;
mod shares;
pub mod verdict;
mod words;
