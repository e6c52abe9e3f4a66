//! The contract document and its Swagger UI, served from the vendored copy.
