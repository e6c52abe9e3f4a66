// @generated from codegen/tests/fixtures/taller-demo.yaml by `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`.
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
      }
    },
    "schemas": {
      "Alias": {
        "minLength": 1,
        "type": "string"
      },
      "Codigo": {
        "pattern": "^[A-Z]{3}[0-9]$",
        "type": "string"
      },
      "Pieza": {
        "properties": {
          "alias": {
            "allOf": [
              {
                "$ref": "#/components/schemas/Alias"
              }
            ],
            "nullable": true
          },
          "codigo": {
            "$ref": "#/components/schemas/Codigo"
          },
          "nombre": {
            "type": "string"
          },
          "nota": {
            "nullable": true,
            "type": "string"
          },
          "peso": {
            "exclusiveMinimum": true,
            "minimum": 0,
            "type": "number"
          }
        },
        "required": [
          "codigo",
          "nombre",
          "peso"
        ],
        "type": "object"
      },
      "PiezaNueva": {
        "additionalProperties": false,
        "properties": {
          "codigo": {
            "$ref": "#/components/schemas/Codigo"
          },
          "nombre": {
            "minLength": 1,
            "type": "string"
          },
          "nota": {
            "nullable": true,
            "type": "string"
          },
          "peso": {
            "exclusiveMinimum": true,
            "minimum": 0,
            "type": "number"
          },
          "stock": {
            "description": "No maximum, so a valid JSON integer can still overflow the Rust type.",
            "minimum": 0,
            "type": "integer"
          }
        },
        "required": [
          "codigo",
          "nombre",
          "peso"
        ],
        "type": "object"
      },
      "Problem": {
        "properties": {
          "detail": {
            "type": "string"
          },
          "errors": {
            "items": {
              "properties": {
                "detail": {
                  "type": "string"
                },
                "pointer": {
                  "type": "string"
                }
              },
              "required": [
                "pointer",
                "detail"
              ],
              "type": "object"
            },
            "type": "array"
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
    }
  },
  "info": {
    "title": "Demo of what the generator handles",
    "version": "1.0.0"
  },
  "openapi": "3.0.3",
  "paths": {
    "/piezas": {
      "get": {
        "operationId": "list_piezas",
        "parameters": [
          {
            "description": "Page number.",
            "in": "query",
            "name": "page",
            "schema": {
              "default": 1,
              "minimum": 1,
              "type": "integer"
            }
          },
          {
            "in": "query",
            "name": "color",
            "schema": {
              "enum": [
                "rojo",
                "azul"
              ],
              "type": "string"
            }
          },
          {
            "in": "header",
            "name": "X-Trace",
            "required": true,
            "schema": {
              "minLength": 1,
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "properties": {
                    "items": {
                      "items": {
                        "$ref": "#/components/schemas/Pieza"
                      },
                      "type": "array"
                    },
                    "page": {
                      "type": "integer"
                    },
                    "trace": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "items",
                    "page"
                  ],
                  "type": "object"
                }
              }
            },
            "description": "A page of parts."
          },
          "400": {
            "$ref": "#/components/responses/Problem"
          }
        },
        "summary": "List parts"
      },
      "post": {
        "operationId": "create_pieza",
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PiezaNueva"
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
                  "$ref": "#/components/schemas/Pieza"
                }
              }
            },
            "description": "Created.",
            "headers": {
              "Location": {
                "required": true,
                "schema": {
                  "type": "string"
                }
              },
              "X-Version": {
                "schema": {
                  "type": "integer"
                }
              }
            }
          },
          "409": {
            "$ref": "#/components/responses/Problem"
          },
          "422": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    },
    "/piezas/{codigo}": {
      "delete": {
        "operationId": "delete_pieza",
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          }
        }
      },
      "get": {
        "operationId": "get_pieza",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Pieza"
                }
              }
            },
            "description": "The part.",
            "headers": {
              "ETag": {
                "required": true,
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/Problem"
          }
        }
      },
      "parameters": [
        {
          "in": "path",
          "name": "codigo",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/Codigo"
          }
        }
      ]
    },
    "/piezas/{codigo}/nota": {
      "parameters": [
        {
          "in": "path",
          "name": "codigo",
          "required": true,
          "schema": {
            "$ref": "#/components/schemas/Codigo"
          }
        }
      ],
      "put": {
        "description": "An optional, inline body; any client error through a `4XX` range.",
        "operationId": "set_nota",
        "requestBody": {
          "content": {
            "application/json": {
              "schema": {
                "additionalProperties": false,
                "properties": {
                  "texto": {
                    "maxLength": 10,
                    "nullable": true,
                    "type": "string"
                  }
                },
                "type": "object"
              }
            }
          },
          "required": false
        },
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "properties": {
                    "texto": {
                      "nullable": true,
                      "type": "string"
                    }
                  },
                  "required": [
                    "texto"
                  ],
                  "type": "object"
                }
              }
            },
            "description": "The note as stored."
          },
          "4XX": {
            "$ref": "#/components/responses/Problem"
          }
        }
      }
    }
  },
  "servers": [
    {
      "url": "/api/v1"
    }
  ]
}"##;
