//! Where webhooks may be sent: public https addresses only, checked when a webhook is
//! registered and again at every connection.
//!
//! A webhook is a request this server makes on an administrator's say-so, from inside
//! the operator's network. Left open, it reaches what the internet cannot: the cloud
//! metadata service (169.254.169.254), the database's port, an admin panel on loopback.
//! So a target must be https (plain http only where the operator allows local targets,
//! for development), name no credentials, and resolve only to addresses on the public
//! internet. The name is resolved by [`PublicOnly`], the delivery client's resolver,
//! which checks every address it returns: a name that pointed somewhere public at
//! registration and rebinds to a private address later is refused when it is used.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// Whether webhooks may reach loopback, private and other non-public addresses, and use
/// plain http (`[webhooks] allow_local_targets`, for development and tests only).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TargetPolicy {
    pub allow_local: bool,
}

/// The one message a refused address gets, wherever it is refused: the delivery log
/// must not tell apart "nothing listens there" from "something does", or it would be a
/// port scanner for whoever can register a webhook.
pub const NOT_PUBLIC: &str = "Refused: the address is not on the public internet";

/// Checks a webhook address as typed: a real URL, https, no user name or password, and
/// (when the host is written as an address) a public one. Names are checked when they
/// are resolved, at each delivery. Refused, it gives the key of what the administrator
/// is told (`app/locales`).
pub fn check(text: &str, policy: TargetPolicy) -> Result<url::Url, &'static str> {
    let url = url::Url::parse(text.trim()).map_err(|_| "webhook-target-not-url")?;
    match url.scheme() {
        "https" => {}
        "http" if policy.allow_local => {}
        "http" => return Err("webhook-target-not-encrypted"),
        _ => return Err("webhook-target-not-https"),
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("webhook-target-credentials");
    }
    if url.fragment().is_some() {
        return Err("webhook-target-fragment");
    }
    if url.host().is_none() {
        return Err("webhook-target-no-host");
    }
    if !host_allowed(&url, policy) {
        return Err("webhook-target-not-public");
    }
    Ok(url)
}

/// Whether `url`'s host may be reached as it is written: an address written as digits
/// (never resolved, so checked here) must be public, and so must a name that is never
/// public whatever a resolver says. Other names are checked as [`PublicOnly`] resolves
/// them.
pub fn host_allowed(url: &url::Url, policy: TargetPolicy) -> bool {
    policy.allow_local
        || match url.host() {
            Some(url::Host::Ipv4(ip)) => is_public(IpAddr::V4(ip)),
            Some(url::Host::Ipv6(ip)) => is_public(IpAddr::V6(ip)),
            Some(url::Host::Domain(name)) => !is_local_name(name),
            None => false,
        }
}

/// Names that are never public, whatever a resolver says.
fn is_local_name(name: &str) -> bool {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || [".localhost", ".local", ".internal", ".home.arpa"]
            .iter()
            .any(|suffix| name.ends_with(suffix))
        || !name.contains('.')
}

/// Whether `ip` is an address on the public internet: not loopback, private, link-local,
/// shared (carrier-grade NAT), documentation, benchmarking, multicast, reserved or
/// unspecified, and for IPv6 also not unique-local, and not an IPv4 address in disguise
/// (mapped, NAT64, 6to4) unless that address is public.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        // Shared address space (RFC 6598), carrier-grade NAT.
        || (a == 100 && (64..128).contains(&b))
        // IETF protocol assignments (RFC 6890).
        || (a == 192 && b == 0 && c == 0)
        // Benchmarking (RFC 2544).
        || (a == 198 && (18..20).contains(&b))
        // Reserved for future use (class E).
        || a >= 240)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let segments = ip.segments();
    let embedded_v4 = |high: u16, low: u16| {
        Ipv4Addr::new((high >> 8) as u8, high as u8, (low >> 8) as u8, low as u8)
    };
    // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address.
    if segments[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return is_public_v4(embedded_v4(segments[6], segments[7]));
    }
    if segments[0] == 0x2002 {
        return is_public_v4(embedded_v4(segments[1], segments[2]));
    }
    !(ip.is_unspecified()
        || ip.is_loopback()
        || ip.is_multicast()
        // Unique local (fc00::/7) and link-local (fe80::/10).
        || (segments[0] & 0xfe00) == 0xfc00
        || (segments[0] & 0xffc0) == 0xfe80
        // Documentation (2001:db8::/32) and Teredo (2001::/32).
        || (segments[0] == 0x2001 && (segments[1] == 0x0db8 || segments[1] == 0))
        // IPv4-compatible (deprecated) and other addresses in ::/96.
        || segments[..6] == [0, 0, 0, 0, 0, 0])
}

/// Why a name was not resolved for a delivery.
#[derive(Debug, thiserror::Error)]
#[error("{NOT_PUBLIC}")]
pub struct NotPublic;

/// The delivery client's resolver: the system's, refusing a name if any address it
/// resolves to is not public (unless local targets are allowed).
#[derive(Clone, Copy, Debug)]
pub struct PublicOnly(pub TargetPolicy);

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let policy = self.0;
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let addrs: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if !policy.allow_local && addrs.iter().any(|a| !is_public(a.ip())) {
                return Err(Box::new(NotPublic) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STRICT: TargetPolicy = TargetPolicy { allow_local: false };
    const LOCAL: TargetPolicy = TargetPolicy { allow_local: true };

    #[test]
    fn private_and_special_addresses_are_not_public() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "0.1.2.3",
            "192.0.0.8",
            "192.0.2.1",
            "198.18.0.1",
            "224.0.0.1",
            "240.0.0.1",
            "255.255.255.255",
            "::",
            "::1",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "ff02::1",
            "2001:db8::1",
            "2001::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "64:ff9b::a00:1",
            "2002:c0a8:0101::1",
            "::127.0.0.1",
        ] {
            assert!(!is_public(ip.parse().unwrap()), "{ip}");
        }
        for ip in [
            "8.8.8.8",
            "51.140.1.1",
            "100.128.0.1",
            "2a00:1450:4009::1",
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
            "2002:0808:0808::1",
        ] {
            assert!(is_public(ip.parse().unwrap()), "{ip}");
        }
    }

    #[test]
    fn only_public_https_addresses_without_credentials_are_targets() {
        assert!(check("https://hooks.example.org/apps", STRICT).is_ok());
        assert!(check("  https://8.8.8.8/x  ", STRICT).is_ok());
        for bad in [
            "http://hooks.example.org/apps",
            "ftp://hooks.example.org/apps",
            "https://user:secret@hooks.example.org/",
            "https://hooks.example.org/#part",
            "https://127.0.0.1/",
            "https://[::1]/",
            "https://169.254.169.254/latest/meta-data",
            "https://0x7f000001/",
            "https://2130706433/",
            "https://localhost/",
            "https://db.internal/",
            "https://intranet/",
            "not a url",
            "https://",
        ] {
            assert!(check(bad, STRICT).is_err(), "{bad}");
        }
        // For development, local targets and plain http.
        assert!(check("http://127.0.0.1:8080/hook", LOCAL).is_ok());
        assert!(check("http://localhost/hook", LOCAL).is_ok());
        assert!(check("ftp://localhost/hook", LOCAL).is_err());
    }

    #[tokio::test]
    async fn the_resolver_refuses_a_name_that_resolves_to_loopback() {
        use reqwest::dns::Resolve;
        let name = || "localhost".parse::<reqwest::dns::Name>().unwrap();
        let refused = PublicOnly(STRICT).resolve(name()).await;
        assert!(refused.is_err());
        let allowed = PublicOnly(LOCAL).resolve(name()).await.unwrap();
        assert!(allowed.into_iter().all(|a| a.ip().is_loopback()));
    }
}
