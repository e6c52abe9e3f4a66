//! OpenAPI 3.0 schema objects turned into JSON Schema (2020-12).
