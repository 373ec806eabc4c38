//! CSV that opens safely in a spreadsheet, for the open data and the analysis tables.

/// Text people wrote, made safe to open in a spreadsheet: a cell starting with `=`, `+`,
/// `-`, `@` (or a tab or carriage return) would be run as a formula ("CSV injection"),
/// so it gets a leading apostrophe, which spreadsheets hide.
pub fn csv_safe(text: &str) -> String {
    safe(text).into_owned()
}

/// [`csv_safe`], copying `text` only when it needs the apostrophe.
fn safe(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// A table as CSV: the header row as given, then every row with each cell made safe.
/// Each cell is written as it comes, copied only when it needs the apostrophe: the
/// analysis's duplicates table has tens of thousands of rows.
pub fn table<R, C>(columns: &[&str], rows: R) -> Result<Vec<u8>, csv::Error>
where
    R: IntoIterator<Item = C>,
    C: IntoIterator,
    C::Item: AsRef<str>,
{
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(columns)?;
    for row in rows {
        for cell in row {
            writer.write_field(safe(cell.as_ref()).as_ref())?;
        }
        writer.write_record(None::<&[u8]>)?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

#[cfg(test)]
mod tests {
    use super::{csv_safe, table};

    #[test]
    fn formulas_are_defused() {
        assert_eq!(csv_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_safe("A sleep diary"), "A sleep diary");
    }

    #[test]
    fn tables_quote_and_defuse_every_cell() {
        let body = table(&["title", "votes"], [["=1+1", "3"], ["a, b", "4"]]).unwrap();
        assert_eq!(
            String::from_utf8(body).unwrap(),
            "title,votes\n'=1+1,3\n\"a, b\",4\n"
        );
    }
}
