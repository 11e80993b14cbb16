//! The dependency rule of `docs/architecture.md`, checked on the source so it stays true:
//! routes -> services -> domain; services -> the unit of work (`live`) -> the database; the live
//! core depends on no capability (they plug in through `live::plugins`); the domain is pure;
//! `support` is a leaf.
//!
//! The checker reads every file under `src/`, blanks out comments and string and character
//! literals, and collects every path into the crate: each leaf of a `use` tree (grouped and
//! nested `use crate::{a::{b, c}, d}` over any number of lines, `self`, `super::super::`
//! resolved against the file's own module) and every `crate::`/`super::` path written inline.
//! It knows nothing of this crate but the rules below, and its own tests feed it samples.

use std::{
    fs,
    path::{Path, PathBuf},
};

/// Which top-level modules a layer may not name, and why.
struct Rule {
    /// The layer: files under `src/<layer>/` (or `src/<layer>.rs`).
    layer: &'static str,
    /// `Forbid(modules)`: naming any of them is a violation; `Only(modules)`: naming any other
    /// top-level module of the crate is.
    modules: Modules,
    /// External paths the layer may not name (prefixes, e.g. `sea_orm::DatabaseConnection`).
    external: &'static [&'static str],
    why: &'static str,
}

enum Modules {
    Forbid(&'static [&'static str]),
    Only(&'static [&'static str]),
}

/// Database connections and transactions: what a pure domain never holds.
const CONNECTIONS: &[&str] = &[
    "sea_orm::DatabaseConnection",
    "sea_orm::DatabaseTransaction",
    "sea_orm::ConnectionTrait",
    "sea_orm::TransactionTrait",
];

const RULES: &[Rule] = &[
    Rule {
        layer: "live",
        modules: Modules::Forbid(&["services", "routes", "state", "startup"]),
        external: &[],
        why: "the live core depends on no capability: define a trait in `live::plugins` and \
              register the capability's implementation at start-up",
    },
    Rule {
        layer: "domain",
        modules: Modules::Forbid(&["services", "live", "routes", "state", "startup", "db"]),
        external: CONNECTIONS,
        why: "the domain is pure: no database, no HTTP, no live updates",
    },
    Rule {
        layer: "services",
        modules: Modules::Forbid(&["routes", "state", "startup"]),
        external: &[],
        why: "services are called by routes, never the other way round; take what you need \
              (a connection, the `Live` handle, a limiter) instead of the application state",
    },
    Rule {
        layer: "support",
        modules: Modules::Only(&["support", "error", "i18n"]),
        external: &[],
        why: "support is a leaf: every layer may use it, so it uses none of them",
    },
    Rule {
        layer: "i18n",
        modules: Modules::Only(&["i18n"]),
        external: &[],
        why: "people's language is a leaf: every layer words its messages with it (the domain \
              too), so it uses none of them",
    },
];

/// One forbidden reference.
#[derive(Debug, PartialEq, Eq)]
struct Violation {
    file: String,
    line: usize,
    path: String,
}

/// The module path of a file under `src/`: `live/session.rs` is `["live", "session"]`,
/// `live/mod.rs` is `["live"]`, `lib.rs` and `main.rs` are the crate root.
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if let Some(last) = parts.pop() {
        let stem = last.trim_end_matches(".rs");
        if !matches!(stem, "mod" | "lib" | "main") {
            parts.push(stem.to_owned());
        }
    }
    parts
}

/// The source with comments and string/char literals replaced by spaces (newlines kept, so
/// line numbers stay right). Lifetimes (`'a`) are left alone.
fn blank_non_code(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && starts_token(&chars, i) {
            // A raw string: r"..." or r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                match chars.get(j) {
                    None => break,
                    Some('"') if (1..=hashes).all(|k| chars.get(j + k) == Some(&'#')) => {
                        j += 1 + hashes;
                        break;
                    }
                    Some(_) => j += 1,
                }
            }
            for &skipped in &chars[i..j.min(chars.len())] {
                out.push(blank(skipped));
            }
            i = j;
        } else if c == '"' {
            out.push(' ');
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < chars.len() {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{..}'), or a lifetime ('a), which stays.
            let literal_end = if next == Some('\\') {
                (i + 3..chars.len()).find(|&k| chars[k] == '\'')
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match literal_end {
                Some(end) => {
                    for _ in i..=end {
                        out.push(' ');
                    }
                    i = end + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Whether `chars[i]` starts a token (or follows a lone `b`, as in `br"..."`).
fn starts_token(chars: &[char], i: usize) -> bool {
    let word = |k: usize| {
        chars
            .get(k)
            .is_some_and(|p| p.is_alphanumeric() || *p == '_')
    };
    match i.checked_sub(1) {
        None => true,
        Some(before) if chars[before] == 'b' => before == 0 || !word(before - 1),
        Some(before) => !word(before),
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    PathSep,
    Open,
    Close,
    Comma,
    Semi,
    Other,
}

/// Tokens with their line numbers; only what paths are made of is told apart.
fn tokens(code: &str) -> Vec<(Token, usize)> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let ident: String = chars[start..i].iter().collect();
            let ident = ident.strip_prefix("r#").map(str::to_owned).unwrap_or(ident);
            out.push((Token::Ident(ident), line));
        } else if c == ':' && chars.get(i + 1) == Some(&':') {
            out.push((Token::PathSep, line));
            i += 2;
        } else {
            out.push((
                match c {
                    '{' => Token::Open,
                    '}' => Token::Close,
                    ',' => Token::Comma,
                    ';' => Token::Semi,
                    _ => Token::Other,
                },
                line,
            ));
            i += 1;
        }
    }
    out
}

/// Expands the `use` tree starting at `tokens[*at]` into full paths (with the line each
/// leaf is on); stops after the tree, before `;` or the `,`/`}` that ends a nested tree.
fn use_tree(
    tokens: &[(Token, usize)],
    at: &mut usize,
    prefix: &[String],
) -> Vec<(Vec<String>, usize)> {
    let mut path = prefix.to_vec();
    let mut leaves = Vec::new();
    let mut line = tokens.get(*at).map_or(0, |t| t.1);
    while let Some((token, token_line)) = tokens.get(*at) {
        match token {
            Token::Ident(name) if name == "as" => {
                *at += 2; // `as alias`
                break;
            }
            Token::Ident(name) => {
                path.push(name.clone());
                line = *token_line;
                *at += 1;
            }
            Token::PathSep => *at += 1,
            Token::Open => {
                *at += 1;
                loop {
                    match tokens.get(*at).map(|t| &t.0) {
                        Some(Token::Close) => {
                            *at += 1;
                            break;
                        }
                        Some(Token::Comma) => *at += 1,
                        None => return leaves,
                        Some(_) => leaves.extend(use_tree(tokens, at, &path)),
                    }
                }
                return leaves;
            }
            _ => break,
        }
    }
    leaves.push((path, line));
    leaves
}

/// Every path the code names, resolved to start at the crate (`crate`, then modules) where it
/// is relative (`self`, `super`); external paths start with their crate's name.
fn paths(code: &str, module: &[String]) -> Vec<(Vec<String>, usize)> {
    let tokens = tokens(code);
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let (token, line) = &tokens[i];
        let is_use = *token == Token::Ident("use".into());
        let starts_path = matches!(token, Token::Ident(name) if matches!(name.as_str(), "crate" | "super" | "self"))
            && tokens.get(i + 1).map(|t| &t.0) == Some(&Token::PathSep)
            && !(i > 0 && tokens[i - 1].0 == Token::PathSep);
        if is_use {
            i += 1;
            found.extend(use_tree(&tokens, &mut i, &[]));
        } else if starts_path {
            let mut path = Vec::new();
            while let Some((Token::Ident(name), _)) = tokens.get(i) {
                path.push(name.clone());
                if tokens.get(i + 1).map(|t| &t.0) != Some(&Token::PathSep) {
                    break;
                }
                i += 2;
            }
            i += 1;
            found.push((path, *line));
        } else {
            i += 1;
        }
    }
    found
        .into_iter()
        .map(|(mut path, line)| {
            // `use crate::services::{self, ...}` names `crate::services`.
            if path.len() > 1 && path.last().is_some_and(|last| last == "self") {
                path.pop();
            }
            (resolve(&path, module), line)
        })
        .collect()
}

/// `super::x` from `live::session` is `crate::live::x`; `self::x` is `crate::live::session::x`.
fn resolve(path: &[String], module: &[String]) -> Vec<String> {
    let first = path.first().map(String::as_str);
    if !matches!(first, Some("super" | "self")) {
        return path.to_vec();
    }
    let mut base: Vec<String> = module.to_vec();
    let mut rest = path;
    while let Some(head) = rest.first() {
        match head.as_str() {
            "super" => {
                base.pop();
            }
            "self" => {}
            _ => break,
        }
        rest = &rest[1..];
    }
    std::iter::once("crate".to_owned())
        .chain(base)
        .chain(rest.iter().cloned())
        .collect()
}

/// The violations of `rule` in one file's source.
fn check(rule: &Rule, file: &str, module: &[String], source: &str) -> Vec<Violation> {
    let code = blank_non_code(source);
    paths(&code, module)
        .into_iter()
        .filter(|(path, _)| {
            let joined = path.join("::");
            if rule
                .external
                .iter()
                .any(|banned| joined == *banned || joined.starts_with(&format!("{banned}::")))
            {
                return true;
            }
            // (`$crate` in a macro is `$` then `crate`: the crate too.)
            let (Some("crate"), Some(top)) = (
                path.first().map(String::as_str),
                path.get(1).map(String::as_str),
            ) else {
                return false;
            };
            match rule.modules {
                Modules::Forbid(banned) => banned.contains(&top),
                Modules::Only(allowed) => !allowed.contains(&top),
            }
        })
        .map(|(path, line)| Violation {
            file: file.to_owned(),
            line,
            path: path.join("::"),
        })
        .collect()
}

fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
}

#[test]
fn arrows_run_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    assert!(
        files.len() > 50,
        "found only {} files in {src:?}",
        files.len()
    );
    let mut report = Vec::new();
    let mut checked = 0;
    for file in &files {
        let Ok(relative) = file.strip_prefix(&src) else {
            continue;
        };
        let module = module_of(relative);
        let Some(rule) = RULES
            .iter()
            .find(|rule| module.first().map(String::as_str) == Some(rule.layer))
        else {
            continue;
        };
        let source = fs::read_to_string(file).unwrap();
        checked += 1;
        for v in check(rule, &relative.display().to_string(), &module, &source) {
            report.push(format!(
                "src/{}:{} names `{}`: {}",
                v.file, v.line, v.path, rule.why
            ));
        }
    }
    for rule in RULES {
        assert!(
            files.iter().any(|f| f
                .strip_prefix(&src)
                .is_ok_and(|r| module_of(r).first().map(String::as_str) == Some(rule.layer))),
            "no files for the layer {}: is the rule out of date?",
            rule.layer
        );
    }
    assert!(checked > 40, "checked only {checked} files");
    assert!(
        report.is_empty(),
        "the dependency rule (docs/architecture.md) is broken:\n{}",
        report.join("\n")
    );
}

fn rule(layer: &str) -> &'static Rule {
    match RULES.iter().find(|r| r.layer == layer) {
        Some(rule) => rule,
        None => panic!("no rule for {layer}"),
    }
}

fn module(path: &str) -> Vec<String> {
    path.split("::").map(str::to_owned).collect()
}

fn violations(layer: &str, module_path: &str, source: &str) -> Vec<String> {
    check(rule(layer), "sample.rs", &module(module_path), source)
        .into_iter()
        .map(|v| format!("{}:{}", v.line, v.path))
        .collect()
}

#[test]
fn the_checker_finds_a_capability_in_a_multi_line_use_group() {
    let source = "use std::sync::Arc;\n\
                  use crate::{\n    domain::notification::Notice,\n    services::{\n        notifications,\n        dashboard::scope as s,\n    },\n};\n";
    assert_eq!(
        violations("live", "live", source),
        [
            "5:crate::services::notifications",
            "6:crate::services::dashboard::scope"
        ]
    );
}

#[test]
fn the_checker_resolves_super_and_reads_inline_paths() {
    let source = "use super::{event::Channel, super::state::AppState};\n\
                  use crate::routes::{self};\n\
                  fn f() { let x = crate::services::dashboard::scope(db).await; }\n\
                  fn g() { super::super::routes::ApiDoc::openapi(); }\n";
    assert_eq!(
        violations("live", "live::session", source),
        [
            "1:crate::state::AppState",
            "2:crate::routes",
            "3:crate::services::dashboard::scope",
            "4:crate::routes::ApiDoc::openapi",
        ]
    );
}

#[test]
fn the_checker_ignores_comments_strings_and_allowed_layers() {
    let source = "//! Calls `crate::services::notifications::store`.\n\
                  /* use crate::routes; /* nested */ crate::state */\n\
                  const A: &str = \"crate::services::x\";\n\
                  const B: &str = r#\"use crate::routes;\"#;\n\
                  const C: char = '\"';\n\
                  fn f<'a>(x: &'a str) -> &'a str { x }\n\
                  use crate::{auth::policy::NeighbourhoodAccess, error::AppError, live::Live};\n\
                  use entity::user;\n";
    assert_eq!(
        violations("live", "live::hub", source),
        Vec::<String>::new()
    );
    assert_eq!(
        violations("services", "services::tasks", source),
        Vec::<String>::new()
    );
}

#[test]
fn the_checker_keeps_the_domain_pure_and_support_a_leaf() {
    let domain = "use sea_orm::{ConnectionTrait, DeriveActiveEnum};\nuse crate::db;\n";
    assert_eq!(
        violations("domain", "domain::issue", domain),
        ["1:sea_orm::ConnectionTrait", "2:crate::db"]
    );
    let support = "use crate::{error::AppError, support::pagination::Page};\n\
                   use crate::domain::issue::IssueStatus;\n\
                   use super::super::live::Live;\n";
    assert_eq!(
        violations("support", "support::sql", support),
        ["2:crate::domain::issue::IssueStatus", "3:crate::live::Live"]
    );
    let services = "pub async fn f(state: &crate::state::AppState) {}\n";
    assert_eq!(
        violations("services", "services::accounts", services),
        ["1:crate::state::AppState"]
    );
}

#[test]
fn module_paths_follow_the_file_layout() {
    assert_eq!(module_of(Path::new("live/session.rs")), ["live", "session"]);
    assert_eq!(module_of(Path::new("live/mod.rs")), ["live"]);
    assert!(module_of(Path::new("lib.rs")).is_empty());
}
