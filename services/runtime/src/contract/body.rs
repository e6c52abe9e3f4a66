//! Request body checks: content type, JSON parsing, schema.
