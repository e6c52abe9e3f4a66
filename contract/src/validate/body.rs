//! Request body checks, in the order a client can fix them: present when required (400),
//! a declared `Content-Type` (415), parseable JSON (400), valid against the schema (422); a
//! form's fields are read as the schema says ([`super::form_object`]) and checked the same way.

use std::sync::Arc;

use http::{HeaderMap, StatusCode, header};
use serde_json::Value;

use super::error::Error;
use super::form::{FormShape, form_object, multipart_pairs};
use super::{FieldError, Rejection};
use super::{detail, refs, schema};

/// A compiled `requestBody`.
pub(crate) struct Body {
    required: bool,
    media: Vec<Media>,
    /// `application/x-www-form-urlencoded` and `multipart/form-data` with a schema: their
    /// fields are read ([`super::form_object`]) and checked like a JSON body.
    forms: Vec<Form>,
}

/// What checking a form body needs: the document its schema lives in, the schema, how its
/// fields are sent, and the compiled schema.
struct Form {
    /// `application/x-www-form-urlencoded` or `multipart/form-data`.
    media: &'static str,
    root: Arc<Value>,
    schema: Value,
    shape: FormShape,
    validator: schema::Schema,
}

const FORM: &str = "application/x-www-form-urlencoded";
const MULTIPART: &str = "multipart/form-data";

/// One declared media type (or range such as `application/*`) of a request or response.
pub(crate) struct Media {
    /// Lower-case, without parameters.
    pub(crate) range: String,
    pub(crate) json: bool,
    pub(crate) validator: Option<schema::Schema>,
}

/// Compiles a `content` map found at `pointer`, for values travelling in `direction`.
pub(crate) fn compile_content(
    root: &Value,
    content: Option<&Value>,
    pointer: &str,
    direction: schema::Direction,
) -> Result<Vec<Media>, Error> {
    let mut media = Vec::new();
    if let Some(Value::Object(content)) = content {
        for (media_type, object) in content {
            let range = essence(media_type);
            let json = is_json(&range);
            let here = format!("{pointer}/content/{}/schema", refs::escape(media_type));
            let validator = match object.get("schema") {
                Some(schema) if json => Some(schema::compile_for(root, schema, &here, direction)?),
                _ => None,
            };
            media.push(Media {
                range,
                json,
                validator,
            });
        }
    }
    Ok(media)
}

/// The declared media type matching `essence`: exact first, then `type/*`, then `*/*`.
pub(crate) fn media_for<'a>(media: &'a [Media], essence: &str) -> Option<&'a Media> {
    let main_type = essence.split('/').next().unwrap_or_default();
    media
        .iter()
        .find(|m| m.range == essence)
        .or_else(|| {
            media
                .iter()
                .find(|m| m.range.strip_suffix("/*") == Some(main_type))
        })
        .or_else(|| media.iter().find(|m| m.range == "*/*"))
}

impl std::fmt::Debug for Body {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Body")
            .field("required", &self.required)
            .field(
                "media",
                &self.media.iter().map(|m| &m.range).collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// Whether a media type carries JSON: `application/json` or any `+json` type.
fn is_json(essence: &str) -> bool {
    essence == "application/json" || essence.ends_with("+json")
}

/// Whether a body of `media_type` is bytes a server streams instead of reading whole:
/// `application/octet-stream` and the other binary types (`image/*`, `audio/*`, `video/*`,
/// `font/*`, `application/pdf`, `application/zip`, …). JSON, text, XML, YAML, forms,
/// multipart and wildcards are read whole (they are decoded or checked as a whole).
pub fn is_streamed(media_type: &str) -> bool {
    let essence = essence(media_type);
    let Some((main, sub)) = essence.split_once('/') else {
        return false;
    };
    if sub == "*" || is_json(&essence) || sub.ends_with("+xml") || sub.ends_with("+yaml") {
        return false;
    }
    match main {
        "image" | "audio" | "video" | "font" => true,
        "application" => !matches!(
            sub,
            "x-www-form-urlencoded"
                | "xml"
                | "yaml"
                | "x-yaml"
                | "javascript"
                | "ecmascript"
                | "graphql"
                | "sql"
                | "x-ndjson"
                | "jsonl"
        ),
        _ => false,
    }
}

/// `type/subtype`, lower-cased, without parameters such as `charset`.
pub(crate) fn essence(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

impl Body {
    /// Compiles the `requestBody` object `value` found at `pointer`.
    pub(crate) fn compile(root: &Arc<Value>, value: &Value, pointer: &str) -> Result<Body, Error> {
        let body = refs::resolve(root, value, pointer)?;
        let required = body
            .get("required")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let media = compile_content(
            root,
            body.get("content"),
            pointer,
            schema::Direction::Request,
        )?;
        let mut forms = Vec::new();
        if let Some(Value::Object(content)) = body.get("content") {
            for (media_type, object) in content {
                let media = match essence(media_type).as_str() {
                    FORM => FORM,
                    MULTIPART => MULTIPART,
                    _ => continue,
                };
                let Some(schema) = object.get("schema") else {
                    continue;
                };
                let here = format!("{pointer}/content/{}/schema", refs::escape(media_type));
                forms.push(Form {
                    media,
                    root: Arc::clone(root),
                    schema: schema.clone(),
                    shape: FormShape::of(object),
                    validator: schema::compile_for(
                        root,
                        schema,
                        &here,
                        schema::Direction::Request,
                    )?,
                });
            }
        }
        Ok(Body {
            required,
            media,
            forms,
        })
    }

    /// A form body's fields (urlencoded or multipart) against its schema: 400 for a multipart
    /// body that cannot be read, 422 naming each field that breaks the schema.
    fn validate_form(
        &self,
        range: &str,
        content_type: &str,
        bytes: &[u8],
    ) -> Result<(), Rejection> {
        let Some(form) = self.forms.iter().find(|f| f.media == range) else {
            return Ok(());
        };
        let pairs = if form.media == MULTIPART {
            multipart_pairs(content_type, bytes).map_err(|why| {
                Rejection::new(
                    StatusCode::BAD_REQUEST,
                    format!("the multipart body cannot be read: {why}"),
                )
                .with_errors(vec![FieldError::new(
                    "",
                    format!("invalid multipart: {why}"),
                )])
            })?
        } else {
            form_urlencoded::parse(bytes).into_owned().collect()
        };
        let value = form_object(
            &form.root,
            Some(&form.schema),
            &form.shape,
            pairs,
            super::Dialect::Taller,
        );
        let errors = detail::field_errors(&form.validator, &value, "");
        if errors.is_empty() {
            return Ok(());
        }
        let summary = match errors.as_slice() {
            [only] => format!(
                "the form breaks the contract: {} {}",
                pointer_name(&only.pointer),
                only.detail
            ),
            many => format!("the form breaks the contract in {} places", many.len()),
        };
        Err(Rejection::new(StatusCode::UNPROCESSABLE_ENTITY, summary).with_errors(errors))
    }

    /// Checks the body; `Ok(None)` when an optional body is absent or is not JSON.
    pub(crate) fn validate(
        &self,
        headers: &HeaderMap,
        bytes: &[u8],
    ) -> Result<Option<Value>, Rejection> {
        let content_type = headers.get(header::CONTENT_TYPE);
        if bytes.is_empty() {
            if self.required {
                return Err(
                    Rejection::new(StatusCode::BAD_REQUEST, "a request body is required")
                        .with_errors(vec![FieldError::new("", "required")]),
                );
            }
            return Ok(None);
        }
        let Some(media) = content_type
            .and_then(|value| value.to_str().ok())
            .map(essence)
            .and_then(|essence| self.media_for(&essence))
        else {
            return Err(self.unsupported(content_type));
        };
        if !media.json {
            let content_type = content_type
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            self.validate_form(&media.range, content_type, bytes)?;
            return Ok(None);
        }
        let value: Value = serde_json::from_slice(bytes).map_err(|error| {
            Rejection::new(
                StatusCode::BAD_REQUEST,
                format!("the request body is not valid JSON: {error}"),
            )
            .with_errors(vec![FieldError::new("", format!("invalid JSON: {error}"))])
        })?;
        {
            // U+0000 is valid JSON but no sane value of a field: databases and logs truncate
            // or reject it, so it is refused wherever it appears.
            let mut errors = Vec::new();
            nul_errors(&value, &mut String::new(), &mut errors);
            if let Some(validator) = &media.validator {
                errors.extend(detail::field_errors(validator, &value, ""));
            }
            if !errors.is_empty() {
                let summary = match errors.as_slice() {
                    [only] => format!(
                        "the request body breaks the contract: {} {}",
                        pointer_name(&only.pointer),
                        only.detail
                    ),
                    many => format!(
                        "the request body breaks the contract in {} places",
                        many.len()
                    ),
                };
                return Err(
                    Rejection::new(StatusCode::UNPROCESSABLE_ENTITY, summary).with_errors(errors)
                );
            }
        }
        Ok(Some(value))
    }

    /// Checks a body that is streamed to the implementation instead of read (every media type
    /// the operation takes is [`is_streamed`]): from the head alone, whether one was sent
    /// when it is required and whether its media type is declared.
    pub(crate) fn validate_head(&self, headers: &HeaderMap) -> Result<(), Rejection> {
        let length = headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok());
        let chunked = headers.contains_key(header::TRANSFER_ENCODING);
        if length.unwrap_or(0) == 0 && !chunked {
            return self.validate(headers, &[]).map(|_| ());
        }
        let content_type = headers.get(header::CONTENT_TYPE);
        match content_type
            .and_then(|value| value.to_str().ok())
            .map(essence)
            .and_then(|essence| self.media_for(&essence))
        {
            Some(_) => Ok(()),
            None => Err(self.unsupported(content_type)),
        }
    }

    fn media_for(&self, essence: &str) -> Option<&Media> {
        media_for(&self.media, essence)
    }

    fn unsupported(&self, content_type: Option<&http::HeaderValue>) -> Rejection {
        let accepted = self
            .media
            .iter()
            .map(|m| m.range.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let sent = match content_type {
            None => "no Content-Type".to_owned(),
            Some(value) => format!("Content-Type {}", String::from_utf8_lossy(value.as_bytes())),
        };
        Rejection::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("{sent} is not accepted here; send {accepted}"),
        )
        .with_errors(vec![FieldError::new(
            "/header/Content-Type",
            format!("must be {accepted}"),
        )])
    }
}

/// How a body pointer reads in a sentence.
fn pointer_name(pointer: &str) -> &str {
    if pointer.is_empty() {
        "the body"
    } else {
        pointer
    }
}

/// A field error for every string (value or key) holding U+0000. serde_json parses at most
/// 128 levels deep, which bounds the recursion.
fn nul_errors(value: &Value, pointer: &mut String, errors: &mut Vec<FieldError>) {
    const WHAT: &str = "must not contain the NUL character (U+0000)";
    match value {
        Value::String(text) if text.contains('\0') => {
            errors.push(FieldError::new(pointer.clone(), WHAT));
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let len = pointer.len();
                pointer.push_str(&format!("/{index}"));
                nul_errors(item, pointer, errors);
                pointer.truncate(len);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                let len = pointer.len();
                crate::pointer::push(pointer, key);
                if key.contains('\0') {
                    errors.push(FieldError::new(pointer.clone(), format!("its name {WHAT}")));
                }
                nul_errors(item, pointer, errors);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}
