//! The CSV writer: any cells (commas, quotes, line breaks, formulas) are written so that
//! a CSV reader gets back each row and cell, each cell exactly as `csv_safe` made it, and
//! no cell starts a formula.
#![no_main]

use app::server::csv::{csv_safe, table};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // Rows separated by U+001E, cells by U+001F; every row as wide as the first.
    let mut rows: Vec<Vec<&str>> = text
        .split('\u{1e}')
        .map(|row| row.split('\u{1f}').collect())
        .collect();
    let width = rows[0].len();
    for row in &mut rows {
        row.resize(width, "");
    }
    let columns: Vec<String> = (0..width).map(|n| format!("column {n}")).collect();
    let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
    let written = table(&columns, rows.clone()).expect("the table is written");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(&written[..]);
    let read: Vec<csv::StringRecord> = reader
        .records()
        .collect::<Result<_, _>>()
        .expect("the table reads back");
    assert_eq!(read.len(), rows.len(), "{written:?}");
    for (record, row) in read.iter().zip(&rows) {
        assert_eq!(record.len(), width);
        for (cell, typed) in record.iter().zip(row) {
            assert_eq!(cell, csv_safe(typed));
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?}");
        }
    }
});
