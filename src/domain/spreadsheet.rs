//! Cells for spreadsheet exports (the hours ledger, issue exports).

/// Characters that make a spreadsheet read what follows as a formula (OWASP's list for CSV
/// injection); tab and carriage return because some programs drop them and read what follows.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];
/// Where a spreadsheet may start a new cell or row when it imports text: the CSV writer quotes
/// these, but a program set to another separator (`;` in much of Europe, tab) or one that
/// splits pasted text ignores the quotes.
const CELL_BREAKS: [char; 5] = [',', ';', '\t', '\r', '\n'];

/// A spreadsheet cell that cannot run as a formula however it is split: every piece that would
/// start a cell (the text itself, and whatever follows a separator or a line break, after any
/// spaces) and starts like a formula gets an apostrophe in front, which spreadsheets show as
/// text. `a;=HYPERLINK(…)` becomes `a;'=HYPERLINK(…)`.
pub fn spreadsheet_safe(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    let mut starts_cell = true;
    for c in text.chars() {
        if starts_cell && FORMULA_STARTS.contains(&c) {
            safe.push('\'');
        }
        safe.push(c);
        starts_cell = CELL_BREAKS.contains(&c) || (starts_cell && c == ' ');
    }
    safe
}

/// UTF-8's byte-order mark: spreadsheet software then reads the CSV as UTF-8.
pub const UTF8_BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_could_run_as_formulas_are_neutralised() {
        for (risky, safe) in [
            ("=1+1", "'=1+1"),
            ("+cmd", "'+cmd"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            (
                "Elm Street,=HYPERLINK(\"http://x\")",
                "Elm Street,'=HYPERLINK(\"http://x\")",
            ),
            (
                "Elm Street;=cmd|' /C calc'!A0",
                "Elm Street;'=cmd|' /C calc'!A0",
            ),
            ("a\t@SUM(A1)", "a\t'@SUM(A1)"),
            ("first line\n=1+1", "first line\n'=1+1"),
            ("first line\r\n+1", "first line\r\n'+1"),
            ("a,  =1", "a,  '=1"),
            ("a, b; c", "a, b; c"),
            ("x\t\t=1", "x\t'\t'=1"),
        ] {
            assert_eq!(spreadsheet_safe(risky), safe, "{risky:?}");
        }
        for harmless in ["Ana Lopez", "", "e-mail", "3 - 2 = 1", "a=b", "x@y.org"] {
            assert_eq!(spreadsheet_safe(harmless), harmless);
        }
    }
}
