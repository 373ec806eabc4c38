//! The analysis's addresses.

/// The analysis page.
pub const ANALYSIS: &str = "/analysis";
/// One of its tables as CSV (`?campaign=…&table=…`).
pub const CSV: &str = "/analysis.csv";
