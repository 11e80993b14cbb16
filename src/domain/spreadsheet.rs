//! Cells for spreadsheet exports (the hours ledger, issue exports).

/// A spreadsheet cell that cannot run as a formula: text starting with `=`, `+`, `-`, `@`, tab
/// or carriage return gets a leading apostrophe (OWASP's advice for CSV injection).
pub fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// UTF-8's byte-order mark: spreadsheet software then reads the CSV as UTF-8.
pub const UTF8_BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_could_run_as_formulas_are_neutralised() {
        for risky in ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(spreadsheet_safe(risky), format!("'{risky}"));
        }
        assert_eq!(spreadsheet_safe("Ana Lopez"), "Ana Lopez");
        assert_eq!(spreadsheet_safe(""), "");
    }
}
