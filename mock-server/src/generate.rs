//! Values from schemas: the static sampler (Prism's json-schema-sampler behaviour: examples,
//! defaults, first enum values, `"string"`, `0`, one array item) and the dynamic faker
//! (random but schema-valid values, repeatable with a seed).

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::{Map, Value, json};

use crate::error::MockError;
use taller_contract::Source;

/// Work budget of one generation, like the sampler's 2500 "ticks".
const MAX_TICKS: usize = 2500;
/// How often one `$ref` may be open on the current path before recursion is cut.
const MAX_REF_DEPTH: usize = 2;

/// Options of the dynamic faker (`x-json-schema-faker` in the spec and CLI flags).
#[derive(Debug, Clone)]
pub struct FakerOptions {
    /// Add random extra properties where `additionalProperties` allows them.
    pub fill_properties: bool,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    /// Use `default` values when present.
    pub use_default: bool,
}

impl Default for FakerOptions {
    fn default() -> Self {
        FakerOptions {
            fill_properties: true,
            min_items: None,
            max_items: None,
            use_default: false,
        }
    }
}

enum Mode<'r> {
    Static,
    Dynamic(&'r mut StdRng, &'r FakerOptions),
}

struct Generator<'a, 'r> {
    source: &'a Source,
    mode: Mode<'r>,
    ticks: usize,
    refs: Vec<&'a str>,
}

/// The static value Prism would show for `schema`.
pub fn sample(source: &Source, schema: &Value) -> Result<Value, MockError> {
    let mut generator = Generator {
        source,
        mode: Mode::Static,
        ticks: 0,
        refs: Vec::new(),
    };
    generator.value(schema)
}

/// A random value valid against `schema`.
pub fn fake(
    source: &Source,
    schema: &Value,
    rng: &mut StdRng,
    options: &FakerOptions,
) -> Result<Value, MockError> {
    let mut generator = Generator {
        source,
        mode: Mode::Dynamic(rng, options),
        ticks: 0,
        refs: Vec::new(),
    };
    generator.value(schema)
}

/// The first non-null type named by `type` (a string or, in 3.1, an array).
pub fn primary_type(schema: &Value) -> Option<&str> {
    match schema.get("type") {
        Some(Value::String(t)) => Some(t.as_str()),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).find(|t| *t != "null"),
        _ => None,
    }
}

fn infer_type(schema: &Value) -> Option<&str> {
    primary_type(schema).or_else(|| {
        if schema.get("properties").is_some() || schema.get("additionalProperties").is_some() {
            Some("object")
        } else if schema.get("items").is_some() || schema.get("prefixItems").is_some() {
            Some("array")
        } else {
            None
        }
    })
}

impl<'a> Generator<'a, '_> {
    fn dynamic(&self) -> bool {
        matches!(self.mode, Mode::Dynamic(..))
    }

    fn value(&mut self, schema: &'a Value) -> Result<Value, MockError> {
        self.ticks += 1;
        if self.ticks > MAX_TICKS {
            return Err(MockError::SchemaTooComplex);
        }
        let Value::Object(map) = schema else {
            // `true`/`false` schemas and garbage: nothing sensible to say.
            return Ok(Value::Null);
        };
        if let Some(Value::String(r)) = map.get("$ref") {
            let Some(target) = self.source.lookup(r) else {
                return Ok(Value::Null);
            };
            let open = self.refs.iter().filter(|x| **x == r.as_str()).count();
            if open >= MAX_REF_DEPTH {
                // Recursion: answer an empty value of the right shape, like the sampler.
                return Ok(match infer_type(self.source.deref(target)) {
                    Some("array") => json!([]),
                    Some("object") => json!({}),
                    _ => Value::Null,
                });
            }
            self.refs.push(r.as_str());
            let out = self.value(target);
            self.refs.pop();
            return out;
        }
        if let Some(c) = map.get("const") {
            return Ok(c.clone());
        }
        if let (Mode::Dynamic(rng, _), Some(spec)) = (&mut self.mode, map.get("x-faker"))
            && let Some(v) = x_faker(spec, rng)
        {
            return Ok(fit_type(v, primary_type(schema)));
        }
        let use_default = match &self.mode {
            Mode::Static => true,
            Mode::Dynamic(_, o) => o.use_default,
        };
        if !self.dynamic() {
            if let Some(e) = map.get("example") {
                return Ok(e.clone());
            }
            if let Some(Value::Array(es)) = map.get("examples")
                && let Some(e) = es.first()
            {
                return Ok(e.clone());
            }
        }
        if use_default && let Some(d) = map.get("default") {
            return Ok(d.clone());
        }
        if let Some(Value::Array(options)) = map.get("enum") {
            let candidates: Vec<&Value> = options.iter().filter(|v| !v.is_null()).collect();
            let pick = match &mut self.mode {
                Mode::Static => candidates.first().copied(),
                Mode::Dynamic(rng, _) if !candidates.is_empty() => {
                    Some(candidates[rng.random_range(0..candidates.len())])
                }
                Mode::Dynamic(..) => None,
            };
            return Ok(pick.cloned().unwrap_or(Value::Null));
        }
        if let Some(Value::Array(all)) = map.get("allOf") {
            let mut merged = Value::Null;
            for sub in all {
                let v = self.value(sub)?;
                merged = merge(merged, v);
            }
            // Properties declared next to allOf belong to the same object.
            if map.contains_key("properties") {
                let own = self.object(map)?;
                merged = merge(merged, own);
            }
            return Ok(merged);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(options)) = map.get(key)
                && !options.is_empty()
            {
                let index = match &mut self.mode {
                    Mode::Static => 0,
                    Mode::Dynamic(rng, _) => rng.random_range(0..options.len()),
                };
                let chosen = self.value(&options[index])?;
                if map.contains_key("properties") {
                    let own = self.object(map)?;
                    return Ok(merge(own, chosen));
                }
                return Ok(chosen);
            }
        }
        match infer_type(schema) {
            Some("object") => self.object(map),
            Some("array") => self.array(map),
            Some("string") => Ok(Value::String(self.string(map))),
            Some("integer") => Ok(self.number(map, true)),
            Some("number") => Ok(self.number(map, false)),
            Some("boolean") => Ok(Value::Bool(match &mut self.mode {
                Mode::Static => true,
                Mode::Dynamic(rng, _) => rng.random_bool(0.5),
            })),
            Some("null") => Ok(Value::Null),
            _ => Ok(Value::Null),
        }
    }

    fn object(&mut self, map: &'a Map<String, Value>) -> Result<Value, MockError> {
        let mut out = Map::new();
        if let Some(Value::Object(props)) = map.get("properties") {
            for (name, sub) in props {
                let sub_schema = self.source.deref(sub);
                // Responses never carry writeOnly fields.
                if sub_schema.get("writeOnly") == Some(&Value::Bool(true)) {
                    continue;
                }
                let v = self.value(sub)?;
                out.insert(name.clone(), v);
            }
        }
        if let Mode::Dynamic(_, options) = &self.mode
            && options.fill_properties
            && let Some(extra @ Value::Object(_)) = map.get("additionalProperties")
        {
            let extra: &'a Value = extra;
            for i in 0..2 {
                let v = self.value(extra)?;
                out.insert(format!("additionalProp{}", i + 1), v);
            }
        }
        Ok(Value::Object(out))
    }

    fn array(&mut self, map: &'a Map<String, Value>) -> Result<Value, MockError> {
        let min = map.get("minItems").and_then(Value::as_u64);
        let max = map.get("maxItems").and_then(Value::as_u64);
        let count = match &mut self.mode {
            Mode::Static => min.unwrap_or(1).max(1),
            Mode::Dynamic(rng, options) => {
                let lo = min.or(options.min_items).unwrap_or(1);
                let hi = max.or(options.max_items).unwrap_or(lo.max(3)).max(lo);
                rng.random_range(lo..=hi)
            }
        };
        let count = if let Some(max) = max {
            count.min(max)
        } else {
            count
        };
        if count as usize > MAX_TICKS {
            return Err(MockError::SchemaTooComplex);
        }
        let mut out = Vec::new();
        if let Some(Value::Array(prefix)) = map.get("prefixItems") {
            for sub in prefix {
                out.push(self.value(sub)?);
            }
        }
        let items: Option<&'a Value> = map.get("items").or_else(|| map.get("contains"));
        if let Some(items) = items {
            while (out.len() as u64) < count {
                let v = self.value(items)?;
                out.push(v);
            }
        }
        if self.dynamic()
            && map.get("uniqueItems") == Some(&Value::Bool(true))
            && out.iter().all(|v| !v.is_object() && !v.is_array())
        {
            let mut seen = Vec::new();
            out.retain(|v| {
                if seen.contains(v) {
                    false
                } else {
                    seen.push(v.clone());
                    true
                }
            });
        }
        Ok(Value::Array(out))
    }

    fn number(&mut self, map: &Map<String, Value>, integer: bool) -> Value {
        let f = |k: &str| map.get(k).and_then(Value::as_f64);
        let mut lo = f("minimum");
        let mut hi = f("maximum");
        let step = if integer { 1.0 } else { 0.01 };
        match map.get("exclusiveMinimum") {
            Some(Value::Bool(true)) => lo = lo.map(|v| v + step),
            Some(Value::Number(n)) => lo = n.as_f64().map(|v| v + step),
            _ => {}
        }
        match map.get("exclusiveMaximum") {
            Some(Value::Bool(true)) => hi = hi.map(|v| v - step),
            Some(Value::Number(n)) => hi = n.as_f64().map(|v| v - step),
            _ => {}
        }
        if integer {
            lo = lo.map(f64::ceil);
            hi = hi.map(f64::floor);
        }
        let v = match &mut self.mode {
            Mode::Static => match (lo, hi) {
                (Some(l), _) => l,
                (None, Some(h)) if h < 0.0 => h,
                _ => 0.0,
            },
            Mode::Dynamic(rng, _) => {
                let l = lo.unwrap_or(if hi.is_some_and(|h| h < 0.0) {
                    hi.unwrap_or(0.0) - 1000.0
                } else {
                    0.0
                });
                let h = hi.unwrap_or(l + 1000.0).max(l);
                if integer {
                    rng.random_range(l as i64..=h as i64) as f64
                } else {
                    (rng.random_range(l..=h) * 100.0).round() / 100.0
                }
            }
        };
        let v = match map.get("multipleOf").and_then(Value::as_f64) {
            Some(m) if m > 0.0 => {
                let r = (v / m).ceil() * m;
                if hi.is_some_and(|h| r > h) {
                    (v / m).floor() * m
                } else {
                    r
                }
            }
            _ => v,
        };
        if integer || v.fract() == 0.0 && v.abs() < 1e15 {
            Value::from(v as i64)
        } else {
            serde_json::Number::from_f64(v)
                .map(Value::Number)
                .unwrap_or(Value::from(0))
        }
    }

    fn string(&mut self, map: &Map<String, Value>) -> String {
        // An absurd minLength must not exhaust memory: it is capped at 10 000 characters (and
        // the response's self-check then reports the shortfall).
        let min = map
            .get("minLength")
            .and_then(Value::as_u64)
            .unwrap_or(0)
            .min(MAX_TICKS as u64 * 4) as usize;
        let max = map
            .get("maxLength")
            .and_then(Value::as_u64)
            .map(|m| m as usize);
        if let Some(Value::String(pattern)) = map.get("pattern") {
            let mut fixed;
            let rng: &mut StdRng = match &mut self.mode {
                Mode::Static => {
                    fixed = StdRng::seed_from_u64(0);
                    &mut fixed
                }
                Mode::Dynamic(rng, _) => rng,
            };
            if let Some(s) = from_pattern(pattern, rng, min, max) {
                return s;
            }
        }
        let format = map.get("format").and_then(Value::as_str).unwrap_or("");
        let s = match &mut self.mode {
            Mode::Static => static_format(format).to_string(),
            Mode::Dynamic(rng, _) => dynamic_format(format, rng),
        };
        fit_length(s, min, max)
    }
}

/// A string matching `pattern` and the length bounds, if the pattern can be generated.
fn from_pattern(pattern: &str, rng: &mut StdRng, min: usize, max: Option<usize>) -> Option<String> {
    // The generator treats anchors as errors; a whole-string match is what we produce anyway.
    let core = pattern.strip_prefix('^').unwrap_or(pattern);
    let core = match core.strip_suffix('$') {
        Some(c) if !c.ends_with('\\') => c,
        _ => core,
    };
    // JSON Schema patterns are ECMA-262, whose `\d` and `\w` are ASCII; the generator's are
    // Unicode, and would answer digits the validator refuses.
    let core = core
        .replace("\\D", "[^0-9]")
        .replace("\\d", "[0-9]")
        .replace("\\W", "[^A-Za-z0-9_]")
        .replace("\\w", "[A-Za-z0-9_]");
    let generator = rand_regex::Regex::compile(&core, 12).ok()?;
    for _ in 0..20 {
        let s: String = rng.sample(&generator);
        let n = s.chars().count();
        if n >= min && max.is_none_or(|m| n <= m) {
            return Some(s);
        }
    }
    None
}

fn fit_length(s: String, min: usize, max: Option<usize>) -> String {
    let len = s.chars().count();
    if len < min {
        let filler = if s.is_empty() {
            "x".to_string()
        } else {
            s.clone()
        };
        return filler.chars().cycle().take(min).collect();
    }
    match max {
        Some(m) if len > m => s.chars().take(m.max(min)).collect(),
        _ => s,
    }
}

fn static_format(format: &str) -> &'static str {
    match format {
        "date-time" => "2019-08-24T14:15:22Z",
        "date" => "2019-08-24",
        "time" => "14:15:22Z",
        "email" => "user@example.com",
        "idn-email" => "пользователь@пример.ру",
        "hostname" => "example.com",
        "idn-hostname" => "пример.ру",
        "ipv4" => "192.168.0.1",
        "ipv6" => "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
        "uri" | "url" | "iri" => "http://example.com",
        "uri-reference" | "iri-reference" => "../dictionary",
        "uri-template" => "http://example.com/{endpoint}",
        "uuid" => "095be615-a8ad-4c33-8e9c-c7612fbf6c9f",
        "json-pointer" => "/json/pointer",
        "relative-json-pointer" => "1/relative/json/pointer",
        "regex" => "/regex/",
        "byte" => "U3dhZ2dlciByb2Nrcw==",
        "binary" => "string",
        "password" => "pa$$word",
        "duration" => "P3D",
        _ => "string",
    }
}

const WORDS: &[&str] = &[
    "lorem",
    "ipsum",
    "dolor",
    "sit",
    "amet",
    "consectetur",
    "adipiscing",
    "elit",
    "sed",
    "do",
    "eiusmod",
    "tempor",
    "incididunt",
    "labore",
    "magna",
    "aliqua",
];

fn dynamic_format(format: &str, rng: &mut StdRng) -> String {
    let word = |rng: &mut StdRng| WORDS[rng.random_range(0..WORDS.len())];
    match format {
        "date-time" => format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            rng.random_range(1990..2030),
            rng.random_range(1..=12),
            rng.random_range(1..=28),
            rng.random_range(0..24),
            rng.random_range(0..60),
            rng.random_range(0..60)
        ),
        "date" => format!(
            "{:04}-{:02}-{:02}",
            rng.random_range(1990..2030),
            rng.random_range(1..=12),
            rng.random_range(1..=28)
        ),
        "time" => format!(
            "{:02}:{:02}:{:02}Z",
            rng.random_range(0..24),
            rng.random_range(0..60),
            rng.random_range(0..60)
        ),
        "email" | "idn-email" => format!("{}.{}@example.com", word(rng), word(rng)),
        "hostname" | "idn-hostname" => format!("{}.example.com", word(rng)),
        "ipv4" => format!(
            "{}.{}.{}.{}",
            rng.random_range(1..255),
            rng.random_range(0..256),
            rng.random_range(0..256),
            rng.random_range(1..255)
        ),
        "ipv6" => (0..8)
            .map(|_| format!("{:x}", rng.random_range(0..0x10000)))
            .collect::<Vec<_>>()
            .join(":"),
        "uri" | "url" | "iri" => format!("https://{}.example.com/{}", word(rng), word(rng)),
        "uri-reference" | "iri-reference" => format!("/{}/{}", word(rng), word(rng)),
        "uuid" => {
            let bytes: [u8; 16] = rng.random();
            let mut b = bytes;
            b[6] = (b[6] & 0x0f) | 0x40;
            b[8] = (b[8] & 0x3f) | 0x80;
            let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
            format!(
                "{}-{}-{}-{}-{}",
                &h[0..8],
                &h[8..12],
                &h[12..16],
                &h[16..20],
                &h[20..32]
            )
        }
        "byte" => "bG9yZW0gaXBzdW0=".to_string(),
        _ => {
            let n = rng.random_range(1..4);
            (0..n).map(|_| word(rng)).collect::<Vec<_>>().join(" ")
        }
    }
}

/// json-schema-faker's `x-faker` (dynamic mode only): a faker.js method, as `name.firstName`
/// or `{"datatype.number": {"min": 1, "max": 9}}`. A useful subset of faker's methods (names,
/// internet, address, phone, company, commerce, lorem, numbers, dates, identifiers, images) is
/// known; any other leaves the value to the schema.
fn x_faker(spec: &Value, rng: &mut StdRng) -> Option<Value> {
    let (path, args) = match spec {
        Value::String(p) => (p.as_str(), None),
        Value::Object(m) if m.len() == 1 => {
            let (p, a) = m.iter().next()?;
            (p.as_str(), Some(a))
        }
        _ => return None,
    };
    let arg = |k: &str| args.and_then(|a| a.get(k)).and_then(Value::as_f64);
    let pick = |rng: &mut StdRng, list: &[&str]| list[rng.random_range(0..list.len())].to_string();
    const FIRST: &[&str] = &[
        "Ada", "Grace", "Alan", "Linus", "Margaret", "Dennis", "Barbara", "Ken",
    ];
    const LAST: &[&str] = &[
        "Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson",
    ];
    const CITIES: &[&str] = &[
        "Lisbon", "Porto", "Madrid", "Paris", "Berlin", "Oslo", "Dublin", "Vienna",
    ];
    const COUNTRIES: &[(&str, &str)] = &[
        ("Portugal", "PT"),
        ("Spain", "ES"),
        ("France", "FR"),
        ("Germany", "DE"),
        ("Norway", "NO"),
        ("Ireland", "IE"),
    ];
    const COMPANIES: &[&str] = &["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark"];
    const PRODUCTS: &[&str] = &["Chair", "Table", "Lamp", "Keyboard", "Bottle", "Bicycle"];
    let first = |rng: &mut StdRng| pick(rng, FIRST);
    let last = |rng: &mut StdRng| pick(rng, LAST);
    let words = |rng: &mut StdRng, n: usize| {
        (0..n)
            .map(|_| WORDS[rng.random_range(0..WORDS.len())])
            .collect::<Vec<_>>()
            .join(" ")
    };
    let number = |rng: &mut StdRng| {
        let lo = arg("min").unwrap_or(0.0) as i64;
        let hi = (arg("max").unwrap_or(99999.0) as i64).max(lo);
        Value::from(rng.random_range(lo..=hi))
    };
    let (_, method) = path.rsplit_once('.').unwrap_or(("", path));
    let value = match path {
        "name.firstName" => first(rng).into(),
        "name.lastName" => last(rng).into(),
        "name.findName" | "name.fullName" => format!("{} {}", first(rng), last(rng)).into(),
        "name.jobTitle" => pick(rng, &["Engineer", "Designer", "Manager", "Analyst"]).into(),
        "name.prefix" => pick(rng, &["Mr.", "Ms.", "Dr."]).into(),
        "internet.email" | "internet.exampleEmail" => format!(
            "{}.{}@example.com",
            first(rng).to_lowercase(),
            last(rng).to_lowercase()
        )
        .into(),
        "internet.userName" => {
            format!("{}{}", first(rng).to_lowercase(), rng.random_range(1..100)).into()
        }
        "internet.url" => format!("https://{}.example.com", words(rng, 1)).into(),
        "internet.domainName" => format!("{}.example.com", words(rng, 1)).into(),
        "internet.ip" | "internet.ipv4" => dynamic_format("ipv4", rng).into(),
        "internet.ipv6" => dynamic_format("ipv6", rng).into(),
        "internet.password" => dynamic_format("", rng).replace(' ', "-").into(),
        "internet.color" => format!("#{:06x}", rng.random_range(0..0x1000000)).into(),
        "address.city" | "location.city" => pick(rng, CITIES).into(),
        "address.country" | "location.country" => {
            COUNTRIES[rng.random_range(0..COUNTRIES.len())].0.into()
        }
        "address.countryCode" | "location.countryCode" => {
            COUNTRIES[rng.random_range(0..COUNTRIES.len())].1.into()
        }
        "address.streetAddress" | "location.streetAddress" => {
            format!("{} {} Street", rng.random_range(1..300), last(rng)).into()
        }
        "address.zipCode" | "location.zipCode" => {
            format!("{:05}", rng.random_range(0..100000)).into()
        }
        "address.latitude" | "location.latitude" => {
            Value::from((rng.random_range(-90.0..90.0f64) * 1e4).round() / 1e4)
        }
        "address.longitude" | "location.longitude" => {
            Value::from((rng.random_range(-180.0..180.0f64) * 1e4).round() / 1e4)
        }
        "phone.phoneNumber" | "phone.number" => {
            format!("+351 9{:08}", rng.random_range(0..100000000)).into()
        }
        "company.companyName" | "company.name" => format!(
            "{} {}",
            pick(rng, COMPANIES),
            pick(rng, &["Inc", "Ltd", "Group"])
        )
        .into(),
        "commerce.productName" => format!(
            "{} {}",
            pick(rng, &["Small", "Ergonomic", "Rustic"]),
            pick(rng, PRODUCTS)
        )
        .into(),
        "commerce.department" => pick(rng, &["Books", "Garden", "Toys", "Tools"]).into(),
        "commerce.price" | "finance.amount" => {
            let lo = arg("min").unwrap_or(1.0);
            let hi = arg("max").unwrap_or(1000.0).max(lo);
            format!("{:.2}", rng.random_range(lo..=hi)).into()
        }
        "finance.currencyCode" => pick(rng, &["EUR", "USD", "GBP", "JPY"]).into(),
        "lorem.word" => words(rng, 1).into(),
        "lorem.words" => words(rng, arg("num").map_or(3, |n| n as usize)).into(),
        "lorem.slug" => words(rng, 3).replace(' ', "-").into(),
        "lorem.sentence" => format!("{}.", words(rng, 6)).into(),
        "lorem.paragraph" | "lorem.text" => format!("{}. {}.", words(rng, 8), words(rng, 6)).into(),
        "datatype.uuid" | "random.uuid" | "string.uuid" => dynamic_format("uuid", rng).into(),
        "datatype.number" | "random.number" | "number.int" => number(rng),
        "datatype.float" | "number.float" => {
            let lo = arg("min").unwrap_or(0.0);
            let hi = arg("max").unwrap_or(1000.0).max(lo);
            Value::from((rng.random_range(lo..=hi) * 100.0).round() / 100.0)
        }
        "datatype.boolean" | "random.boolean" => Value::Bool(rng.random_bool(0.5)),
        "date.past" | "date.future" | "date.recent" | "date.soon" | "date.anytime" => {
            dynamic_format("date-time", rng).into()
        }
        "image.imageUrl" | "image.url" | "image.avatar" => format!(
            "https://picsum.photos/seed/{}/640/480",
            rng.random_range(0..10000)
        )
        .into(),
        "system.fileName" => {
            format!("{}.{}", words(rng, 1), pick(rng, &["txt", "pdf", "png"])).into()
        }
        "system.mimeType" => pick(rng, &["application/json", "text/plain", "image/png"]).into(),
        _ => return (method == "uuid").then(|| dynamic_format("uuid", rng).into()),
    };
    Some(value)
}

/// A faker value in the schema's type: numbers as text for a string, text as a number when it
/// parses for a number.
fn fit_type(value: Value, kind: Option<&str>) -> Value {
    match (kind, &value) {
        (Some("string"), Value::Number(n)) => Value::String(n.to_string()),
        (Some("string"), Value::Bool(b)) => Value::String(b.to_string()),
        (Some("integer"), Value::String(s)) => s
            .parse::<f64>()
            .map(|f| Value::from(f.round() as i64))
            .unwrap_or(value),
        (Some("integer"), Value::Number(n)) if !n.is_i64() => {
            Value::from(n.as_f64().unwrap_or(0.0).round() as i64)
        }
        (Some("number"), Value::String(s)) => s
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .unwrap_or(value),
        _ => value,
    }
}

/// Merges two generated values (allOf): objects key by key, otherwise the later wins.
fn merge(a: Value, b: Value) -> Value {
    match (a, b) {
        (Value::Object(mut x), Value::Object(y)) => {
            for (k, v) in y {
                let merged = match x.remove(&k) {
                    Some(old) => merge(old, v),
                    None => v,
                };
                x.insert(k, merged);
            }
            Value::Object(x)
        }
        (a, Value::Null) => a,
        (_, b) => b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_string_lengths() {
        assert_eq!(fit_length("string".into(), 0, Some(3)), "str");
        assert_eq!(fit_length("string".into(), 8, None).chars().count(), 8);
        assert_eq!(fit_length("string".into(), 0, None), "string");
    }

    #[test]
    fn pattern_strings_match() {
        let mut rng = StdRng::seed_from_u64(1);
        let s = from_pattern("^[A-Z]{3}-[0-9]{4}$", &mut rng, 0, None).unwrap();
        assert!(
            regex::Regex::new("^[A-Z]{3}-[0-9]{4}$")
                .unwrap()
                .is_match(&s),
            "{s}"
        );
    }
}

/// Prism's order for dynamic bodies: every object's keys sorted, nested objects too, but not
/// the objects inside arrays (Prism's sort does not reach them).
pub fn sort_keys(value: &mut Value) {
    if let Value::Object(map) = value {
        map.sort_keys();
        map.values_mut().for_each(sort_keys);
    }
}

#[cfg(test)]
mod sort_tests {
    use super::*;

    #[test]
    fn dynamic_keys_are_sorted_as_prism_sorts_them() {
        let mut value = serde_json::json!({"b": {"z": 1, "a": 2}, "a": [{"y": 1, "x": 2}]});
        sort_keys(&mut value);
        assert_eq!(
            value.to_string(),
            r#"{"a":[{"y":1,"x":2}],"b":{"a":2,"z":1}}"#
        );
    }
}
