//! Request ids for requests that arrive without one.
//!
//! A random UUID per request costs a call to the OS random source; an id only has to be unique,
//! so each process draws a random 64-bit prefix once and counts up from it. The id keeps the
//! familiar UUID shape (8-4-4-4-12 hex digits), so log tooling that expects one still works.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use http::{HeaderValue, Request};
use tower_http::request_id::{MakeRequestId, RequestId};

/// Makes `prefix-counter` ids shaped like UUIDs; clones share the counter.
#[derive(Clone)]
pub(super) struct ProcessRequestIds {
    prefix: u64,
    counter: Arc<AtomicU64>,
}

impl ProcessRequestIds {
    pub(super) fn new() -> Self {
        // RandomState is seeded from the OS once per process (then incremented per instance),
        // which is all the randomness a prefix needs; no extra dependency.
        let mut hasher = RandomState::new().build_hasher();
        hasher.write_u32(std::process::id());
        Self {
            prefix: hasher.finish(),
            counter: Arc::new(AtomicU64::new(0)),
        }
    }

    fn next(&self) -> String {
        let count = self.counter.fetch_add(1, Ordering::Relaxed);
        let (p, c) = (self.prefix, count);
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            p >> 32,
            (p >> 16) & 0xffff,
            p & 0xffff,
            (c >> 48) & 0xffff,
            c & 0xffff_ffff_ffff
        )
    }
}

impl MakeRequestId for ProcessRequestIds {
    fn make_request_id<B>(&mut self, _request: &Request<B>) -> Option<RequestId> {
        HeaderValue::from_str(&self.next()).ok().map(RequestId::new)
    }
}

#[cfg(test)]
mod tests {
    use super::ProcessRequestIds;

    #[test]
    fn ids_are_uuid_shaped_and_distinct() {
        let ids = ProcessRequestIds::new();
        let first = ids.next();
        let second = ids.clone().next();
        assert_ne!(first, second, "clones share the counter");
        for id in [&first, &second] {
            let groups: Vec<usize> = id.split('-').map(str::len).collect();
            assert_eq!(groups, [8, 4, 4, 4, 12], "{id}");
            assert!(
                id.chars().all(|c| c == '-' || c.is_ascii_hexdigit()),
                "{id}"
            );
        }
        assert_ne!(
            ProcessRequestIds::new().prefix,
            ids.prefix,
            "each maker draws its own prefix"
        );
    }
}
