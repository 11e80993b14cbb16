//! Which methods each route answers, so a known address asked with another method answers
//! 405 with an `Allow` header (HTTP's rule) instead of a 404 that says the address does not exist.
//! The table is read from the OpenAPI document, which lists every documented route by
//! construction (`utoipa-actix-web`), plus the few routes registered outside it; nothing is listed
//! twice, so a new route is covered without touching this file.

use actix_web::dev::ResourceDef;
use utoipa::openapi::OpenApi;

/// Routes (actix path patterns) and the methods each answers.
pub struct RouteMethods(Vec<(ResourceDef, Vec<&'static str>)>);

impl RouteMethods {
    /// Every path of `doc`, and `extra` routes that are not in it (`GET` ones: the live socket,
    /// the docs page, the document itself).
    pub fn new(doc: &OpenApi, extra_get_routes: &[&str]) -> Self {
        let mut routes: Vec<(ResourceDef, Vec<&'static str>)> = doc
            .paths
            .paths
            .iter()
            .map(|(path, item)| {
                let methods = [
                    ("GET", item.get.is_some()),
                    ("POST", item.post.is_some()),
                    ("PUT", item.put.is_some()),
                    ("PATCH", item.patch.is_some()),
                    ("DELETE", item.delete.is_some()),
                ]
                .into_iter()
                .filter_map(|(method, present)| present.then_some(method))
                .collect();
                (ResourceDef::new(path.as_str()), methods)
            })
            .collect();
        routes.extend(
            extra_get_routes
                .iter()
                .map(|path| (ResourceDef::new(*path), vec!["GET"])),
        );
        Self(routes)
    }

    /// The `Allow` value for `path` when it is a known route that does not answer `method`.
    pub fn not_allowed(&self, method: &str, path: &str) -> Option<String> {
        let mut allowed: Vec<&str> = self
            .0
            .iter()
            .filter(|(pattern, _)| pattern.is_match(path))
            .flat_map(|(_, methods)| methods.iter().copied())
            .collect();
        if allowed.is_empty() || allowed.contains(&method) {
            return None;
        }
        allowed.sort_unstable();
        allowed.dedup();
        Some(allowed.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use utoipa::openapi::{
        path::{HttpMethod, OperationBuilder, PathItem},
        OpenApiBuilder, PathsBuilder,
    };

    fn table() -> RouteMethods {
        let op = || OperationBuilder::new().build();
        let mut issue = PathItem::new(HttpMethod::Get, op());
        issue.patch = Some(op());
        let doc = OpenApiBuilder::new()
            .paths(PathsBuilder::new().path("/api/v1/issues/{id}", issue).path(
                "/open311/v2/requests.{format}",
                PathItem::new(HttpMethod::Post, op()),
            ))
            .build();
        RouteMethods::new(&doc, &["/api/v1/live"])
    }

    #[test]
    fn known_routes_list_their_methods_and_unknown_ones_nothing() {
        let table = table();
        assert_eq!(
            table.not_allowed("DELETE", "/api/v1/issues/123").as_deref(),
            Some("GET, PATCH")
        );
        assert_eq!(
            table
                .not_allowed("GET", "/open311/v2/requests.json")
                .as_deref(),
            Some("POST")
        );
        assert_eq!(
            table.not_allowed("POST", "/api/v1/live").as_deref(),
            Some("GET")
        );
        assert_eq!(table.not_allowed("GET", "/api/v1/issues/123"), None);
        assert_eq!(table.not_allowed("DELETE", "/api/v1/nothing"), None);
        assert_eq!(table.not_allowed("DELETE", "/api/v1/issues/1/extra"), None);
    }
}
