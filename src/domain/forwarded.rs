//! Who the client is behind proxies: the right-most address of the forwarding chain that is not
//! one of our own trusted proxies.
//!
//! Every hop appends the address it received the request from, so only the entries our own
//! proxies appended can be believed; everything left of the first address we do not trust was
//! written by the client and may be forged. Walking from the right (the socket peer first) and
//! stopping at the first untrusted address gives the client as our outermost proxy saw it.
//! Only one header is read (the one the deployment's proxies set), so a client cannot slip in
//! the other one. With no trusted proxies configured the headers are ignored altogether.

use std::{fmt, net::IpAddr, str::FromStr};

use ipnet::IpNet;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The proxies whose forwarding headers are believed (`COMMONGROUND_TRUSTED_PROXIES`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, address: IpAddr) -> bool {
        let address = canonical(address);
        self.0.iter().any(|net| net.contains(&address))
    }
}

impl FromStr for TrustedProxies {
    type Err = String;

    /// Comma-separated CIDRs or single addresses; blanks are skipped.
    fn from_str(list: &str) -> Result<Self, Self::Err> {
        list.split(',')
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(|item| {
                item.parse::<IpNet>()
                    .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("`{item}` is not an IP address or CIDR"))
            })
            .collect::<Result<_, _>>()
            .map(TrustedProxies)
    }
}

impl fmt::Display for TrustedProxies {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let items: Vec<String> = self.0.iter().map(IpNet::to_string).collect();
        f.write_str(&items.join(","))
    }
}

impl Serialize for TrustedProxies {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for TrustedProxies {
    /// A comma-separated string (the environment) or a list of strings (TOML).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            One(String),
            Many(Vec<String>),
        }
        let joined = match Raw::deserialize(deserializer)? {
            Raw::One(list) => list,
            Raw::Many(items) => items.join(","),
        };
        joined.parse().map_err(serde::de::Error::custom)
    }
}

/// The header the trusted proxies set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ForwardedHeader {
    #[default]
    #[serde(rename = "x-forwarded-for")]
    XForwardedFor,
    /// RFC 7239 `Forwarded: for=...`.
    #[serde(rename = "forwarded")]
    Forwarded,
}

impl ForwardedHeader {
    pub fn name(self) -> &'static str {
        match self {
            ForwardedHeader::XForwardedFor => "x-forwarded-for",
            ForwardedHeader::Forwarded => "forwarded",
        }
    }

    /// The addresses one header line names, left to right; `None` for an entry that is not an
    /// address (`unknown`, an obfuscated `_name`, garbage).
    fn hops(self, line: &str) -> Vec<Option<IpAddr>> {
        match self {
            ForwardedHeader::XForwardedFor => line.split(',').map(parse_node).collect(),
            ForwardedHeader::Forwarded => line
                .split(',')
                .filter_map(|element| {
                    element.split(';').find_map(|pair| {
                        let (key, value) = pair.split_once('=')?;
                        key.trim()
                            .eq_ignore_ascii_case("for")
                            .then(|| parse_node(value))
                    })
                })
                .collect(),
        }
    }
}

/// The client's address: `peer` (the socket's other end) unless it is a trusted proxy, in which
/// case the chain in the header lines (in the order received) is walked from the right past
/// trusted proxies. When every hop is trusted the left-most is the client; an entry that is not
/// an address stops the walk at the trusted hop that reported it.
pub fn client_address<'a>(
    peer: IpAddr,
    header: ForwardedHeader,
    lines: impl IntoIterator<Item = &'a str>,
    trusted: &TrustedProxies,
) -> IpAddr {
    let peer = canonical(peer);
    if trusted.is_empty() || !trusted.contains(peer) {
        return peer;
    }
    let hops: Vec<Option<IpAddr>> = lines
        .into_iter()
        .flat_map(|line| header.hops(line))
        .collect();
    let mut client = peer;
    for hop in hops.into_iter().rev() {
        match hop {
            Some(address) => {
                client = canonical(address);
                if !trusted.contains(client) {
                    break;
                }
            }
            None => break,
        }
    }
    client
}

/// One node of either header: `1.2.3.4`, `1.2.3.4:80`, `2001:db8::1`, `[2001:db8::1]:80`,
/// optionally quoted (RFC 7239 quotes IPv6 and ports).
fn parse_node(raw: &str) -> Option<IpAddr> {
    let node = raw.trim().trim_matches('"').trim();
    if let Ok(address) = node.parse::<IpAddr>() {
        return Some(address);
    }
    if let Some(rest) = node.strip_prefix('[') {
        return rest.split_once(']')?.0.parse().ok();
    }
    let (host, port) = node.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    host.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4)
}

/// IPv4 peers reached over an IPv6 socket appear as `::ffff:a.b.c.d`; count them as IPv4 so
/// one client has one key and IPv4 CIDRs match.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn proxies(list: &str) -> TrustedProxies {
        list.parse().unwrap()
    }

    #[test]
    fn the_right_most_untrusted_address_is_the_client() {
        use ForwardedHeader::{Forwarded, XForwardedFor};
        let trusted = proxies("10.0.0.0/8, 127.0.0.1");
        // (peer, header, lines, expected client)
        let table: &[(&str, ForwardedHeader, &[&str], &str)] = &[
            // Headers from an untrusted peer are ignored: the peer is the client.
            ("203.0.113.9", XForwardedFor, &["1.1.1.1"], "203.0.113.9"),
            // One trusted proxy: the address it appended.
            ("10.0.0.2", XForwardedFor, &["198.51.100.7"], "198.51.100.7"),
            // A forged left part is skipped: only the right-most untrusted entry counts.
            (
                "10.0.0.2",
                XForwardedFor,
                &["6.6.6.6, 198.51.100.7"],
                "198.51.100.7",
            ),
            // Two proxies of ours in a row.
            (
                "127.0.0.1",
                XForwardedFor,
                &["198.51.100.7, 10.1.2.3"],
                "198.51.100.7",
            ),
            // Several header lines are one list, in order.
            (
                "10.0.0.2",
                XForwardedFor,
                &["6.6.6.6", "198.51.100.7"],
                "198.51.100.7",
            ),
            // Ports and IPv6 brackets.
            (
                "10.0.0.2",
                XForwardedFor,
                &["198.51.100.7:5555"],
                "198.51.100.7",
            ),
            (
                "10.0.0.2",
                XForwardedFor,
                &["[2001:db8::7]:443"],
                "2001:db8::7",
            ),
            ("10.0.0.2", XForwardedFor, &["2001:db8::7"], "2001:db8::7"),
            // Every hop trusted: the left-most.
            (
                "10.0.0.2",
                XForwardedFor,
                &["10.9.9.9, 10.0.0.1"],
                "10.9.9.9",
            ),
            // No header from a trusted proxy: the proxy itself.
            ("10.0.0.2", XForwardedFor, &[], "10.0.0.2"),
            // Garbage where our proxy wrote: the proxy that reported it.
            (
                "10.0.0.2",
                XForwardedFor,
                &["198.51.100.7, nonsense"],
                "10.0.0.2",
            ),
            // RFC 7239 the same way, with quoting, other parameters and case.
            (
                "10.0.0.2",
                Forwarded,
                &["for=6.6.6.6, for=198.51.100.7;proto=https"],
                "198.51.100.7",
            ),
            (
                "10.0.0.2",
                Forwarded,
                &["For=\"[2001:db8:cafe::17]:4711\""],
                "2001:db8:cafe::17",
            ),
            (
                "10.0.0.2",
                Forwarded,
                &["proto=http;for=198.51.100.7:80;by=10.0.0.2"],
                "198.51.100.7",
            ),
            ("10.0.0.2", Forwarded, &["for=unknown"], "10.0.0.2"),
            // IPv4 mapped into IPv6 matches IPv4 CIDRs.
            (
                "::ffff:10.0.0.2",
                XForwardedFor,
                &["198.51.100.7"],
                "198.51.100.7",
            ),
        ];
        for (peer, header, lines, expected) in table {
            assert_eq!(
                client_address(ip(peer), *header, lines.iter().copied(), &trusted),
                ip(expected),
                "peer {peer}, {header:?} {lines:?}"
            );
        }
    }

    #[test]
    fn with_no_trusted_proxies_the_headers_are_ignored() {
        let none = TrustedProxies::default();
        assert_eq!(
            client_address(
                ip("127.0.0.1"),
                ForwardedHeader::XForwardedFor,
                ["1.2.3.4"],
                &none
            ),
            ip("127.0.0.1")
        );
    }

    #[test]
    fn trusted_proxies_parse_from_a_comma_list_and_refuse_garbage() {
        let parsed = proxies(" 10.0.0.0/8 ,192.168.1.1,, ::1 ");
        assert!(parsed.contains(ip("10.200.0.1")));
        assert!(parsed.contains(ip("192.168.1.1")));
        assert!(!parsed.contains(ip("192.168.1.2")));
        assert!(parsed.contains(ip("::1")));
        assert_eq!(parsed.to_string(), "10.0.0.0/8,192.168.1.1/32,::1/128");
        assert!("10.0.0.0/33".parse::<TrustedProxies>().is_err());
        assert!("proxy.local".parse::<TrustedProxies>().is_err());
        assert!(proxies("").is_empty());
    }
}
