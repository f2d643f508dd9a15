pub mod app;
pub mod cli;
pub mod data;
pub mod error;
pub mod model;
pub mod report;
pub mod units;
