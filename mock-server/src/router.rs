//! Matches request paths against the spec's path templates.
//!
//! Like Prism: a concrete path (`/pets/mine`) wins over a templated one (`/pets/{id}`), then
//! templates are tried in the order the spec lists them. Parameters may sit inside a segment
//! (`/test:{rpc}`, `/file.{ext}`) and an empty segment still matches (the validator then
//! reports the missing parameter, as Prism does).

use std::collections::HashMap;

use regex::Regex;

/// All path templates of one spec.
#[derive(Debug, Default)]
pub struct Router {
    concrete: HashMap<String, usize>,
    templated: Vec<(Regex, Vec<String>, usize)>,
}

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
        let mut out = Vec::new();
        if let Some(&i) = self.concrete.get(path) {
            out.push((i, Vec::new()));
        }
        for (re, names, index) in &self.templated {
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
}
