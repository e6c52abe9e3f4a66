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
    templated: Vec<(Regex, Vec<String>, usize)>,
    /// Every template's pattern in one set, built on the first lookup: above
    /// [`SET_ABOVE`] templates, one pass over the path finds the candidates (a spec with
    /// hundreds of paths would otherwise run hundreds of regexes per request).
    set: OnceLock<Option<RegexSet>>,
}

/// Templates from which a lookup first asks the [`RegexSet`].
const SET_ABOVE: usize = 8;

/// Captured path parameters: (name, raw value).
pub type PathParams = Vec<(String, String)>;

impl Router {
    /// Adds `template` (as written in the spec) under `index`.
    pub fn add(&mut self, template: &str, index: usize) {
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
        if let Ok(re) = Regex::new(&pattern) {
            self.templated.push((re, names, index));
        }
    }

    /// Finds the template matching the (percent-decoded) `path`: the concrete one, else the
    /// first templated one in spec order.
    pub fn find(&self, path: &str) -> Option<(usize, PathParams)> {
        self.find_all(path).into_iter().next()
    }

    /// Every template matching `path`, best first: the concrete one, then the templated ones in
    /// spec order (the caller takes the first that has the request's method, as Prism does).
    pub fn find_all(&self, path: &str) -> Vec<(usize, PathParams)> {
        self.matching(path, self.templated.len() > SET_ABOVE)
    }

    fn matching(&self, path: &str, use_set: bool) -> Vec<(usize, PathParams)> {
        let mut out = Vec::new();
        if let Some(&i) = self.concrete.get(path) {
            out.push((i, Vec::new()));
        }
        let candidates = use_set
            .then(|| {
                self.set
                    .get_or_init(|| {
                        // A set too large for the regex crate's limits: templates one by one.
                        RegexSet::new(self.templated.iter().map(|(re, _, _)| re.as_str())).ok()
                    })
                    .as_ref()
                    .map(|set| set.matches(path))
            })
            .flatten();
        for (k, (re, names, index)) in self.templated.iter().enumerate() {
            if candidates.as_ref().is_some_and(|m| !m.matched(k)) {
                continue;
            }
            if let Some(caps) = re.captures(path) {
                let params = names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| {
                        let raw = caps.get(i + 1).map(|m| m.as_str()).unwrap_or("");
                        (n.clone(), raw.to_string())
                    })
                    .collect();
                out.push((*index, params));
            }
        }
        out
    }
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
    fn the_set_finds_what_the_templates_one_by_one_find() {
        let mut r = Router::default();
        for i in 0..40 {
            r.add(&format!("/r{i}/{{id}}"), 2 * i);
            r.add(&format!("/r{i}/{{id}}/items/{{item}}.{{ext}}"), 2 * i + 1);
        }
        r.add("/r7/{other}", 100);
        r.add("/r7/fixed", 101);
        assert!(r.templated.len() > SET_ABOVE);
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
