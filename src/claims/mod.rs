//! Checking an article's numbers: the claims file and the verdicts.

pub mod draft;
mod equivalents;
pub mod extract;
pub mod file;
pub mod geography;
pub mod hedge;
pub mod kinds;
pub mod numerals;
mod ranges;
pub mod scope;
mod sentences;
mod shares;
pub mod verdict;
mod words;
