//! CSV for spreadsheets set up for Danish (Excel, LibreOffice): a UTF-8 byte order mark so the
//! letters æ, ø and å read right, `;` between fields (the decimal comma takes `,`), CRLF line ends,
//! and RFC 4180 quoting (by `csv-core`). Text cells are guarded against formula injection.

use csv_core::{Terminator, WriterBuilder};

/// One cell of a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Text, written as it is but for the formula guard (see [`write`]).
    Text(String),
    /// A number already formatted by the caller, e.g. `"1234,56"` or `"-1234,5"`: written as given.
    Number(String),
    /// Nothing.
    Empty,
}

/// Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV injection").
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The table `rows` as CSV text: a byte order mark (U+FEFF), then each row's cells separated by
/// `;` and ended by CRLF (a row without cells is an empty line). A cell holding `;`, `"`, CR or LF
/// is put in quotes, its quotes doubled. A text cell that starts with `=`, `+`, `-`, `@`, a tab or
/// CR gets a leading `'`, so that no spreadsheet runs it as a formula; numbers are not guarded.
pub fn write(rows: &[Vec<Cell>]) -> String {
    let mut writer = WriterBuilder::new()
        .delimiter(b';')
        .terminator(Terminator::CRLF)
        .build();
    let mut out = String::from('\u{feff}').into_bytes();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                emit(&mut out, 2, |buf| writer.delimiter(buf).1);
            }
            let guarded;
            let text = match cell {
                Cell::Text(t) if t.starts_with(FORMULA_STARTS) => {
                    guarded = format!("'{t}");
                    guarded.as_str()
                }
                Cell::Text(t) | Cell::Number(t) => t.as_str(),
                Cell::Empty => "",
            };
            // A field takes at most two quotes and each byte twice (a field of quotes).
            let room = text.len().saturating_mul(2).saturating_add(2);
            emit(&mut out, room, |buf| writer.field(text.as_bytes(), buf).2);
        }
        if row.is_empty() {
            out.extend_from_slice(b"\r\n");
        } else {
            // At most a closing quote and CRLF (or `""` for a record of one empty field).
            emit(&mut out, 4, |buf| writer.terminator(buf).1);
        }
    }
    // csv-core copies the cells' bytes and adds ASCII only: the text stays UTF-8.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Lets `step` write into `room` bytes (enough for it: csv-core then never reports a full
/// buffer) and appends the bytes it says it wrote.
fn emit(out: &mut Vec<u8>, room: usize, step: impl FnOnce(&mut [u8]) -> usize) {
    let mut buf = vec![0; room];
    let written = step(&mut buf);
    out.extend_from_slice(buf.get(..written).unwrap_or_default());
}
