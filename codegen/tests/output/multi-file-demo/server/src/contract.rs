// @generated from codegen/tests/fixtures/multi-file-demo/openapi.yaml by `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`.
// Do not edit: change the spec or codegen/, then regenerate.

//! The contract, bundled into one JSON document: validated against by the router, served at
//! `/openapi.json` and by the docs UI.

/// The OpenAPI document of the service.
pub const CONTRACT_JSON: &str = r##"{
  "components": {
    "schemas": {
      "Item": {
        "properties": {
          "id": {
            "minimum": 1,
            "type": "integer"
          },
          "tag": {
            "enum": [
              "nuevo",
              "usado"
            ],
            "type": "string"
          }
        },
        "required": [
          "id",
          "tag"
        ],
        "type": "object"
      },
      "Problem": {
        "properties": {
          "status": {
            "type": "integer"
          },
          "title": {
            "type": "string"
          }
        },
        "required": [
          "title",
          "status"
        ],
        "type": "object"
      }
    }
  },
  "info": {
    "title": "Multi-file demo (relative $refs, like the original system's specs)",
    "version": "1.0.0"
  },
  "openapi": "3.0.3",
  "paths": {
    "/items": {
      "get": {
        "operationId": "list_items",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "items": {
                    "$ref": "#/components/schemas/Item"
                  },
                  "type": "array"
                }
              }
            },
            "description": "Every item."
          },
          "503": {
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            },
            "description": "Down."
          }
        }
      }
    }
  }
}"##;
