//! Cursor pagination shared by every list: `?cursor=&limit=` in, `{items, next_cursor}` out.
//! A cursor is the sort key of the last item, serialised and base64url-encoded, so clients treat
//! it as opaque and we can change what is inside without breaking them.
//! The queries behind the lists select the rows after that key with `keyset_after` (through
//! `ascending_page` where the list is sorted on two ascending columns).

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use sea_orm::{sea_query::Condition, ColumnTrait, QueryFilter, QueryOrder, QuerySelect, Value};

use crate::error::AppError;

pub const DEFAULT_LIMIT: u64 = 20;
pub const MAX_LIMIT: u64 = 100;
/// The longest cursor accepted: the sort keys we encode (times, ids, names of up to 80
/// characters) take a few hundred characters at most.
pub const MAX_CURSOR_CHARS: usize = 1_024;

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct PageQuery {
    /// `next_cursor` from the previous page.
    pub cursor: Option<String>,
    /// Items per page, 1 to 100 (default 20).
    pub limit: Option<u64>,
}

/// One page of a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

pub fn parse_limit(limit: Option<u64>) -> Result<u64, AppError> {
    match limit {
        None => Ok(DEFAULT_LIMIT),
        Some(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        Some(_) => Err(AppError::invalid(
            "limit",
            crate::i18n::Message::new("neighbourhood-must-between-1-max").arg("max", MAX_LIMIT),
        )),
    }
}

pub fn encode_cursor<K: Serialize>(key: &K) -> String {
    // Serialising plain keys (strings, numbers, uuids) cannot fail.
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(key).unwrap_or_default())
}

/// A cursor is client input like any other: anything that is not base64url of JSON of the list's
/// key type, or that carries a NUL (which no stored value has, and PostgreSQL refuses), is a 400
/// before it reaches the database. Other text in it is not put through the full text policy:
/// it is a stored sort key, which may predate the policy.
pub fn decode_cursor<K: DeserializeOwned>(cursor: Option<&str>) -> Result<Option<K>, AppError> {
    let Some(cursor) = cursor else {
        return Ok(None);
    };
    if cursor.len() > MAX_CURSOR_CHARS {
        return Err(AppError::BadRequest(
            crate::i18n::Message::new("support-cursor-not-one-list-produced").into(),
        ));
    }
    URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
        .filter(|value| !has_nul(value))
        .and_then(|value| serde_json::from_value(value).ok())
        .map(Some)
        .ok_or_else(|| {
            AppError::BadRequest(
                crate::i18n::Message::new("support-cursor-not-one-list-produced").into(),
            )
        })
}

fn has_nul(value: &serde_json::Value) -> bool {
    use serde_json::Value;
    match value {
        Value::String(s) => s.contains('\0'),
        Value::Array(items) => items.iter().any(has_nul),
        Value::Object(fields) => fields.iter().any(|(k, v)| k.contains('\0') || has_nul(v)),
        Value::Null | Value::Bool(_) | Value::Number(_) => false,
    }
}

/// Builds a page from `limit + 1` fetched rows: the extra row only says there is more.
pub fn page_from<R, T, K: Serialize>(
    mut rows: Vec<R>,
    limit: u64,
    key_of: impl Fn(&R) -> K,
    into_item: impl FnMut(R) -> T,
) -> Page<T> {
    let has_more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let next_cursor = if has_more {
        rows.last().map(|last| encode_cursor(&key_of(last)))
    } else {
        None
    };
    Page {
        items: rows.into_iter().map(into_item).collect(),
        next_cursor,
    }
}

/// One page of a list sorted `ORDER BY first, second` (both ascending): the rows after the
/// decoded cursor `after`, and one more than `limit`, which only tells `page_from` there is more.
pub(crate) fn ascending_page<Q, A, B>(
    query: Q,
    first: impl ColumnTrait,
    second: impl ColumnTrait,
    after: Option<(A, B)>,
    limit: u64,
) -> Q
where
    Q: QueryFilter + QueryOrder + QuerySelect,
    A: Into<Value> + Clone,
    B: Into<Value>,
{
    let query = match after {
        Some((first_value, second_value)) => {
            query.filter(keyset_after(first, first_value, second, second_value))
        }
        None => query,
    };
    query
        .order_by_asc(first)
        .order_by_asc(second)
        .limit(limit + 1)
}

/// Keyset pagination: rows strictly after `(first, second)` in `ORDER BY first, second` order.
fn keyset_after<A, B>(
    first: impl ColumnTrait,
    first_value: A,
    second: impl ColumnTrait,
    second_value: B,
) -> Condition
where
    A: Into<Value> + Clone,
    B: Into<Value>,
{
    Condition::any().add(first.gt(first_value.clone())).add(
        Condition::all()
            .add(first.eq(first_value))
            .add(second.gt(second_value)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip() {
        let key = ("Elm Street".to_owned(), 42_u32);
        let cursor = encode_cursor(&key);
        let back: Option<(String, u32)> = decode_cursor(Some(&cursor)).unwrap();
        assert_eq!(back, Some(key));
    }

    #[test]
    fn crafted_cursors_are_a_bad_request() {
        let result: Result<Option<(String, u32)>, _> = decode_cursor(Some("%%%not-base64"));
        assert!(matches!(result, Err(AppError::BadRequest(_))));
        for crafted in [
            encode_cursor(&("Elm\0Street", 1)),
            encode_cursor(&("Elm", u64::MAX)),
            encode_cursor(&(1, "wrong types")),
            URL_SAFE_NO_PAD.encode(b"not json"),
        ] {
            let result: Result<Option<(String, u32)>, _> = decode_cursor(Some(&crafted));
            assert!(matches!(result, Err(AppError::BadRequest(_))), "{crafted}");
        }
    }

    #[test]
    fn limits_are_bounded() {
        assert_eq!(parse_limit(None).unwrap(), DEFAULT_LIMIT);
        assert!(parse_limit(Some(0)).is_err());
        assert!(parse_limit(Some(101)).is_err());
    }

    #[test]
    fn the_extra_row_means_there_is_a_next_page() {
        let page = page_from(vec![1, 2, 3], 2, |n| *n, |n| n * 10);
        assert_eq!(page.items, vec![10, 20]);
        let next: Option<i32> = decode_cursor(page.next_cursor.as_deref()).unwrap();
        assert_eq!(next, Some(2));
        let last = page_from(vec![1, 2], 2, |n| *n, |n| n);
        assert!(last.next_cursor.is_none());
    }
}
