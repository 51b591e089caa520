//! CIDR arithmetic for networks and firewall rules, and address allocation for Floating and
//! Primary IPs.

use crate::call::ApiFail;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// An IPv4 prefix: network address and length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct V4Net {
    pub addr: u32,
    pub len: u8,
}

impl V4Net {
    fn mask(len: u8) -> u32 {
        if len == 0 {
            0
        } else {
            u32::MAX << (32 - u32::from(len))
        }
    }

    pub fn contains_addr(&self, ip: u32) -> bool {
        ip & V4Net::mask(self.len) == self.addr
    }

    /// `other` lies entirely inside `self`.
    pub fn contains(&self, other: &V4Net) -> bool {
        other.len >= self.len && self.contains_addr(other.addr)
    }

    pub fn overlaps(&self, other: &V4Net) -> bool {
        self.contains(other) || other.contains(self)
    }

    /// The first usable address (network address + 1).
    pub fn first_host(&self) -> Ipv4Addr {
        Ipv4Addr::from(self.addr.wrapping_add(1))
    }

    /// Within the private ranges of RFC 1918.
    pub fn is_rfc1918(&self) -> bool {
        [
            V4Net {
                addr: u32::from(Ipv4Addr::new(10, 0, 0, 0)),
                len: 8,
            },
            V4Net {
                addr: u32::from(Ipv4Addr::new(172, 16, 0, 0)),
                len: 12,
            },
            V4Net {
                addr: u32::from(Ipv4Addr::new(192, 168, 0, 0)),
                len: 16,
            },
        ]
        .iter()
        .any(|p| p.contains(self))
    }
}

impl std::fmt::Display for V4Net {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", Ipv4Addr::from(self.addr), self.len)
    }
}

/// Parses `a.b.c.d/len` with no host bits set; `invalid_input` on `field` otherwise.
pub fn parse_v4_net(field: &str, text: &str) -> Result<V4Net, ApiFail> {
    let bad = |why: &str| ApiFail::invalid_input(field, &format!("`{text}` {why}"));
    let (addr, len) = text
        .split_once('/')
        .ok_or_else(|| bad("is not in CIDR notation"))?;
    let addr: Ipv4Addr = addr.parse().map_err(|_| bad("is not an IPv4 range"))?;
    let len: u8 = len
        .parse()
        .ok()
        .filter(|l| *l <= 32)
        .ok_or_else(|| bad("has an invalid prefix length"))?;
    let addr = u32::from(addr);
    if addr & !V4Net::mask(len) != 0 {
        return Err(bad("has host bits set"));
    }
    Ok(V4Net { addr, len })
}

/// Parses a single IPv4 address.
pub fn parse_v4(field: &str, text: &str) -> Result<u32, ApiFail> {
    text.parse::<Ipv4Addr>()
        .map(u32::from)
        .map_err(|_| ApiFail::invalid_input(field, &format!("`{text}` is not an IPv4 address")))
}

/// A firewall CIDR (IPv4 or IPv6) in canonical form (RFC 5952 for IPv6); host bits must be
/// empty, so it names a network or a single host.
pub fn canonical_cidr(field: &str, text: &str) -> Result<String, ApiFail> {
    let bad = |why: &str| ApiFail::invalid_input(field, &format!("`{text}` {why}"));
    let (addr, len) = text
        .split_once('/')
        .ok_or_else(|| bad("is not in CIDR notation"))?;
    let addr: IpAddr = addr.parse().map_err(|_| bad("is not an IP address"))?;
    let len: u32 = len
        .parse()
        .map_err(|_| bad("has an invalid prefix length"))?;
    match addr {
        IpAddr::V4(a) => {
            if len > 32 {
                return Err(bad("has an invalid prefix length"));
            }
            let bits = u32::from(a);
            let mask = if len == 0 { 0 } else { u32::MAX << (32 - len) };
            if bits & !mask != 0 {
                return Err(bad("has host bits set"));
            }
            Ok(format!("{a}/{len}"))
        }
        IpAddr::V6(a) => {
            if len > 128 {
                return Err(bad("has an invalid prefix length"));
            }
            let bits = u128::from(a);
            let mask = if len == 0 {
                0
            } else {
                u128::MAX << (128 - len)
            };
            if bits & !mask != 0 {
                return Err(bad("has host bits set"));
            }
            Ok(format!("{a}/{len}"))
        }
    }
}

/// The `n`-th public IPv4 address handed out (`n` ≥ 0), in ranges like Hetzner's.
pub fn public_v4(n: u32) -> String {
    let blocks: [[u8; 2]; 4] = [[49, 12], [78, 46], [116, 203], [159, 69]];
    let block = blocks[(n as usize / 65_000) % blocks.len()];
    let host = n % 65_000 + 2;
    Ipv4Addr::new(block[0], block[1], (host / 256) as u8, (host % 256) as u8).to_string()
}

/// The `n`-th public IPv6 /64 handed out, as `2a01:4f8:c0c:1a2b::/64`.
pub fn public_v6_net(n: u32) -> String {
    let seg = Ipv6Addr::new(0x2a01, 0x04f8, 0x0c0c, (n & 0xffff) as u16, 0, 0, 0, 0);
    format!("{seg}/64")
}

/// The default reverse DNS name of an IPv4 address.
pub fn default_ptr_v4(ip: &str) -> String {
    format!("static.{ip}.clients.your-server.de")
}

/// Whether `ip` is a single address inside the IPv6 prefix `net` (`2a01:...::/64`).
pub fn v6_in_net(ip: &str, net: &str) -> bool {
    let Some((base, len)) = net.split_once('/') else {
        return false;
    };
    let (Ok(base), Ok(len), Ok(ip)) = (
        base.parse::<Ipv6Addr>(),
        len.parse::<u32>(),
        ip.parse::<Ipv6Addr>(),
    ) else {
        return false;
    };
    let mask = if len == 0 {
        0
    } else {
        u128::MAX << (128 - len.min(128))
    };
    u128::from(ip) & mask == u128::from(base) & mask
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        let net = parse_v4_net("ip_range", "10.0.0.0/16").unwrap();
        let sub = parse_v4_net("ip_range", "10.0.1.0/24").unwrap();
        assert!(net.contains(&sub) && !sub.contains(&net) && net.overlaps(&sub));
        assert!(net.is_rfc1918());
        assert!(!parse_v4_net("x", "8.8.8.0/24").unwrap().is_rfc1918());
        assert!(parse_v4_net("x", "10.0.0.1/16").is_err());
        assert!(parse_v4_net("x", "10.0.0.0").is_err());
        assert_eq!(net.first_host().to_string(), "10.0.0.1");
        assert_eq!(sub.to_string(), "10.0.1.0/24");
        assert_eq!(
            canonical_cidr("ips", "2001:0db8:9a3b:ee58:5ca:990c:8bc9:c03b/128").unwrap(),
            "2001:db8:9a3b:ee58:5ca:990c:8bc9:c03b/128"
        );
        assert!(canonical_cidr("ips", "10.0.1.1/24").is_err());
        assert!(v6_in_net("2a01:4f8:c0c:5::1", &public_v6_net(5)));
        assert_ne!(public_v4(0), public_v4(1));
    }
}
