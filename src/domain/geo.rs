//! Points, areas and distances. Neighbourhoods are a circle (centre and radius) or a GeoJSON
//! polygon; either way we keep a bounding box so the database can pre-filter spatial queries
//! without a spatial extension, and finish exactly here.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

const EARTH_RADIUS_M: f64 = 6_371_008.8;
const METRES_PER_DEGREE_LAT: f64 = 111_320.0;

pub const MAX_LAT: f64 = 90.0;
pub const MAX_LON: f64 = 180.0;
/// The longest `bbox` or `near` text: four numbers in any notation fit many times over.
pub const MAX_COORDINATES_CHARS: usize = 200;

/// A WGS 84 position.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GeoPoint {
    /// Latitude in degrees, -90 to 90.
    pub lat: f64,
    /// Longitude in degrees, -180 to 180.
    pub lon: f64,
}

impl GeoPoint {
    pub fn parse(lat: f64, lon: f64) -> Result<Self, crate::i18n::Message> {
        if !lat.is_finite() || !(-MAX_LAT..=MAX_LAT).contains(&lat) {
            return Err(crate::msg!("geo-latitude-must-between-90-90"));
        }
        if !lon.is_finite() || !(-MAX_LON..=MAX_LON).contains(&lon) {
            return Err(crate::msg!("geo-longitude-must-between-180-180"));
        }
        Ok(Self { lat, lon })
    }

    /// Parses `"lat,lon"` as used by `?near=`.
    pub fn parse_pair(raw: &str) -> Result<Self, crate::i18n::Message> {
        if raw.chars().count() > MAX_COORDINATES_CHARS {
            return Err(crate::msg!(
                "account-must-at-most-max-characters",
                max = MAX_COORDINATES_CHARS
            ));
        }
        let (lat, lon) = raw
            .split_once(',')
            .ok_or_else(|| crate::msg!("geo-must-be-lat-lon"))?;
        let lat: f64 = lat
            .trim()
            .parse()
            .map_err(|_| crate::msg!("geo-latitude-not-number"))?;
        let lon: f64 = lon
            .trim()
            .parse()
            .map_err(|_| crate::msg!("geo-longitude-not-number"))?;
        Self::parse(lat, lon)
    }

    /// Great-circle distance in metres (haversine; accurate to well under 0.5% at city scale).
    pub fn distance_m(&self, other: &GeoPoint) -> f64 {
        let (lat1, lat2) = (self.lat.to_radians(), other.lat.to_radians());
        let dlat = lat2 - lat1;
        let dlon = (other.lon - self.lon).to_radians();
        let a = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_M * a.sqrt().asin()
    }

    /// The box containing every point within `radius_m` of this one.
    pub fn bbox_around(&self, radius_m: f64) -> BoundingBox {
        let dlat = radius_m / METRES_PER_DEGREE_LAT;
        let cos_lat = self.lat.to_radians().cos().max(0.01);
        let dlon = (radius_m / (METRES_PER_DEGREE_LAT * cos_lat)).min(180.0);
        BoundingBox {
            min_lat: (self.lat - dlat).max(-90.0),
            max_lat: (self.lat + dlat).min(90.0),
            min_lon: (self.lon - dlon).max(-180.0),
            max_lon: (self.lon + dlon).min(180.0),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoundingBox {
    pub min_lat: f64,
    pub max_lat: f64,
    pub min_lon: f64,
    pub max_lon: f64,
}

/// Where a neighbourhood is.
#[derive(Debug, Clone, PartialEq)]
pub enum Area {
    Circle {
        center: GeoPoint,
        radius_m: f64,
    },
    /// Outer ring only (holes are rare for neighbourhoods and not supported); closed, >= 4 points.
    Polygon {
        ring: Vec<GeoPoint>,
    },
}

pub const MIN_RADIUS_M: f64 = 50.0;
pub const MAX_RADIUS_M: f64 = 20_000.0;
/// Keeps stored boundaries, and the work of containment tests, small.
pub const MAX_POLYGON_POINTS: usize = 2_000;

impl Area {
    pub fn circle(center: GeoPoint, radius_m: f64) -> Result<Self, crate::i18n::Message> {
        if !radius_m.is_finite() || !(MIN_RADIUS_M..=MAX_RADIUS_M).contains(&radius_m) {
            return Err(crate::msg!(
                "geo-radius-must-between-min-max",
                min = MIN_RADIUS_M,
                max = MAX_RADIUS_M
            ));
        }
        Ok(Area::Circle { center, radius_m })
    }

    /// Accepts a GeoJSON `Polygon` geometry object.
    pub fn from_geojson(value: &serde_json::Value) -> Result<Self, crate::i18n::Message> {
        let geometry = geojson::Geometry::from_json_value(value.clone())
            .map_err(|_| crate::msg!("geo-must-geojson-polygon-geometry"))?;
        let rings = match geometry.value {
            geojson::Value::Polygon(rings) => rings,
            _ => return Err(crate::msg!("geo-must-geojson-polygon-geometry")),
        };
        let outer = rings
            .first()
            .ok_or_else(|| crate::msg!("geo-polygon-no-ring"))?;
        if rings.len() > 1 {
            return Err(crate::msg!("geo-polygons-with-holes-are-not"));
        }
        if outer.len() < 4 || outer.len() > MAX_POLYGON_POINTS {
            return Err(crate::msg!(
                "geo-polygon-ring-must-have-between",
                max = MAX_POLYGON_POINTS
            ));
        }
        let mut ring = Vec::with_capacity(outer.len());
        for position in outer {
            let (lon, lat) = match position.as_slice() {
                [lon, lat, ..] => (*lon, *lat),
                _ => return Err(crate::msg!("geo-every-position-needs-longitude-latitude")),
            };
            ring.push(GeoPoint::parse(lat, lon)?);
        }
        if ring.first() != ring.last() {
            return Err(crate::msg!("geo-polygon-ring-must-closed-first"));
        }
        let area = Area::Polygon { ring };
        if area.polygon_area_deg2().abs() < 1e-12 {
            return Err(crate::msg!("geo-polygon-must-enclose-area"));
        }
        Ok(area)
    }

    pub fn to_geojson(&self) -> Option<serde_json::Value> {
        match self {
            Area::Circle { .. } => None,
            Area::Polygon { ring } => Some(serde_json::json!({
                "type": "Polygon",
                "coordinates": [ring.iter().map(|p| [p.lon, p.lat]).collect::<Vec<_>>()],
            })),
        }
    }

    /// The circle's centre, or the polygon's centroid.
    pub fn center(&self) -> GeoPoint {
        match self {
            Area::Circle { center, .. } => *center,
            Area::Polygon { ring } => polygon_centroid(ring),
        }
    }

    pub fn radius_m(&self) -> Option<f64> {
        match self {
            Area::Circle { radius_m, .. } => Some(*radius_m),
            Area::Polygon { .. } => None,
        }
    }

    pub fn bbox(&self) -> BoundingBox {
        match self {
            Area::Circle { center, radius_m } => center.bbox_around(*radius_m),
            Area::Polygon { ring } => ring.iter().fold(
                BoundingBox {
                    min_lat: f64::MAX,
                    max_lat: f64::MIN,
                    min_lon: f64::MAX,
                    max_lon: f64::MIN,
                },
                |b, p| BoundingBox {
                    min_lat: b.min_lat.min(p.lat),
                    max_lat: b.max_lat.max(p.lat),
                    min_lon: b.min_lon.min(p.lon),
                    max_lon: b.max_lon.max(p.lon),
                },
            ),
        }
    }

    /// Whether the point lies inside the area (ray casting for polygons).
    pub fn contains(&self, point: &GeoPoint) -> bool {
        match self {
            Area::Circle { center, radius_m } => center.distance_m(point) <= *radius_m,
            Area::Polygon { ring } => {
                let mut inside = false;
                for pair in ring.windows(2) {
                    let (a, b) = (pair[0], pair[1]);
                    if (a.lat > point.lat) != (b.lat > point.lat) {
                        let crossing_lon =
                            a.lon + (point.lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon);
                        if point.lon < crossing_lon {
                            inside = !inside;
                        }
                    }
                }
                inside
            }
        }
    }

    fn polygon_area_deg2(&self) -> f64 {
        match self {
            Area::Circle { .. } => 0.0,
            Area::Polygon { ring } => shoelace(ring),
        }
    }
}

fn shoelace(ring: &[GeoPoint]) -> f64 {
    ring.windows(2)
        .map(|w| w[0].lon * w[1].lat - w[1].lon * w[0].lat)
        .sum::<f64>()
        / 2.0
}

fn polygon_centroid(ring: &[GeoPoint]) -> GeoPoint {
    let area = shoelace(ring);
    let (mut cx, mut cy) = (0.0, 0.0);
    for w in ring.windows(2) {
        let cross = w[0].lon * w[1].lat - w[1].lon * w[0].lat;
        cx += (w[0].lon + w[1].lon) * cross;
        cy += (w[0].lat + w[1].lat) * cross;
    }
    GeoPoint {
        lat: cy / (6.0 * area),
        lon: cx / (6.0 * area),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square() -> serde_json::Value {
        serde_json::json!({
            "type": "Polygon",
            "coordinates": [[[-0.1, 51.5], [-0.09, 51.5], [-0.09, 51.51], [-0.1, 51.51], [-0.1, 51.5]]]
        })
    }

    #[test]
    fn distance_between_known_points() {
        // London to Paris is about 343.5 km.
        let london = GeoPoint::parse(51.5074, -0.1278).unwrap();
        let paris = GeoPoint::parse(48.8566, 2.3522).unwrap();
        let d = london.distance_m(&paris);
        assert!((d - 343_500.0).abs() < 2_000.0, "got {d}");
    }

    #[test]
    fn coordinates_out_of_range_are_rejected() {
        assert!(GeoPoint::parse(91.0, 0.0).is_err());
        assert!(GeoPoint::parse(0.0, -181.0).is_err());
        assert!(GeoPoint::parse(f64::NAN, 0.0).is_err());
        assert!(GeoPoint::parse_pair("51.5").is_err());
        assert!(GeoPoint::parse_pair("abc,1").is_err());
        assert_eq!(GeoPoint::parse_pair("51.5, -0.1").unwrap().lon, -0.1);
    }

    #[test]
    fn circle_bbox_contains_the_circle() {
        let center = GeoPoint::parse(51.5, -0.1).unwrap();
        let area = Area::circle(center, 1_000.0).unwrap();
        let b = area.bbox();
        let north = GeoPoint::parse(51.5 + 999.0 / 111_320.0, -0.1).unwrap();
        assert!(area.contains(&north));
        assert!(north.lat <= b.max_lat);
        assert!(b.min_lon < -0.1 && b.max_lon > -0.1);
    }

    #[test]
    fn radius_is_bounded() {
        let center = GeoPoint::parse(0.0, 0.0).unwrap();
        assert!(Area::circle(center, 10.0).is_err());
        assert!(Area::circle(center, 50_000.0).is_err());
        assert!(Area::circle(center, f64::INFINITY).is_err());
    }

    #[test]
    fn polygon_centroid_containment_and_round_trip() {
        let area = Area::from_geojson(&square()).unwrap();
        let c = area.center();
        assert!((c.lat - 51.505).abs() < 1e-9 && (c.lon + 0.095).abs() < 1e-9);
        assert!(area.contains(&c));
        assert!(!area.contains(&GeoPoint::parse(51.52, -0.095).unwrap()));
        assert_eq!(area.to_geojson().unwrap(), square());
    }

    #[test]
    fn invalid_polygons_are_rejected() {
        let open = serde_json::json!({"type": "Polygon", "coordinates": [[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]]]});
        let point = serde_json::json!({"type": "Point", "coordinates": [0.0, 0.0]});
        let flat = serde_json::json!({"type": "Polygon", "coordinates": [[[0.0, 0.0], [1.0, 0.0], [2.0, 0.0], [0.0, 0.0]]]});
        let out_of_range = serde_json::json!({"type": "Polygon", "coordinates": [[[0.0, 0.0], [200.0, 0.0], [1.0, 1.0], [0.0, 0.0]]]});
        for bad in [open, point, flat, out_of_range, serde_json::json!("nope")] {
            assert!(
                Area::from_geojson(&bad).is_err(),
                "{bad} should be rejected"
            );
        }
    }
}
