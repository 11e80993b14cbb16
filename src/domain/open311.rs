//! The Open311 GeoReport v2 wire format: the two encodings, parameters as the specification
//! reads them, and how our issues map onto its service requests.
//!
//! Both encodings are rendered from one `serde_json::Value`, so the JSON and the XML answer can
//! never say different things: JSON as is; XML by naming each element after its key and each
//! list item after the list (`services` holds `service`s, `attributes` holds `attribute`s).

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use quick_xml::{
    events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event},
    Writer,
};
use serde_json::Value;

use super::{
    category::{Attribute, Datatype},
    issue::IssueStatus,
};
use crate::domain::issue::IssueStatusRules;

/// The path's extension chooses the wire format (`services.json`, `services.xml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, utoipa::ToSchema)]
#[schema(as = Open311Format, rename_all = "lowercase")]
pub enum Format {
    Json,
    Xml,
}

impl Format {
    /// From the path's extension (`services.json`, `services.xml`).
    pub fn from_extension(extension: &str) -> Option<Self> {
        match extension {
            "json" => Some(Format::Json),
            "xml" => Some(Format::Xml),
            _ => None,
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Json => "application/json; charset=utf-8",
            Format::Xml => "text/xml; charset=utf-8",
        }
    }

    /// The document: `root` names the XML root element (JSON has none).
    pub fn render(self, root: &str, value: &Value) -> Vec<u8> {
        match self {
            // Serialising a `Value` cannot fail.
            Format::Json => serde_json::to_vec(value).unwrap_or_default(),
            Format::Xml => to_xml(root, value),
        }
    }
}

/// What each list's items are called in XML, as the specification's examples name them.
fn item_name(list: &str) -> &str {
    match list {
        "services" => "service",
        "service_requests" => "request",
        "errors" => "error",
        "attributes" => "attribute",
        "values" => "value",
        "endpoints" => "endpoint",
        "formats" => "format",
        _ => "item",
    }
}

fn to_xml(root: &str, value: &Value) -> Vec<u8> {
    let mut writer = Writer::new(Vec::new());
    // Writing into a Vec cannot fail, so the results below are safe to ignore.
    let _ = writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)));
    write_element(&mut writer, root, value);
    writer.into_inner()
}

fn write_element(writer: &mut Writer<Vec<u8>>, name: &str, value: &Value) {
    let text = match value {
        Value::Null => {
            let _ = writer.write_event(Event::Empty(BytesStart::new(name)));
            return;
        }
        Value::Array(items) => {
            let _ = writer.write_event(Event::Start(BytesStart::new(name)));
            for item in items {
                write_element(writer, item_name(name), item);
            }
            let _ = writer.write_event(Event::End(BytesEnd::new(name)));
            return;
        }
        Value::Object(fields) => {
            let _ = writer.write_event(Event::Start(BytesStart::new(name)));
            for (key, field) in fields {
                write_element(writer, key, field);
            }
            let _ = writer.write_event(Event::End(BytesEnd::new(name)));
            return;
        }
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
    };
    let _ = writer.write_event(Event::Start(BytesStart::new(name)));
    let _ = writer.write_event(Event::Text(BytesText::new(&xml_text(&text))));
    let _ = writer.write_event(Event::End(BytesEnd::new(name)));
}

/// Text XML 1.0 can carry: characters it forbids (controls other than tab and line breaks,
/// U+FFFE, U+FFFF) are left out, and escaping is quick-xml's. The text policy keeps them out of
/// new data, but data stored before it existed must not break the feed for every client.
fn xml_text(text: &str) -> std::borrow::Cow<'_, str> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r')
            || ('\u{20}'..='\u{D7FF}').contains(&c)
            || ('\u{E000}'..='\u{FFFD}').contains(&c)
            || c >= '\u{10000}'
    };
    if text.chars().all(allowed) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.chars().filter(|c| allowed(*c)).collect())
    }
}

/// The specification's error list: `[{"code": 400, "description": "..."}]`.
pub fn errors(code: u16, descriptions: &[String]) -> Value {
    Value::Array(
        descriptions
            .iter()
            .map(|d| serde_json::json!({ "code": code, "description": d }))
            .collect(),
    )
}

/// Query or form parameters as Open311 reads them: a parameter given empty is the same as one
/// not given, and the first non-empty value wins.
#[derive(Debug, Default)]
pub struct Params(Vec<(String, String)>);

impl Params {
    pub fn parse(encoded: &str) -> Result<Self, String> {
        serde_urlencoded::from_str::<Vec<(String, String)>>(encoded)
            .map(Params)
            .map_err(|_| "the parameters are not valid URL encoding".to_owned())
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.trim())
            .find(|value| !value.is_empty())
    }

    /// A comma-separated list (`service_code=a,b`), empty items dropped.
    pub fn list(&self, name: &str) -> Option<Vec<&str>> {
        self.get(name).map(|v| {
            v.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect()
        })
    }

    /// `attribute[CODE]=v`, and `attribute[CODE][]=v` repeated for multi-value lists.
    pub fn attributes(&self) -> BTreeMap<&str, Vec<&str>> {
        let mut found: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (key, value) in &self.0 {
            let value = value.trim();
            let code = key
                .strip_prefix("attribute[")
                .and_then(|rest| rest.strip_suffix("[]").or(Some(rest)))
                .and_then(|rest| rest.strip_suffix(']'));
            if let Some(code) = code.filter(|c| !c.is_empty()) {
                let values = found.entry(code).or_default();
                if !value.is_empty() {
                    values.push(value);
                }
            }
        }
        found.retain(|_, values| !values.is_empty());
        found
    }
}

/// Turns `attribute[...]` strings into the typed answers our categories check.
pub fn answers_from(
    attributes: &[Attribute],
    given: &BTreeMap<&str, Vec<&str>>,
) -> Result<serde_json::Map<String, Value>, String> {
    let mut answers = serde_json::Map::new();
    for (code, values) in given {
        let Some(attribute) = attributes.iter().find(|a| a.code == *code) else {
            return Err(format!(
                "attribute[{code}] is not a question of this service"
            ));
        };
        let answer = match attribute.datatype {
            Datatype::Multivaluelist => {
                Value::Array(values.iter().map(|v| Value::from(*v)).collect())
            }
            Datatype::Number => {
                let number = values[0]
                    .parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
                    .ok_or_else(|| format!("attribute[{code}] must be a number"))?;
                Value::Number(number)
            }
            _ => Value::from(values[0]),
        };
        answers.insert((*code).to_owned(), answer);
    }
    Ok(answers)
}

/// A service definition's attribute, in the specification's shape.
pub fn attribute_definition(a: &Attribute) -> Value {
    let datatype = serde_json::to_value(a.datatype).unwrap_or(Value::Null);
    serde_json::json!({
        "variable": true,
        "code": a.code,
        "datatype": datatype,
        "required": a.required,
        "datatype_description": a.datatype_description.clone().unwrap_or_default(),
        "order": a.order,
        "description": a.description,
        "values": a.values.iter().map(|v| serde_json::json!({"key": v.key, "name": v.name})).collect::<Vec<_>>(),
    })
}

/// Open311 knows two states: an issue is `open` while someone may still act on it.
pub fn status_of(status: IssueStatus) -> &'static str {
    if status.is_active() {
        "open"
    } else {
        "closed"
    }
}

/// The statuses a `status=open,closed` filter stands for.
pub fn statuses_for(open311: &str) -> Option<&'static [IssueStatus]> {
    match open311 {
        "open" => Some(&[
            IssueStatus::Open,
            IssueStatus::Acknowledged,
            IssueStatus::InProgress,
        ]),
        "closed" => Some(&[
            IssueStatus::Resolved,
            IssueStatus::Declined,
            IssueStatus::Duplicate,
        ]),
        _ => None,
    }
}

/// W3C datetimes with a timezone (`2026-11-29T07:00:00Z`, `...+01:00`), or a bare date (UTC).
pub fn parse_datetime(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|d| d.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|d| d.and_utc())
        })
}

pub fn format_datetime(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// Longest span a request search may cover, and its default (the latest 90 days).
pub const MAX_SEARCH_DAYS: i64 = 90;
/// Most requests one search returns.
pub const MAX_SEARCH_RESULTS: u64 = 1_000;

/// The `requested_datetime` window of a search, from its optional ends.
pub fn search_window(
    start: Option<DateTime<Utc>>,
    end: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(DateTime<Utc>, DateTime<Utc>), String> {
    let span = chrono::Duration::days(MAX_SEARCH_DAYS);
    let (start, end) = match (start, end) {
        (Some(start), Some(end)) => (start, end),
        (Some(start), None) => (start, start + span),
        (None, Some(end)) => (end - span, end),
        (None, None) => (now - span, now),
    };
    if end < start {
        return Err("end_date is before start_date".into());
    }
    if end - start > span {
        return Err(format!(
            "start_date and end_date may not span more than {MAX_SEARCH_DAYS} days"
        ));
    }
    Ok((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn xml_leaves_out_characters_xml_cannot_carry() {
        let doc = json!([{"description": "bell\u{7} esc\u{1b} nul\u{0} c1\u{85} \u{FFFE}end\n\u{1F6B2}"}]);
        let xml = String::from_utf8(Format::Xml.render("service_requests", &doc)).unwrap();
        let parsed = roxmltree::Document::parse(&xml).unwrap();
        let description = parsed
            .descendants()
            .find(|n| n.has_tag_name("description"))
            .and_then(|n| n.text())
            .unwrap();
        assert_eq!(description, "bell esc nul c1\u{85} end\n\u{1F6B2}");
    }

    #[test]
    fn xml_names_items_after_their_list_and_escapes_text() {
        let doc = json!([{"service_code": "pothole", "keywords": "road, <hole> & \"dip\"", "metadata": true, "group": null}]);
        let xml = String::from_utf8(Format::Xml.render("services", &doc)).unwrap();
        assert_eq!(
            xml,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><services><service>\
             <service_code>pothole</service_code>\
             <keywords>road, &lt;hole&gt; &amp; &quot;dip&quot;</keywords>\
             <metadata>true</metadata><group/></service></services>"
        );
    }

    #[test]
    fn xml_nests_lists_inside_objects() {
        let doc = json!({"service_code": "x", "attributes": [{"code": "a", "values": [{"key": "1", "name": "One"}]}]});
        let xml = String::from_utf8(Format::Xml.render("service_definition", &doc)).unwrap();
        assert!(xml.contains(
            "<attributes><attribute><code>a</code><values><value><key>1</key><name>One</name></value></values></attribute></attributes>"
        ));
    }

    #[test]
    fn json_is_the_value_itself() {
        let doc = errors(403, &["api_key is invalid".into()]);
        assert_eq!(
            String::from_utf8(Format::Json.render("errors", &doc)).unwrap(),
            r#"[{"code":403,"description":"api_key is invalid"}]"#
        );
        assert!(String::from_utf8(Format::Xml.render("errors", &doc))
            .unwrap()
            .contains("<errors><error><code>403</code><description>api_key is invalid</description></error></errors>"));
    }

    #[test]
    fn empty_parameters_are_absent() {
        let p = Params::parse("status=&service_code=+&lat=51.5&lat=52").unwrap();
        assert_eq!(p.get("status"), None);
        assert_eq!(p.get("service_code"), None);
        assert_eq!(p.list("service_code"), None);
        assert_eq!(p.get("lat"), Some("51.5"));
        assert_eq!(p.get("missing"), None);
    }

    #[test]
    fn lists_split_on_commas() {
        let p = Params::parse("service_code=pothole,%20graffiti,,").unwrap();
        assert_eq!(p.list("service_code"), Some(vec!["pothole", "graffiti"]));
    }

    #[test]
    fn attributes_read_single_and_multiple_values() {
        let p = Params::parse(
            "attribute%5Bdepth%5D=12&attribute[hazards][]=water&attribute[hazards][]=glass&attribute[empty]=&attribute[]=x&other=1",
        )
        .unwrap();
        let found = p.attributes();
        assert_eq!(found.get("depth"), Some(&vec!["12"]));
        assert_eq!(found.get("hazards"), Some(&vec!["water", "glass"]));
        assert_eq!(
            found.len(),
            2,
            "empty answers and nameless keys are dropped"
        );
    }

    fn questions() -> Vec<Attribute> {
        serde_json::from_value(json!([
            {"code": "depth", "datatype": "number", "description": "Depth (cm)"},
            {"code": "hazards", "datatype": "multivaluelist", "description": "Hazards", "values": [{"key": "water", "name": "Water"}]},
            {"code": "where", "datatype": "singlevaluelist", "description": "Where", "values": [{"key": "road", "name": "Road"}]}
        ]))
        .unwrap()
    }

    #[test]
    fn answers_take_each_questions_type() {
        let given = BTreeMap::from([
            ("depth", vec!["12.5"]),
            ("hazards", vec!["water"]),
            ("where", vec!["road"]),
        ]);
        let answers = answers_from(&questions(), &given).unwrap();
        assert_eq!(answers["depth"], json!(12.5));
        assert_eq!(answers["hazards"], json!(["water"]));
        assert_eq!(answers["where"], json!("road"));
        let not_a_number = BTreeMap::from([("depth", vec!["deep"])]);
        assert!(answers_from(&questions(), &not_a_number).is_err());
        let unknown = BTreeMap::from([("colour", vec!["red"])]);
        assert!(answers_from(&questions(), &unknown).is_err());
    }

    #[test]
    fn statuses_map_to_open_and_closed() {
        assert_eq!(status_of(IssueStatus::InProgress), "open");
        assert_eq!(status_of(IssueStatus::Duplicate), "closed");
        for s in statuses_for("open").unwrap() {
            assert_eq!(status_of(*s), "open");
        }
        for s in statuses_for("closed").unwrap() {
            assert_eq!(status_of(*s), "closed");
        }
        assert!(statuses_for("pending").is_none());
    }

    #[test]
    fn datetimes_keep_their_zone_and_dates_mean_utc_midnight() {
        let at = parse_datetime("2026-11-29T08:30:00+01:00").unwrap();
        assert_eq!(format_datetime(at), "2026-11-29T07:30:00+00:00");
        assert_eq!(
            format_datetime(parse_datetime("2026-11-01").unwrap()),
            "2026-11-01T00:00:00+00:00"
        );
        assert!(parse_datetime("yesterday").is_none());
        assert!(
            parse_datetime("2026-11-29T08:30:00").is_none(),
            "a zone is required"
        );
    }

    #[test]
    fn search_windows_default_to_the_latest_90_days_and_never_exceed_them() {
        let now = parse_datetime("2026-11-29T00:00:00Z").unwrap();
        let (start, end) = search_window(None, None, now).unwrap();
        assert_eq!((end - start).num_days(), 90);
        assert_eq!(end, now);
        let early = parse_datetime("2026-01-01T00:00:00Z").unwrap();
        let (start, end) = search_window(Some(early), None, now).unwrap();
        assert_eq!((start, (end - start).num_days()), (early, 90));
        assert!(search_window(Some(early), Some(now), now).is_err());
        assert!(search_window(Some(now), Some(early), now).is_err());
    }
}
