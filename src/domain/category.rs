//! A category's extra questions (Open311 "attributes") and the rules for answering them.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Datatype {
    String,
    Number,
    Datetime,
    Text,
    Singlevaluelist,
    Multivaluelist,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttributeValue {
    pub key: String,
    pub name: String,
}

/// One extra question asked with a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Attribute {
    /// Unique within the category.
    pub code: String,
    pub datatype: Datatype,
    #[serde(default)]
    pub required: bool,
    /// The question as shown to the reporter.
    pub description: String,
    #[serde(default)]
    pub datatype_description: Option<String>,
    #[serde(default)]
    pub order: i32,
    /// The choices, for the list datatypes.
    #[serde(default)]
    pub values: Vec<AttributeValue>,
}

pub const MAX_ATTRIBUTES: usize = 20;
pub const MAX_ANSWER_CHARS: usize = 1_000;
/// Category codes (Open311 `service_code`) and question codes.
pub const MAX_CODE_CHARS: usize = 40;
pub const MIN_NAME_CHARS: usize = 2;
pub const MAX_NAME_CHARS: usize = 80;
pub const MAX_DESCRIPTION_CHARS: usize = 1_000;
pub const MAX_GROUP_CHARS: usize = 80;
pub const MAX_KEYWORDS: usize = 20;
pub const MAX_KEYWORD_CHARS: usize = 40;
pub const MIN_TARGET_DAYS: i64 = 1;
pub const MAX_TARGET_DAYS: i64 = 365;
/// A question's text and its explanation of the expected answer.
pub const MAX_QUESTION_CHARS: usize = 500;
/// Choices of a list question, and the length of each choice's key and name.
pub const MAX_ATTRIBUTE_VALUES: usize = 50;
pub const MAX_VALUE_CHARS: usize = 80;

/// Checks a category's questions; the messages name the question at fault.
pub fn validate_attributes(attributes: &[Attribute]) -> Result<(), String> {
    if attributes.len() > MAX_ATTRIBUTES {
        return Err(format!("at most {MAX_ATTRIBUTES} questions"));
    }
    let mut codes = HashSet::new();
    for a in attributes {
        let code_ok = (1..=MAX_CODE_CHARS).contains(&a.code.len())
            && a.code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if !code_ok {
            return Err(format!(
                "question code {:?} must be 1 to {MAX_CODE_CHARS} letters, digits, _ or -",
                a.code
            ));
        }
        if !codes.insert(a.code.as_str()) {
            return Err(format!("question code {:?} is used twice", a.code));
        }
        if a.description.trim().is_empty() || a.description.chars().count() > MAX_QUESTION_CHARS {
            return Err(format!(
                "question {:?} needs a description of 1 to {MAX_QUESTION_CHARS} characters",
                a.code
            ));
        }
        if a.datatype_description
            .as_ref()
            .is_some_and(|d| d.chars().count() > MAX_QUESTION_CHARS)
        {
            return Err(format!(
                "question {:?} has a datatype_description over {MAX_QUESTION_CHARS} characters",
                a.code
            ));
        }
        if a.values.len() > MAX_ATTRIBUTE_VALUES
            || a.values.iter().any(|v| {
                v.key.chars().count() > MAX_VALUE_CHARS
                    || v.name.is_empty()
                    || v.name.chars().count() > MAX_VALUE_CHARS
            })
        {
            return Err(format!(
                "question {:?} may have at most {MAX_ATTRIBUTE_VALUES} values, each with a key \
                 and a name of 1 to {MAX_VALUE_CHARS} characters",
                a.code
            ));
        }
        let is_list = matches!(
            a.datatype,
            Datatype::Singlevaluelist | Datatype::Multivaluelist
        );
        if is_list && a.values.is_empty() {
            return Err(format!("question {:?} is a list and needs values", a.code));
        }
        if !is_list && !a.values.is_empty() {
            return Err(format!(
                "question {:?} is not a list and cannot have values",
                a.code
            ));
        }
        let mut keys = HashSet::new();
        if a.values
            .iter()
            .any(|v| v.key.is_empty() || !keys.insert(v.key.as_str()))
        {
            return Err(format!(
                "question {:?} has empty or repeated value keys",
                a.code
            ));
        }
    }
    Ok(())
}

/// Checks a report's answers against the questions, the same for the web form and Open311: every
/// required question answered, nothing unknown, each answer of the right kind. Returns the answers
/// to store, or the field the first problem belongs to (`answers.{code}`, or `answers` for a
/// question the category does not ask) with what is wrong, in words.
pub fn validate_answers(
    attributes: &[Attribute],
    answers: &serde_json::Map<String, Value>,
) -> Result<Value, (String, String)> {
    if let Some(unknown) = answers
        .keys()
        .find(|k| !attributes.iter().any(|a| &a.code == *k))
    {
        return Err((
            "answers".into(),
            format!("{unknown:?} is not a question of this category"),
        ));
    }
    let mut stored = serde_json::Map::new();
    for a in attributes {
        let field = || format!("answers.{}", a.code);
        let answer = answers.get(&a.code).filter(|v| !is_blank(v));
        let Some(answer) = answer else {
            if a.required {
                return Err((field(), "is required".into()));
            }
            continue;
        };
        let has_key = |key: &str| a.values.iter().any(|v| v.key == key);
        let problem = match a.datatype {
            Datatype::String | Datatype::Text => answer
                .as_str()
                .is_none_or(|s| s.chars().count() > MAX_ANSWER_CHARS)
                .then(|| format!("must be text of at most {MAX_ANSWER_CHARS} characters")),
            Datatype::Number => (!answer.as_f64().is_some_and(f64::is_finite))
                .then(|| "must be a number".to_owned()),
            Datatype::Datetime => answer
                .as_str()
                .is_none_or(|s| chrono::DateTime::parse_from_rfc3339(s).is_err())
                .then(|| "must be a date and time".to_owned()),
            Datatype::Singlevaluelist => (!answer.as_str().is_some_and(has_key))
                .then(|| "must be one of the choices".to_owned()),
            Datatype::Multivaluelist => (!answer
                .as_array()
                .is_some_and(|items| items.iter().all(|i| i.as_str().is_some_and(has_key))))
            .then(|| "must be some of the choices".to_owned()),
        };
        if let Some(problem) = problem {
            return Err((field(), problem));
        }
        stored.insert(a.code.clone(), answer.clone());
    }
    Ok(Value::Object(stored))
}

/// Left unanswered: null, an empty or blank string, or no choice from a list.
fn is_blank(answer: &Value) -> bool {
    match answer {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(items) => items.is_empty(),
        _ => false,
    }
}

/// One answer as a person reads it on the page: the question, and the answer in words
/// (a list's choices by their names, not their keys).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct AnswerView {
    pub question: String,
    pub datatype: Datatype,
    /// The names of the choices, joined with ", " for several; a date and time as RFC 3339 (the
    /// reader's app shows it in their time zone); text and numbers as given.
    pub answer: String,
}

/// The stored answers in the order the questions are asked; questions removed since are left out.
pub fn describe_answers(attributes: &[Attribute], stored: &Value) -> Vec<AnswerView> {
    let mut asked: Vec<&Attribute> = attributes.iter().collect();
    asked.sort_by_key(|a| a.order);
    asked
        .into_iter()
        .filter_map(|a| {
            let given = stored.get(&a.code).filter(|v| !is_blank(v))?;
            let name = |key: &str| {
                a.values
                    .iter()
                    .find(|v| v.key == key)
                    .map_or_else(|| key.to_owned(), |v| v.name.clone())
            };
            let answer = match given {
                Value::String(s) if a.datatype == Datatype::Singlevaluelist => name(s),
                Value::String(s) => s.clone(),
                Value::Array(items) => items
                    .iter()
                    .filter_map(Value::as_str)
                    .map(name)
                    .collect::<Vec<_>>()
                    .join(", "),
                other => other.to_string(),
            };
            Some(AnswerView {
                question: a.description.clone(),
                datatype: a.datatype,
                answer,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn questions() -> Vec<Attribute> {
        serde_json::from_value(json!([
            {"code": "depth", "datatype": "number", "required": true, "description": "How deep, in cm?"},
            {"code": "lane", "datatype": "singlevaluelist", "description": "Where?", "values": [{"key": "road", "name": "Road"}, {"key": "cycle", "name": "Cycle lane"}]},
            {"code": "seen", "datatype": "datetime", "description": "When did you first see it?"},
            {"code": "hazards", "datatype": "multivaluelist", "description": "Hazards", "values": [{"key": "water", "name": "Water"}, {"key": "glass", "name": "Glass"}]}
        ]))
        .unwrap()
    }

    fn answers(value: Value) -> serde_json::Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn well_formed_answers_pass() {
        let ok = answers(
            json!({"depth": 12.5, "lane": "cycle", "seen": "2026-11-28T09:00:00Z", "hazards": ["water"]}),
        );
        assert!(validate_answers(&questions(), &ok).is_ok());
        assert!(
            validate_answers(&questions(), &answers(json!({"depth": 3}))).is_ok(),
            "optional ones may be left out"
        );
    }

    #[test]
    fn bad_answers_name_the_question() {
        let cases = [
            (json!({}), "depth"),
            (json!({"depth": "deep"}), "depth"),
            (json!({"depth": 1, "lane": "pavement"}), "lane"),
            (json!({"depth": 1, "seen": "yesterday"}), "seen"),
            (json!({"depth": 1, "hazards": ["fire"]}), "hazards"),
            (json!({"depth": 1, "colour": "red"}), "colour"),
        ];
        for (given, question) in cases {
            let (field, message) =
                validate_answers(&questions(), &answers(given.clone())).unwrap_err();
            assert!(
                field.contains(question) || message.contains(question),
                "{given}: {field} {message}"
            );
        }
        // A blank answer to a required question is no answer.
        let blank = validate_answers(&questions(), &answers(json!({"depth": " "})));
        assert_eq!(blank, Err(("answers.depth".into(), "is required".into())));
    }

    #[test]
    fn answers_read_as_words_in_the_order_asked() {
        let stored = json!({"hazards": ["water", "glass"], "lane": "cycle", "depth": 12.5});
        let read: Vec<(String, String)> = describe_answers(&questions(), &stored)
            .into_iter()
            .map(|a| (a.question, a.answer))
            .collect();
        assert_eq!(
            read,
            [
                ("How deep, in cm?".to_owned(), "12.5".to_owned()),
                ("Where?".to_owned(), "Cycle lane".to_owned()),
                ("Hazards".to_owned(), "Water, Glass".to_owned()),
            ]
        );
    }

    #[test]
    fn question_definitions_are_checked() {
        assert!(validate_attributes(&questions()).is_ok());
        let mut twice = questions();
        twice.push(twice[0].clone());
        assert!(validate_attributes(&twice).unwrap_err().contains("twice"));
        let mut list_without_values = questions();
        list_without_values[1].values.clear();
        assert!(validate_attributes(&list_without_values).is_err());
        let mut number_with_values = questions();
        number_with_values[0].values = number_with_values[1].values.clone();
        assert!(validate_attributes(&number_with_values).is_err());
    }
}
