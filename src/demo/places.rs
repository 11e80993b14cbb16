//! The demo's own streets, so a newcomer can search "Mill Lane", "Lock Road" or "RB1 4LR" and
//! see issues described as "outside 8 Mill Lane" without importing anything.
//!
//! They are made up: no real street is described, the postcodes use an area letters pair (`RB`)
//! that no UK postcode has, and the source's attribution says so rather than claiming
//! OpenStreetMap contributors' work. They are written as OpenStreetMap XML (the format real
//! extracts come in) into the data folder and imported by `services::places::import::import_file`,
//! the path `commonground places import` takes, so the demo also shows an operator what an import
//! looks like. Each street lies inside its demo neighbourhood's area (a unit test checks it), and
//! Mill Lane runs past the demo's pothole.

use std::fmt::Write;

use crate::domain::geo::GeoPoint;

/// The gazetteer source the demo's streets are kept under: importing again replaces it.
pub const SOURCE: &str = "commonground-demo";
/// Shown wherever the demo's places are, instead of OpenStreetMap's attribution.
pub const ATTRIBUTION: &str = "Made-up demo streets (Commonground demo data, not a real place)";
/// The file the demo writes into the data folder.
pub const FILE_NAME: &str = "demo-places.osm";

/// A street of the demo: its line, and houses spaced along it on both sides.
pub struct Street {
    pub name: &'static str,
    /// OpenStreetMap's `highway` value.
    pub highway: &'static str,
    pub postcode: &'static str,
    /// (lat, lon) from one end to the other.
    pub line: &'static [(f64, f64)],
    /// Houses on each side: odd numbers on the left going along `line`, even on the right.
    pub houses_per_side: u32,
}

/// A named landmark: a library, a pub, a park (`domain::places::LANDMARKS`).
pub struct Landmark {
    pub name: &'static str,
    /// (key, value): `("amenity", "library")`.
    pub tag: (&'static str, &'static str),
    /// One point for a node; a closed ring (first = last) for an area such as a park.
    pub outline: &'static [(f64, f64)],
}

/// The streets of one demo neighbourhood.
pub struct Area {
    pub neighbourhood: &'static str,
    pub streets: &'static [Street],
    pub landmarks: &'static [Landmark],
}

/// Houses stand this far from the middle of their street.
const HOUSE_SETBACK_M: f64 = 18.0;

/// Mill Lane & Canal Side: a circle of 600 m around 51.4545, -2.5879. Mill Lane runs east-west
/// through the centre (past the pothole), Canal Side along the canal to the south, Lock Road and
/// Wharf Street north from the canal across Mill Lane.
pub const MILL_LANE: Area = Area {
    neighbourhood: super::MILL_LANE_NAME,
    streets: &[
        Street {
            name: "Mill Lane",
            highway: "residential",
            postcode: "RB1 2LN",
            line: &[(51.4546, -2.5925), (51.4546, -2.5879), (51.4547, -2.5835)],
            houses_per_side: 6,
        },
        Street {
            name: "Canal Side",
            highway: "unclassified",
            postcode: "RB1 3DS",
            line: &[(51.4521, -2.5930), (51.4520, -2.5880), (51.4519, -2.5830)],
            houses_per_side: 5,
        },
        Street {
            name: "Lock Road",
            highway: "residential",
            postcode: "RB1 4LR",
            line: &[(51.4515, -2.5860), (51.4546, -2.5860), (51.4575, -2.5860)],
            houses_per_side: 6,
        },
        Street {
            name: "Wharf Street",
            highway: "residential",
            postcode: "RB1 2WS",
            line: &[(51.4521, -2.5905), (51.4546, -2.5905), (51.4568, -2.5905)],
            houses_per_side: 4,
        },
    ],
    landmarks: &[
        Landmark {
            name: "Canal Side Library",
            tag: ("amenity", "library"),
            outline: &[(51.4524, -2.5892)],
        },
        Landmark {
            name: "The Lock Keeper",
            tag: ("amenity", "pub"),
            outline: &[(51.4523, -2.5866)],
        },
        Landmark {
            name: "Mill Pond Park",
            tag: ("leisure", "park"),
            outline: &[
                (51.4555, -2.5898),
                (51.4555, -2.5878),
                (51.4565, -2.5878),
                (51.4565, -2.5898),
                (51.4555, -2.5898),
            ],
        },
    ],
};

/// Orchard Estate: the drawn rectangle from 51.4600, -2.6010 to 51.4640, -2.5950.
pub const ORCHARD: Area = Area {
    neighbourhood: super::ORCHARD_NAME,
    streets: &[
        Street {
            name: "Orchard Way",
            highway: "residential",
            postcode: "RB2 7EA",
            line: &[(51.4606, -2.6002), (51.4620, -2.5980), (51.4634, -2.5958)],
            houses_per_side: 4,
        },
        Street {
            name: "Pear Tree Close",
            highway: "residential",
            postcode: "RB2 7ET",
            line: &[(51.4627, -2.6004), (51.4627, -2.5986)],
            houses_per_side: 3,
        },
        Street {
            name: "Damson Road",
            highway: "residential",
            postcode: "RB2 7DR",
            line: &[(51.4608, -2.5970), (51.4632, -2.5970)],
            houses_per_side: 3,
        },
    ],
    landmarks: &[
        Landmark {
            name: "Orchard Community Centre",
            tag: ("amenity", "community_centre"),
            outline: &[(51.4616, -2.5990)],
        },
        Landmark {
            name: "Orchard Gardens Playground",
            tag: ("leisure", "playground"),
            outline: &[(51.4630, -2.5960)],
        },
    ],
};

pub const AREAS: [&Area; 2] = [&MILL_LANE, &ORCHARD];

/// A house of a street: its number and where it stands.
pub fn houses(street: &Street) -> Vec<(u32, GeoPoint)> {
    let mut out = Vec::new();
    let n = street.houses_per_side;
    for i in 0..n {
        let t = (f64::from(i) + 0.5) / f64::from(n);
        let (at, (east_m, north_m)) = along(street.line, t);
        // The left of the direction of travel is (-north, east), the right (north, -east).
        for (side, number) in [(1.0, 2 * i + 1), (-1.0, 2 * i + 2)] {
            let (de, dn) = (-north_m * side, east_m * side);
            out.push((
                number,
                offset(at, de * HOUSE_SETBACK_M, dn * HOUSE_SETBACK_M),
            ));
        }
    }
    out
}

/// The point a fraction `t` of the way along the line, and the unit direction (east, north) of
/// its segment there.
fn along(line: &[(f64, f64)], t: f64) -> (GeoPoint, (f64, f64)) {
    let points: Vec<GeoPoint> = line
        .iter()
        .map(|&(lat, lon)| GeoPoint { lat, lon })
        .collect();
    let lengths: Vec<f64> = points.windows(2).map(|w| w[0].distance_m(&w[1])).collect();
    let mut left = t * lengths.iter().sum::<f64>();
    let last = lengths.len().saturating_sub(1);
    for (index, (pair, length)) in points.windows(2).zip(&lengths).enumerate() {
        let (a, b) = (pair[0], pair[1]);
        // The last segment takes what rounding left over.
        if left <= *length || index == last {
            let f = if *length > 0.0 { left / length } else { 0.0 };
            let at = GeoPoint {
                lat: a.lat + (b.lat - a.lat) * f,
                lon: a.lon + (b.lon - a.lon) * f,
            };
            let north = (b.lat - a.lat) * metres_per_degree_lat();
            let east = (b.lon - a.lon) * metres_per_degree_lon(a.lat);
            let norm = north.hypot(east).max(f64::EPSILON);
            return (at, (east / norm, north / norm));
        }
        left -= length;
    }
    let first = points
        .first()
        .copied()
        .unwrap_or(GeoPoint { lat: 0.0, lon: 0.0 });
    (first, (1.0, 0.0))
}

fn metres_per_degree_lat() -> f64 {
    111_320.0
}

fn metres_per_degree_lon(lat: f64) -> f64 {
    111_320.0 * lat.to_radians().cos()
}

fn offset(at: GeoPoint, east_m: f64, north_m: f64) -> GeoPoint {
    GeoPoint {
        lat: at.lat + north_m / metres_per_degree_lat(),
        lon: at.lon + east_m / metres_per_degree_lon(at.lat),
    }
}

/// The demo's streets, houses and landmarks as an OpenStreetMap XML document.
pub fn osm_xml() -> String {
    let mut doc = Osm::default();
    for area in AREAS {
        for street in area.streets {
            let nodes: Vec<i64> = street
                .line
                .iter()
                .map(|&(lat, lon)| doc.node(GeoPoint { lat, lon }, &[]))
                .collect();
            doc.way(
                &nodes,
                &[("highway", street.highway), ("name", street.name)],
            );
            for (number, at) in houses(street) {
                let number = number.to_string();
                doc.node(
                    at,
                    &[
                        ("addr:housenumber", number.as_str()),
                        ("addr:street", street.name),
                        ("addr:postcode", street.postcode),
                    ],
                );
            }
        }
        for landmark in area.landmarks {
            let tags = [(landmark.tag.0, landmark.tag.1), ("name", landmark.name)];
            match landmark.outline {
                [(lat, lon)] => {
                    doc.node(
                        GeoPoint {
                            lat: *lat,
                            lon: *lon,
                        },
                        &tags,
                    );
                }
                ring => {
                    // A closed way: its last node is its first.
                    let mut nodes: Vec<i64> = ring[..ring.len().saturating_sub(1)]
                        .iter()
                        .map(|&(lat, lon)| doc.node(GeoPoint { lat, lon }, &[]))
                        .collect();
                    if let Some(&first) = nodes.first() {
                        nodes.push(first);
                    }
                    doc.way(&nodes, &tags);
                }
            }
        }
    }
    doc.finish()
}

/// An OSM XML document written as it goes: nodes first, then ways (the order of an extract).
#[derive(Default)]
struct Osm {
    nodes: String,
    ways: String,
    next_node: i64,
    next_way: i64,
}

impl Osm {
    fn node(&mut self, at: GeoPoint, tags: &[(&str, &str)]) -> i64 {
        self.next_node += 1;
        let id = self.next_node;
        let _ = write!(
            self.nodes,
            r#"  <node id="{id}" lat="{:.7}" lon="{:.7}""#,
            at.lat, at.lon
        );
        if tags.is_empty() {
            self.nodes.push_str("/>\n");
        } else {
            self.nodes.push_str(">\n");
            write_tags(&mut self.nodes, tags);
            self.nodes.push_str("  </node>\n");
        }
        id
    }

    fn way(&mut self, nodes: &[i64], tags: &[(&str, &str)]) {
        self.next_way += 1;
        let _ = writeln!(self.ways, r#"  <way id="{}">"#, self.next_way);
        for node in nodes {
            let _ = writeln!(self.ways, r#"    <nd ref="{node}"/>"#);
        }
        write_tags(&mut self.ways, tags);
        self.ways.push_str("  </way>\n");
    }

    fn finish(self) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <!-- {ATTRIBUTION}: written by `commonground demo`, imported as the source \
             \"{SOURCE}\". -->\n\
             <osm version=\"0.6\" generator=\"commonground demo\">\n{}{}</osm>\n",
            self.nodes, self.ways
        )
    }
}

fn write_tags(out: &mut String, tags: &[(&str, &str)]) {
    for (k, v) in tags {
        let _ = writeln!(out, r#"    <tag k="{}" v="{}"/>"#, escape(k), escape(v));
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::geo::Area as GeoArea;

    fn area_of(name: &str) -> GeoArea {
        if name == super::super::MILL_LANE_NAME {
            GeoArea::circle(
                super::super::MILL_LANE_CENTER,
                super::super::MILL_LANE_RADIUS_M,
            )
            .unwrap()
        } else {
            GeoArea::from_geojson(&super::super::orchard_boundary()).unwrap()
        }
    }

    #[test]
    fn every_street_house_and_landmark_lies_inside_its_neighbourhood() {
        for area in AREAS {
            let inside = area_of(area.neighbourhood);
            for street in area.streets {
                for &(lat, lon) in street.line {
                    assert!(inside.contains(&GeoPoint { lat, lon }), "{}", street.name);
                }
                for (number, at) in houses(street) {
                    assert!(inside.contains(&at), "{number} {}", street.name);
                }
            }
            for landmark in area.landmarks {
                for &(lat, lon) in landmark.outline {
                    assert!(inside.contains(&GeoPoint { lat, lon }), "{}", landmark.name);
                }
            }
        }
    }

    #[test]
    fn houses_stand_on_both_sides_numbered_odd_left_and_even_right() {
        let mill_lane = &MILL_LANE.streets[0];
        let houses = houses(mill_lane);
        assert_eq!(houses.len(), 12);
        // Mill Lane runs east: the left is north.
        let (one, two) = (houses[0].1, houses[1].1);
        assert_eq!((houses[0].0, houses[1].0), (1, 2));
        assert!(one.lat > 51.4546 && two.lat < 51.4546, "{one:?} {two:?}");
        let street = GeoPoint {
            lat: 51.4546,
            lon: one.lon,
        };
        assert!((street.distance_m(&one) - HOUSE_SETBACK_M).abs() < 1.0);
    }

    #[test]
    fn the_document_is_osm_xml_naming_its_made_up_source() {
        let xml = osm_xml();
        assert!(xml.starts_with("<?xml"));
        assert!(xml.contains(r#"<tag k="name" v="Lock Road"/>"#));
        assert!(xml.contains(r#"<tag k="addr:postcode" v="RB1 4LR"/>"#));
        assert!(xml.contains(r#"<tag k="amenity" v="library"/>"#));
        assert!(xml.contains(ATTRIBUTION));
        assert!(!xml.contains("OpenStreetMap contributors"));
        assert_eq!(escape(r#"A & "B" <C>"#), "A &amp; &quot;B&quot; &lt;C&gt;");
    }
}
