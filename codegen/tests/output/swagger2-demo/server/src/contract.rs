// @generated from codegen/tests/fixtures/swagger2-demo.yaml by `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`.
// Do not edit: change the spec or codegen/, then regenerate.

//! The contract, bundled into one JSON document: validated against by the router, served at
//! `/openapi.json` and by the docs UI.

/// The OpenAPI document of the service.
pub const CONTRACT_JSON: &str = r##"{
  "components": {
    "schemas": {
      "Error": {
        "properties": {
          "message": {
            "type": "string"
          }
        },
        "required": [
          "message"
        ],
        "type": "object"
      },
      "NewNote": {
        "properties": {
          "text": {
            "minLength": 1,
            "type": "string"
          }
        },
        "required": [
          "text"
        ],
        "type": "object"
      },
      "Note": {
        "properties": {
          "id": {
            "type": "integer"
          },
          "pinned": {
            "nullable": true,
            "type": "boolean"
          },
          "text": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "text"
        ],
        "type": "object"
      }
    }
  },
  "info": {
    "title": "Swagger demo",
    "version": "1.0"
  },
  "openapi": "3.0.3",
  "paths": {
    "/notes": {
      "get": {
        "operationId": "listNotes",
        "parameters": [
          {
            "in": "query",
            "name": "limit",
            "schema": {
              "default": 10,
              "minimum": 1,
              "type": "integer"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "items": {
                    "$ref": "#/components/schemas/Note"
                  },
                  "type": "array"
                }
              }
            },
            "description": "Notes."
          }
        }
      },
      "post": {
        "operationId": "addNote",
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/NewNote"
              }
            }
          },
          "required": true
        },
        "responses": {
          "201": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Note"
                }
              }
            },
            "description": "Added."
          },
          "400": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "Refused."
          }
        }
      }
    }
  }
}"##;
