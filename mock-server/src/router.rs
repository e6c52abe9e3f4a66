//! Matches request paths against the spec's path templates.
//!
//! Like Prism: a concrete path (`/pets/mine`) wins over a templated one (`/pets/{id}`), then
//! templates are tried in the order the spec lists them. Parameters may sit inside a segment
//! (`/test:{rpc}`, `/file.{ext}`) and an empty segment still matches (the validator then
//! reports the missing parameter, as Prism does).

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::{Regex, RegexSet};

/// All path templates of one spec.
#[derive(Debug, Default)]
pub struct Router {
    concrete: HashMap<String, usize>,
    templated: Vec<Template>,
    /// The pattern of every template that needs one, in one set, built on the first lookup:
    /// above [`SET_ABOVE`] of them, one pass over the path finds the candidates (a spec with
    /// hundreds of paths would otherwise run hundreds of regexes per request).
    set: OnceLock<Option<RegexSet>>,
    /// How many templates need their regex (the ones in the set).
    patterns: usize,
}

/// One templated path: its parameters' names, where it sits in the spec, and how it matches.
#[derive(Debug)]
struct Template {
    names: Vec<String>,
    index: usize,
    matcher: Matcher,
}

#[derive(Debug)]
enum Matcher {
    /// Every parameter is a whole segment (`/pets/{id}/toys`), the common case: the path's
    /// segments are compared in place, no regex runs.
    Segments(Vec<Segment>),
    /// A parameter shares its segment with text or another parameter (`/file.{ext}`,
    /// `/test:{rpc}`): the template's regex, tried only on paths that start with the text
    /// before its first parameter.
    Pattern {
        prefix: String,
        regex: Regex,
        /// Its place in the [`RegexSet`] of patterns.
        slot: usize,
    },
}

#[derive(Debug)]
enum Segment {
    Text(String),
    Param,
}

/// Templates with a pattern from which a lookup first asks the [`RegexSet`].
const SET_ABOVE: usize = 8;

/// Captured path parameters: (name, raw value).
pub type PathParams = Vec<(String, String)>;

impl Router {
    /// Adds `template` (as written in the spec) under `index`.
    pub fn add(&mut self, template: &str, index: usize) {
        self.add_as(template, index, true);
    }

    /// [`Router::add`]; without `by_segments` every template gets its regex (the tests compare
    /// both ways of matching).
    fn add_as(&mut self, template: &str, index: usize, by_segments: bool) {
        if !template.contains('{') {
            self.concrete.entry(template.to_string()).or_insert(index);
            return;
        }
        let mut pattern = String::from("^");
        let mut names = Vec::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            pattern.push_str(&regex::escape(&rest[..open]));
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                pattern.push_str(&regex::escape(&rest[open..]));
                rest = "";
                break;
            };
            names.push(after[..close].to_string());
            pattern.push_str("([^/]*)");
            rest = &after[close + 1..];
        }
        pattern.push_str(&regex::escape(rest));
        pattern.push('$');
        let segments: Option<Vec<Segment>> = template
            .split('/')
            .map(
                |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                    Some(name) if !name.contains(['{', '}']) => Some(Segment::Param),
                    _ if !s.contains(['{', '}']) => Some(Segment::Text(s.to_string())),
                    _ => None,
                },
            )
            .collect();
        let matcher = match segments.filter(|_| by_segments) {
            Some(segments) => Matcher::Segments(segments),
            None => {
                let Ok(regex) = Regex::new(&pattern) else {
                    return;
                };
                let prefix = template[..template.find('{').unwrap_or(0)].to_string();
                let slot = self.patterns;
                self.patterns += 1;
                Matcher::Pattern {
                    prefix,
                    regex,
                    slot,
                }
            }
        };
        self.templated.push(Template {
            names,
            index,
            matcher,
        });
    }

    /// Finds the template matching the (percent-decoded) `path`: the concrete one, else the
    /// first templated one in spec order.
    #[cfg(test)]
    fn find(&self, path: &str) -> Option<(usize, PathParams)> {
        self.find_all(path).into_iter().next()
    }

    /// Every template matching `path`, best first, with its parameters (see [`Router::hits`]).
    #[cfg(test)]
    fn find_all(&self, path: &str) -> Vec<(usize, PathParams)> {
        self.matching(path, self.patterns > SET_ABOVE)
    }

    /// Every template matching `path`, best first: the concrete one, then the templated ones in
    /// spec order (the caller takes the first that has the request's method, as Prism does).
    /// Lazily, and without reading parameters: [`Router::params`] reads the chosen one's.
    pub fn hits<'a>(&'a self, path: &'a str) -> Hits<'a> {
        let use_set = self.patterns > SET_ABOVE;
        self.hits_with(path, use_set)
    }

    fn hits_with<'a>(&'a self, path: &'a str, use_set: bool) -> Hits<'a> {
        Hits {
            router: self,
            path,
            concrete: self.concrete.get(path).copied(),
            next: 0,
            use_set,
            set: None,
        }
    }

    /// The parameters `hit` (from [`Router::hits`] on the same `path`) captured.
    pub fn params(&self, hit: Hit, path: &str) -> PathParams {
        let Some(template) = hit.template.map(|k| &self.templated[k]) else {
            return Vec::new();
        };
        let mut names = template.names.iter();
        let mut params = Vec::with_capacity(template.names.len());
        let mut take = |raw: &str| {
            if let Some(name) = names.next() {
                params.push((name.clone(), raw.to_string()));
            }
        };
        match &template.matcher {
            Matcher::Segments(segments) => {
                walk_segments(segments, path, take);
            }
            Matcher::Pattern { regex, .. } => {
                if let Some(caps) = regex.captures(path) {
                    for i in 1..caps.len() {
                        take(caps.get(i).map_or("", |m| m.as_str()));
                    }
                }
            }
        }
        params
    }

    fn patterns(&self) -> impl Iterator<Item = &Regex> {
        self.templated.iter().filter_map(|t| match &t.matcher {
            Matcher::Pattern { regex, .. } => Some(regex),
            Matcher::Segments(_) => None,
        })
    }

    #[cfg(test)]
    fn matching(&self, path: &str, use_set: bool) -> Vec<(usize, PathParams)> {
        self.hits_with(path, use_set)
            .map(|hit| (hit.index, self.params(hit, path)))
            .collect()
    }
}

/// A template that matched: the spec path's index, and which template (none: the concrete
/// path).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub index: usize,
    template: Option<usize>,
}

/// The templates matching one path, best first ([`Router::hits`]).
pub struct Hits<'a> {
    router: &'a Router,
    path: &'a str,
    concrete: Option<usize>,
    /// The next template to try.
    next: usize,
    use_set: bool,
    /// The set's verdict on the path, asked for at the first pattern that needs it.
    set: Option<Option<regex::SetMatches>>,
}

impl Iterator for Hits<'_> {
    type Item = Hit;

    fn next(&mut self) -> Option<Hit> {
        if let Some(index) = self.concrete.take() {
            return Some(Hit {
                index,
                template: None,
            });
        }
        let (router, path) = (self.router, self.path);
        while let Some(template) = router.templated.get(self.next) {
            let k = self.next;
            self.next += 1;
            let matched = match &template.matcher {
                Matcher::Segments(segments) => walk_segments(segments, path, |_| {}),
                Matcher::Pattern {
                    prefix,
                    regex,
                    slot,
                } => {
                    path.starts_with(prefix.as_str())
                        && !(self.use_set
                            && self
                                .set
                                .get_or_insert_with(|| {
                                    router
                                        .set
                                        .get_or_init(|| {
                                            // A set too large for the regex crate's limits:
                                            // templates one by one.
                                            RegexSet::new(router.patterns().map(Regex::as_str)).ok()
                                        })
                                        .as_ref()
                                        .map(|set| set.matches(path))
                                })
                                .as_ref()
                                .is_some_and(|m| !m.matched(*slot)))
                        && regex.is_match(path)
                }
            };
            if matched {
                return Some(Hit {
                    index: template.index,
                    template: Some(k),
                });
            }
        }
        None
    }
}

/// `a == b`, without the C library's `memcmp`: for the few bytes of a path segment its
/// vector code was the router's largest cost (perf on the bench of benches/request.rs).
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (mut a, mut b) = (a, b);
    while let (Some((x, rest_a)), Some((y, rest_b))) =
        (a.split_first_chunk::<8>(), b.split_first_chunk::<8>())
    {
        if u64::from_ne_bytes(*x) != u64::from_ne_bytes(*y) {
            return false;
        }
        (a, b) = (rest_a, rest_b);
    }
    a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
}

/// Whether `path` matches a template of whole-segment parameters, each parameter's value
/// handed to `value` in order.
fn walk_segments(segments: &[Segment], path: &str, mut value: impl FnMut(&str)) -> bool {
    let mut parts = path.split('/');
    for segment in segments {
        let Some(part) = parts.next() else {
            return false;
        };
        match segment {
            Segment::Text(text) if !same(text.as_bytes(), part.as_bytes()) => return false,
            Segment::Text(_) => {}
            Segment::Param => value(part),
        }
    }
    parts.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concrete_wins_and_segments_can_mix() {
        let mut r = Router::default();
        r.add("/test/{id}", 0);
        r.add("/test/fixed", 1);
        r.add("/test:{rpc}", 2);
        r.add("/file/x.{format}", 3);
        assert_eq!(r.find("/test/fixed").unwrap().0, 1);
        assert_eq!(
            r.find("/test/7").unwrap(),
            (0, vec![("id".into(), "7".into())])
        );
        assert_eq!(r.find("/test:yes").unwrap().0, 2);
        assert_eq!(r.find("/file/x.json").unwrap().1[0].1, "json");
        assert!(r.find("/test").is_none());
        assert!(r.find("/test/a/b").is_none());
    }

    #[test]
    fn segments_match_as_the_templates_regex_does() {
        let templates = [
            "/pets/{id}",
            "/pets/{id}/toys/{toy}",
            "/{a}/{b}",
            "{root}",
            "/pets/{id}/",
            "/x/{id}.json",
        ];
        let (mut fast, mut slow) = (Router::default(), Router::default());
        for (i, t) in templates.iter().enumerate() {
            fast.add(t, i);
            slow.add_as(t, i, false);
        }
        assert_eq!(
            fast.patterns().count(),
            1,
            "only the mixed segment needs a regex"
        );
        for path in [
            "/pets/7",
            "/pets/",
            "/pets//",
            "/pets/7/toys/ball",
            "/pets/7/toys/",
            "/pets/7/",
            "/pets",
            "/",
            "",
            "x",
            "/a/b/c",
            "//",
            "/x/1.json",
            "/x/.json",
            "/pets/ñ/toys/%",
        ] {
            assert_eq!(
                fast.matching(path, false),
                slow.matching(path, false),
                "{path}"
            );
        }
        assert_eq!(
            fast.find_all("/pets/7"),
            vec![
                (0, vec![("id".to_string(), "7".to_string())]),
                (
                    2,
                    vec![
                        ("a".to_string(), "pets".to_string()),
                        ("b".to_string(), "7".to_string())
                    ]
                )
            ]
        );
    }

    #[test]
    fn the_set_finds_what_the_templates_one_by_one_find() {
        let mut r = Router::default();
        for i in 0..40 {
            r.add(&format!("/r{i}/{{id}}"), 2 * i);
            r.add(&format!("/r{i}/{{id}}/items/{{item}}.{{ext}}"), 2 * i + 1);
        }
        r.add("/r7/{other}", 100);
        r.add("/r7/fixed", 101);
        assert!(r.patterns().count() > SET_ABOVE);
        for path in [
            "/r0/1",
            "/r7/5",
            "/r7/fixed",
            "/r39/x/items/y.json",
            "/r39/x/items/",
            "/r12//items/.",
            "/r40/1",
            "/nothing",
            "/r3/a/b",
        ] {
            assert_eq!(r.matching(path, true), r.matching(path, false), "{path}");
        }
        let both = r.find_all("/r7/5");
        assert_eq!(
            both.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
            vec![14, 100]
        );
        assert_eq!(r.find_all("/r7/fixed")[0].0, 101);
        assert_eq!(
            r.find("/r39/x/items/y.json").unwrap().1,
            vec![
                ("id".to_string(), "x".to_string()),
                ("item".to_string(), "y".to_string()),
                ("ext".to_string(), "json".to_string())
            ]
        );
        assert!(r.find("/nothing").is_none());
    }
}
