//! Parameters: from strings to their schema types (OpenAPI style/explode).
