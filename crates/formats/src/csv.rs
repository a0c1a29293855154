//! CSV for spreadsheets set up for Danish (Excel, LibreOffice): a UTF-8 byte order mark so the
//! letters æ, ø and å read right, `;` between fields (the decimal comma takes `,`), CRLF line ends,
//! and RFC 4180 quoting. Text cells are guarded against formula injection.

/// One cell of a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Text, written as it is but for the formula guard (see [`write()`]).
    Text(String),
    /// A number already formatted by the caller, e.g. `"1234,56"` or `"-1234,5"`: written as given.
    Number(String),
    /// Nothing.
    Empty,
}

/// Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV injection").
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Characters that put a field in quotes (RFC 4180, with `;` between fields).
const NEEDS_QUOTES: [char; 4] = [';', '"', '\r', '\n'];

/// The table `rows` as CSV text: a byte order mark (U+FEFF), then each row's cells separated by
/// `;` and ended by CRLF (a row without cells is an empty line). A cell holding `;`, `"`, CR or LF
/// is put in quotes, its quotes doubled. A text cell that starts with `=`, `+`, `-`, `@`, a tab or
/// CR gets a leading `'`, so that no spreadsheet runs it as a formula; numbers are not guarded.
pub fn write(rows: &[Vec<Cell>]) -> String {
    let mut out = String::from('\u{feff}');
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push(';');
            }
            match cell {
                Cell::Text(t) if t.starts_with(FORMULA_STARTS) => field(&mut out, &format!("'{t}")),
                Cell::Text(t) | Cell::Number(t) => field(&mut out, t),
                Cell::Empty => {}
            }
        }
        out.push_str("\r\n");
    }
    out
}

/// Appends `text` as one field: as it is, or in quotes with its quotes doubled.
fn field(out: &mut String, text: &str) {
    if text.contains(NEEDS_QUOTES) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}
