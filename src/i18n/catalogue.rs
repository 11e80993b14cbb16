//! The compiled-in catalogues and the one function that formats a message from them.

use std::{collections::HashMap, sync::LazyLock};

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::{Arg, Locale};

/// Every catalogue file, per locale. `tests` checks that this lists every `.ftl` file on disk.
pub const CATALOGUES: &[(Locale, &str, &str)] = &[
    (
        Locale::En,
        "server.ftl",
        include_str!("locales/en/server.ftl"),
    ),
    (
        Locale::En,
        "errors.ftl",
        include_str!("locales/en/errors.ftl"),
    ),
    (
        Locale::En,
        "validation.ftl",
        include_str!("locales/en/validation.ftl"),
    ),
    (
        Locale::En,
        "notifications.ftl",
        include_str!("locales/en/notifications.ftl"),
    ),
    (
        Locale::En,
        "follows.ftl",
        include_str!("locales/en/follows.ftl"),
    ),
    (
        Locale::Pl,
        "server.ftl",
        include_str!("locales/pl/server.ftl"),
    ),
    (
        Locale::Pl,
        "errors.ftl",
        include_str!("locales/pl/errors.ftl"),
    ),
    (
        Locale::Pl,
        "validation.ftl",
        include_str!("locales/pl/validation.ftl"),
    ),
    (
        Locale::Pl,
        "notifications.ftl",
        include_str!("locales/pl/notifications.ftl"),
    ),
    (
        Locale::Pl,
        "follows.ftl",
        include_str!("locales/pl/follows.ftl"),
    ),
    (
        Locale::Ar,
        "server.ftl",
        include_str!("locales/ar/server.ftl"),
    ),
    (
        Locale::Ar,
        "errors.ftl",
        include_str!("locales/ar/errors.ftl"),
    ),
    (
        Locale::Ar,
        "validation.ftl",
        include_str!("locales/ar/validation.ftl"),
    ),
    (
        Locale::Ar,
        "notifications.ftl",
        include_str!("locales/ar/notifications.ftl"),
    ),
    (
        Locale::Ar,
        "follows.ftl",
        include_str!("locales/ar/follows.ftl"),
    ),
];

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<HashMap<Locale, Bundle>> = LazyLock::new(|| {
    Locale::ALL
        .into_iter()
        .map(|locale| (locale, bundle(locale)))
        .collect()
});

fn bundle(locale: Locale) -> Bundle {
    // Our tags are constants that parse (tested); "und" would only lose the plural rules.
    let tag: LanguageIdentifier = locale.as_str().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Isolation marks keep a Latin name inside Arabic text in its own direction; in left-to-right
    // text they are invisible clutter in e-mail subjects and problem details.
    bundle.set_use_isolating(locale.is_right_to_left());
    for (_, file, source) in CATALOGUES.iter().filter(|(l, _, _)| *l == locale) {
        let resource = FluentResource::try_new((*source).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{locale}/{file} does not parse: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("{locale}/{file} repeats a message: {errors:?}"));
    }
    bundle
}

fn format(bundle: &Bundle, id: &str, args: &FluentArgs) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    if !errors.is_empty() {
        tracing::warn!(message = id, ?errors, "a message was formatted with errors");
    }
    Some(text.into_owned())
}

/// Message `id` in `locale` with `args` filled in; English when the locale lacks it (a test keeps
/// that from happening), and the id itself when English lacks it too (never an empty answer).
pub fn render(locale: Locale, id: &str, args: &[(&'static str, Arg)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(text.as_str()),
            Arg::Number(number) => FluentValue::from(*number),
        };
        fluent_args.set(*name, value);
    }
    format(&BUNDLES[&locale], id, &fluent_args)
        .or_else(|| {
            tracing::warn!(message = id, %locale, "message missing from the catalogue");
            format(&BUNDLES[&Locale::En], id, &fluent_args)
        })
        .unwrap_or_else(|| id.to_owned())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use fluent_bundle::FluentResource;
    use fluent_syntax::ast;

    use super::*;

    /// Each message's id with the variables it uses, from one locale's files.
    fn messages(locale: Locale) -> std::collections::BTreeMap<String, BTreeSet<String>> {
        let mut out = std::collections::BTreeMap::new();
        for (_, _, source) in CATALOGUES.iter().filter(|(l, _, _)| *l == locale) {
            let resource = FluentResource::try_new((*source).to_owned()).unwrap();
            for entry in resource.entries() {
                if let ast::Entry::Message(message) = entry {
                    let mut variables = BTreeSet::new();
                    if let Some(pattern) = &message.value {
                        collect_variables(pattern, &mut variables);
                    }
                    out.insert(message.id.name.to_owned(), variables);
                }
            }
        }
        out
    }

    fn collect_variables(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                collect_from_expression(expression, into);
            }
        }
    }

    fn collect_from_expression(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Inline(inline) => collect_from_inline(inline, into),
            ast::Expression::Select { selector, variants } => {
                collect_from_inline(selector, into);
                for variant in variants {
                    collect_variables(&variant.value, into);
                }
            }
        }
    }

    fn collect_from_inline(inline: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                into.insert(id.name.to_owned());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    collect_from_inline(argument, into);
                }
            }
            ast::InlineExpression::Placeable { expression } => {
                collect_from_expression(expression, into)
            }
            _ => {}
        }
    }

    #[test]
    fn every_locale_has_exactly_the_english_messages_with_the_same_variables() {
        let english = messages(Locale::En);
        assert!(!english.is_empty());
        for locale in [Locale::Pl, Locale::Ar] {
            let translated = messages(locale);
            let missing: Vec<_> = english
                .keys()
                .filter(|id| !translated.contains_key(*id))
                .collect();
            assert!(missing.is_empty(), "{locale} lacks {missing:?}");
            let extra: Vec<_> = translated
                .keys()
                .filter(|id| !english.contains_key(*id))
                .collect();
            assert!(
                extra.is_empty(),
                "{locale} has messages English lacks: {extra:?}"
            );
            for (id, variables) in &english {
                // A translation may leave a variable out only where English does too; one it
                // invents would render as an error.
                let unknown: Vec<_> = translated[id].difference(variables).collect();
                assert!(
                    unknown.is_empty(),
                    "{locale}/{id} uses unknown variables {unknown:?}"
                );
            }
        }
    }

    #[test]
    fn every_catalogue_file_on_disk_is_compiled_in() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/locales");
        for locale in Locale::ALL {
            let mut on_disk: Vec<String> = std::fs::read_dir(root.join(locale.as_str()))
                .unwrap()
                .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".ftl"))
                .collect();
            on_disk.sort();
            let mut listed: Vec<String> = CATALOGUES
                .iter()
                .filter(|(l, _, _)| *l == locale)
                .map(|(_, file, _)| (*file).to_owned())
                .collect();
            listed.sort();
            assert_eq!(on_disk, listed, "{locale}: CATALOGUES must list every file");
        }
    }

    #[test]
    fn every_bundle_loads_and_formats_plurals_by_its_own_rules() {
        for locale in Locale::ALL {
            assert!(!render(locale, "problem-not-found-title", &[]).is_empty());
        }
        let polish = |n: f64| {
            render(
                Locale::Pl,
                "problem-too-many-requests-detail",
                &[("seconds", Arg::Number(n))],
            )
        };
        assert!(polish(1.0).ends_with("za 1 sekundę."), "{}", polish(1.0));
        assert!(polish(3.0).ends_with("za 3 sekundy."), "{}", polish(3.0));
        assert!(polish(5.0).ends_with("za 5 sekund."), "{}", polish(5.0));
        assert!(polish(22.0).ends_with("za 22 sekundy."), "{}", polish(22.0));
    }

    #[test]
    fn every_tag_is_a_language_identifier() {
        for locale in Locale::ALL {
            let tag: LanguageIdentifier = locale.as_str().parse().unwrap();
            assert_eq!(tag.language.as_str(), locale.as_str());
        }
    }

    #[test]
    fn an_unknown_message_renders_as_its_id_not_as_nothing() {
        assert_eq!(
            render(Locale::Pl, "no-such-message", &[]),
            "no-such-message"
        );
    }
}
