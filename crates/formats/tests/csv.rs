//! CSV for Danish spreadsheets (`formats::csv`): byte order mark, `;`, CRLF, RFC 4180 quoting and
//! the formula guard on text.
#![cfg(not(target_arch = "wasm32"))]

use formats::csv::{write, Cell};
use proptest::prelude::*;

fn text(t: &str) -> Cell {
    Cell::Text(t.to_string())
}

fn number(n: &str) -> Cell {
    Cell::Number(n.to_string())
}

/// The output without its byte order mark.
fn body(rows: &[Vec<Cell>]) -> String {
    let out = write(rows);
    out.strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("no byte order mark: {out:?}"))
        .to_string()
}

#[test]
fn starts_with_a_byte_order_mark_and_separates_with_semicolons() {
    let out = write(&[
        vec![text("Gruppe"), text("Personer"), text("Løn")],
        vec![text("Lager"), number("3"), number("1234,56")],
    ]);
    assert!(out.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
    assert_eq!(out, "\u{feff}Gruppe;Personer;Løn\r\nLager;3;1234,56\r\n");
}

#[test]
fn nothing_but_the_mark_for_no_rows() {
    assert_eq!(write(&[]), "\u{feff}");
}

#[test]
fn empty_cells_and_rows() {
    assert_eq!(
        body(&[
            vec![Cell::Empty, text("a"), Cell::Empty],
            vec![],
            vec![text("b")],
        ]),
        ";a;\r\n\r\nb\r\n"
    );
    // A row of one empty cell is an empty line, as a row of none.
    assert_eq!(body(&[vec![Cell::Empty]]), "\r\n");
}

#[test]
fn separators_quotes_and_line_breaks_in_names_are_quoted() {
    assert_eq!(
        body(&[vec![
            text("Lager; nat"),
            text("Holdet \"A\""),
            text("to\nlinjer"),
            text("cr\rlf\r\n"),
            text("komma, ok"),
        ]]),
        "\"Lager; nat\";\"Holdet \"\"A\"\"\";\"to\nlinjer\";\"cr\rlf\r\n\";komma, ok\r\n"
    );
    // Danish letters and emoji pass through unchanged.
    assert_eq!(body(&[vec![text("Æblegården 😀")]]), "Æblegården 😀\r\n");
}

#[test]
fn text_that_a_spreadsheet_would_run_as_a_formula_is_guarded() {
    for (input, written) in [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+45 12 34", "'+45 12 34"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\tfane", "'\tfane"),
        ("\rretur", "\"'\rretur\""),
        ("=1;2", "\"'=1;2\""),
        ("=\"x\"", "\"'=\"\"x\"\"\""),
    ] {
        assert_eq!(
            body(&[vec![text(input)]]),
            format!("{written}\r\n"),
            "{input:?}"
        );
    }
    // Only at the start.
    assert_eq!(body(&[vec![text("a=b-c+d@e")]]), "a=b-c+d@e\r\n");
}

#[test]
fn numbers_are_written_as_given() {
    assert_eq!(
        body(&[vec![
            number("-1234,5"),
            number("+3"),
            number("1.234.567,89"),
            number("=1"),
            number("12 %"),
        ]]),
        "-1234,5;+3;1.234.567,89;=1;12 %\r\n"
    );
}

/// Reads back what `write` wrote with the `csv` crate, set up as a Danish spreadsheet reads it
/// (`;` between fields, RFC 4180 quotes), for the property below. Like every reader, it skips
/// empty lines, so a row of one empty cell reads as no row.
fn parse(text: &str) -> Vec<Vec<String>> {
    let body = text.strip_prefix('\u{feff}').expect("a byte order mark");
    csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| {
            r.expect("reads as CSV")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 5_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_table_reads_back_cell_for_cell(
        table in prop::collection::vec(
            prop::collection::vec(
                prop_oneof![
                    "[a-zæøå;\"\r\n\t=+@ ,-]{0,12}".prop_map(Cell::Text),
                    "-?[0-9]{1,7}(,[0-9]{1,2})?".prop_map(Cell::Number),
                    Just(Cell::Empty),
                ],
                1..6,
            ),
            0..6,
        )
    ) {
        let expected: Vec<Vec<String>> = table
            .iter()
            .map(|row| {
                row.iter()
                    .map(|c| match c {
                        Cell::Text(t) if t.starts_with(['=', '+', '-', '@', '\t', '\r']) => {
                            format!("'{t}")
                        }
                        Cell::Text(t) | Cell::Number(t) => t.clone(),
                        Cell::Empty => String::new(),
                    })
                    .collect::<Vec<String>>()
            })
            .filter(|row| !(row.len() == 1 && row[0].is_empty()))
            .collect();
        prop_assert_eq!(parse(&write(&table)), expected);
    }
}
