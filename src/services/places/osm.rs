//! Reading OpenStreetMap files, one element at a time: PBF (`.osm.pbf`, what extracts are
//! published as) through the `osmpbf` crate, and OSM XML (`.osm`, what the demo writes: no crate
//! writes PBF, and a small XML file is all a demo needs) through `quick-xml`. Both give the same
//! `Item`s to the same importer. Relations are not read (see `docs/places.md`, *Limits*).

use std::{fs::File, io::BufReader, path::Path};

use anyhow::{bail, Context};
use osmpbf::{Element, ElementReader};
use quick_xml::events::{BytesStart, Event};

/// An element's tags (keys and values as in the file).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tags(Vec<(String, String)>);

impl Tags {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// The name of a named place: `place=*` (a district, a square) or a landmark
    /// (`domain::places::LANDMARKS`: a library, a pub, a park).
    pub fn named_place(&self) -> Option<&str> {
        let name = self.get("name")?;
        let landmark = crate::domain::places::LANDMARKS.iter().any(|(key, _)| {
            self.get(key)
                .is_some_and(|value| crate::domain::places::is_landmark(key, value))
        });
        (self.get("place").is_some() || landmark).then_some(name)
    }

    fn from_pairs<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> Self {
        Self(pairs.map(|(k, v)| (k.to_owned(), v.to_owned())).collect())
    }
}

/// A node or a way. A way's node list is read only when `wanted_way` says the way matters (most
/// ways of an extract are neither named streets nor addressed buildings).
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Node {
        id: i64,
        lat: f64,
        lon: f64,
        tags: Tags,
    },
    Way {
        id: i64,
        refs: Vec<i64>,
        tags: Tags,
    },
}

/// Whether a way gives the gazetteer something: a named street, an addressed building, a named
/// place, a postcode area.
pub fn wanted_way(tags: &Tags) -> bool {
    (tags.get("highway").is_some() && tags.get("name").is_some())
        || (tags.get("addr:housenumber").is_some() && tags.get("addr:street").is_some())
        || tags.named_place().is_some()
        || tags.get("postal_code").is_some()
}

/// Which format a file is, from its name.
fn is_xml(path: &Path) -> bool {
    let name = path.to_string_lossy().to_lowercase();
    name.ends_with(".osm") || name.ends_with(".xml")
}

/// Calls `each` with every node and way of the file, in file order (nodes first in a sorted
/// extract). Untagged nodes come with empty tags (no allocation), since their coordinates matter.
pub fn read(path: &Path, each: &mut dyn FnMut(Item)) -> anyhow::Result<()> {
    if is_xml(path) {
        return read_xml(path, each);
    }
    let reader = ElementReader::from_path(path)
        .with_context(|| format!("Failed to open {}", path.display()))?;
    reader
        .for_each(|element| match element {
            Element::Node(node) => each(Item::Node {
                id: node.id(),
                lat: node.lat(),
                lon: node.lon(),
                tags: Tags::from_pairs(node.tags()),
            }),
            Element::DenseNode(node) => each(Item::Node {
                id: node.id(),
                lat: node.lat(),
                lon: node.lon(),
                tags: Tags::from_pairs(node.tags()),
            }),
            Element::Way(way) => {
                let tags = Tags::from_pairs(way.tags());
                let refs = if wanted_way(&tags) {
                    way.refs().collect()
                } else {
                    Vec::new()
                };
                each(Item::Way {
                    id: way.id(),
                    refs,
                    tags,
                })
            }
            Element::Relation(_) => {}
        })
        .with_context(|| format!("Failed to read {} as OSM PBF", path.display()))
}

fn attribute(element: &BytesStart<'_>, name: &[u8]) -> anyhow::Result<Option<String>> {
    for attribute in element.attributes() {
        let attribute = attribute?;
        if attribute.key.as_ref() == name {
            return Ok(Some(attribute.unescape_value()?.into_owned()));
        }
    }
    Ok(None)
}

fn number<T: std::str::FromStr>(element: &BytesStart<'_>, name: &[u8]) -> anyhow::Result<T> {
    let text = attribute(element, name)?
        .with_context(|| format!("an element without {}", String::from_utf8_lossy(name)))?;
    text.parse().ok().with_context(|| {
        format!(
            "{} is not a number: {text:?}",
            String::from_utf8_lossy(name)
        )
    })
}

/// OSM XML: `<node id lat lon>` and `<way id>` with `<tag k v/>` and `<nd ref/>` inside.
fn read_xml(path: &Path, each: &mut dyn FnMut(Item)) -> anyhow::Result<()> {
    let file = File::open(path).with_context(|| format!("Failed to open {}", path.display()))?;
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(file));
    let mut buffer = Vec::new();
    let mut current: Option<Item> = None;
    loop {
        let event = reader
            .read_event_into(&mut buffer)
            .with_context(|| format!("Failed to read {} as OSM XML", path.display()))?;
        let (element, empty) = match &event {
            Event::Start(e) => (Some(e), false),
            Event::Empty(e) => (Some(e), true),
            Event::End(e) => {
                if matches!(e.name().as_ref(), b"node" | b"way") {
                    if let Some(item) = current.take() {
                        each(finish(item));
                    }
                }
                (None, false)
            }
            Event::Eof => break,
            _ => (None, false),
        };
        if let Some(element) = element {
            match element.name().as_ref() {
                b"node" => {
                    let item = Item::Node {
                        id: number(element, b"id")?,
                        lat: number(element, b"lat")?,
                        lon: number(element, b"lon")?,
                        tags: Tags::default(),
                    };
                    if empty {
                        each(item);
                    } else {
                        current = Some(item);
                    }
                }
                b"way" => {
                    current = Some(Item::Way {
                        id: number(element, b"id")?,
                        refs: Vec::new(),
                        tags: Tags::default(),
                    });
                }
                b"tag" => {
                    if let (Some(k), Some(v), Some(item)) = (
                        attribute(element, b"k")?,
                        attribute(element, b"v")?,
                        current.as_mut(),
                    ) {
                        match item {
                            Item::Node { tags, .. } | Item::Way { tags, .. } => tags.0.push((k, v)),
                        }
                    }
                }
                b"nd" => match current.as_mut() {
                    Some(Item::Way { refs, .. }) => refs.push(number(element, b"ref")?),
                    _ => bail!("an <nd> outside a <way>"),
                },
                _ => {}
            }
        }
        buffer.clear();
    }
    Ok(())
}

/// A way read from XML keeps its node list only when it matters, as from PBF.
fn finish(item: Item) -> Item {
    match item {
        Item::Way { id, tags, .. } if !wanted_way(&tags) => Item::Way {
            id,
            refs: Vec::new(),
            tags,
        },
        item => item,
    }
}
