// @generated from codegen/tests/fixtures/secure-demo.yaml by `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`.
// Do not edit: change the spec or codegen/, then regenerate.

//! The contract, bundled into one JSON document: validated against by the router, served at
//! `/openapi.json` and by the docs UI.

/// The OpenAPI document of the service.
pub const CONTRACT_JSON: &str = r##"{
  "components": {
    "responses": {
      "Problem": {
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "An RFC 9457 problem."
      },
      "Who": {
        "content": {
          "application/json": {
            "schema": {
              "properties": {
                "who": {
                  "nullable": true,
                  "type": "string"
                }
              },
              "required": [
                "who"
              ],
              "type": "object"
            }
          }
        },
        "description": "Who the caller is."
      }
    },
    "schemas": {
      "Problem": {
        "properties": {
          "detail": {
            "type": "string"
          },
          "status": {
            "type": "integer"
          },
          "title": {
            "type": "string"
          },
          "type": {
            "type": "string"
          }
        },
        "required": [
          "type",
          "title",
          "status"
        ],
        "type": "object"
      }
    },
    "securitySchemes": {
      "basic": {
        "scheme": "basic",
        "type": "http"
      },
      "cookieKey": {
        "in": "cookie",
        "name": "sesion",
        "type": "apiKey"
      },
      "headerKey": {
        "in": "header",
        "name": "X-Api-Key",
        "type": "apiKey"
      },
      "jwt": {
        "bearerFormat": "JWT",
        "scheme": "bearer",
        "type": "http"
      },
      "oauth": {
        "description": "Tokens of the workshop's identity provider.",
        "flows": {
          "clientCredentials": {
            "scopes": {
              "admin": "Destructive operations",
              "piezas:read": "Read parts",
              "piezas:write": "Change parts"
            },
            "tokenUrl": "https://auth.taller.example/token"
          }
        },
        "type": "oauth2"
      },
      "queryKey": {
        "in": "query",
        "name": "key",
        "type": "apiKey"
      }
    }
  },
  "info": {
    "description": "Every kind of security scheme, alternatives and combinations, scopes, and open operations.",
    "title": "Secure demo",
    "version": "1.0.0"
  },
  "openapi": "3.0.3",
  "paths": {
    "/informe": {
      "get": {
        "operationId": "get_informe",
        "responses": {
          "200": {
            "$ref": "#/components/responses/Who"
          },
          "401": {
            "$ref": "#/components/responses/Problem"
          }
        },
        "security": [
          {
            "jwt": [],
            "queryKey": []
          }
        ],
        "summary": "Needs both a bearer token and a key in the query (AND)"
      }
    },
    "/piezas": {
      "delete": {
        "operationId": "purge_piezas",
        "responses": {
          "204": {
            "description": "Purged."
          },
          "401": {
            "$ref": "#/components/responses/Problem"
          },
          "403": {
            "$ref": "#/components/responses/Problem"
          }
        },
        "security": [
          {
            "oauth": [
              "piezas:write",
              "admin"
            ]
          }
        ],
        "summary": "Needs two scopes"
      },
      "get": {
        "operationId": "list_piezas",
        "responses": {
          "200": {
            "$ref": "#/components/responses/Who"
          },
          "401": {
            "$ref": "#/components/responses/Problem"
          },
          "403": {
            "$ref": "#/components/responses/Problem"
          }
        },
        "security": [
          {
            "oauth": [
              "piezas:read"
            ]
          },
          {
            "headerKey": []
          }
        ],
        "summary": "Read with the document's default requirement (OAuth2 scope piezas:read), or with an API key in a header"
      }
    },
    "/salud": {
      "get": {
        "operationId": "get_salud",
        "responses": {
          "200": {
            "$ref": "#/components/responses/Who"
          }
        },
        "security": [],
        "summary": "Open to anyone"
      }
    },
    "/sesion": {
      "get": {
        "operationId": "get_sesion",
        "responses": {
          "200": {
            "$ref": "#/components/responses/Who"
          },
          "401": {
            "$ref": "#/components/responses/Problem"
          }
        },
        "security": [
          {
            "basic": []
          },
          {
            "cookieKey": []
          },
          {}
        ],
        "summary": "Basic or a cookie key; anonymous callers too"
      }
    }
  },
  "security": [
    {
      "oauth": [
        "piezas:read"
      ]
    }
  ]
}"##;
