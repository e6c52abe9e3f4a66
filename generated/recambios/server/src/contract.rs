// @generated from specs/recambios.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! The contract, bundled into one JSON document: validated against by the router, served at
//! `/openapi.json` and by the docs UI.

/// The OpenAPI document of the service.
pub const CONTRACT_JSON: &str = r##"{
  "components": {
    "examples": {
      "RecambioFrenos": {
        "summary": "A part with an equivalence",
        "value": {
          "cantidad": 10,
          "cantidad_disponible": 10,
          "cantidad_reservada": 0,
          "descripcion": "Discos perforados de 340 mm, pinzas de 6 pistones y pastillas.",
          "equivalencias": [
            {
              "fabricante": "EBC Brakes",
              "modelo": "Golf GTI MK7",
              "nombre": "Kit de frenos EBC"
            }
          ],
          "garantia": "3 meses",
          "importe": 542.47,
          "iva": 21,
          "links": {
            "parent": {
              "href": "/api/v1/recambios"
            },
            "self": {
              "href": "/api/v1/recambios/Z0000001-A"
            }
          },
          "nombre": "Kit de frenos delanteros",
          "numero_serie": "Z0000001-A",
          "precio": 448.32,
          "proveedor": "Brembo",
          "stock_bajo": false,
          "stock_minimo": 2,
          "version": 1
        }
      }
    },
    "headers": {
      "ETag": {
        "description": "Strong entity tag of the part's current version, e.g. `\"3\"`.",
        "example": "\"3\"",
        "schema": {
          "type": "string"
        }
      },
      "Location": {
        "description": "Path of the created part.",
        "example": "/api/v1/recambios/Z0000001-A",
        "schema": {
          "format": "uri-reference",
          "type": "string"
        }
      }
    },
    "parameters": {
      "IfMatch": {
        "description": "The `ETag` last read for this part. Declared optional so that a missing header reaches\nthe service, which answers 428; a stale one gets 412.\n",
        "in": "header",
        "name": "If-Match",
        "required": false,
        "schema": {
          "maxLength": 200,
          "type": "string"
        }
      },
      "NumeroSerie": {
        "description": "Serial number of the part, e.g. `Z0000001-A`.",
        "in": "path",
        "name": "numero_serie",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/NumeroSerie"
        }
      },
      "Order": {
        "description": "Field to sort by.",
        "in": "query",
        "name": "order",
        "schema": {
          "default": "numero_serie",
          "enum": [
            "numero_serie",
            "nombre",
            "proveedor",
            "precio",
            "importe",
            "cantidad"
          ],
          "type": "string"
        }
      },
      "Ordering": {
        "description": "Sort direction.",
        "in": "query",
        "name": "ordering",
        "schema": {
          "default": "ASC",
          "enum": [
            "ASC",
            "DESC"
          ],
          "type": "string"
        }
      },
      "Page": {
        "description": "Page number, from 1.",
        "in": "query",
        "name": "page",
        "schema": {
          "default": 1,
          "maximum": 100000,
          "minimum": 1,
          "type": "integer"
        }
      },
      "PageSize": {
        "description": "Items per page.",
        "in": "query",
        "name": "page_size",
        "schema": {
          "default": 20,
          "maximum": 100,
          "minimum": 1,
          "type": "integer"
        }
      }
    },
    "responses": {
      "BadRequest": {
        "content": {
          "application/problem+json": {
            "examples": {
              "json": {
                "value": {
                  "detail": "The body is not valid JSON: expected value at line 1 column 12.",
                  "instance": "/recambios",
                  "status": 400,
                  "title": "Bad Request",
                  "type": "about:blank"
                }
              },
              "numero_serie": {
                "value": {
                  "detail": "The path parameter numero_serie does not match ^[A-Z][0-9]{7}-[A-Z]$.",
                  "errors": [
                    {
                      "detail": "does not match \"^[A-Z][0-9]{7}-[A-Z]$\"",
                      "pointer": "/path/numero_serie"
                    }
                  ],
                  "instance": "/recambios/abc",
                  "status": 400,
                  "title": "Bad Request",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "Malformed request (unparseable JSON, or a bad path, query or header value)."
      },
      "ConflictDuplicate": {
        "content": {
          "application/problem+json": {
            "examples": {
              "duplicado": {
                "value": {
                  "detail": "A part with numero_serie Z0000001-A already exists.",
                  "errors": [
                    {
                      "detail": "already exists",
                      "pointer": "/numero_serie"
                    }
                  ],
                  "instance": "/recambios",
                  "status": 409,
                  "title": "Conflict",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "A part with this numero_serie already exists."
      },
      "ConflictStock": {
        "content": {
          "application/problem+json": {
            "examples": {
              "sin_stock": {
                "value": {
                  "detail": "Only 1 unit of Z0000001-A is available; 2 were requested.",
                  "errors": [
                    {
                      "detail": "exceeds the 1 available unit",
                      "pointer": "/cantidad"
                    }
                  ],
                  "instance": "/recambios/Z0000001-A/reservas",
                  "status": 409,
                  "title": "Conflict",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "Not enough stock (or reserved stock for the job), or stock would exceed 10000."
      },
      "Forbidden": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the credentials lack the scope(s) this operation needs: recambios:write",
              "errors": [
                {
                  "detail": "lacks scope recambios:write",
                  "pointer": "/header/Authorization"
                }
              ],
              "status": 403,
              "title": "Forbidden",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "Valid credentials that lack a scope the operation needs."
      },
      "InternalError": {
        "content": {
          "application/problem+json": {
            "examples": {
              "interno": {
                "value": {
                  "detail": "An unexpected error happened; it has been logged.",
                  "instance": "/recambios",
                  "status": 500,
                  "title": "Internal Server Error",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "An unexpected failure of the service."
      },
      "NotFound": {
        "content": {
          "application/problem+json": {
            "examples": {
              "no_existe": {
                "value": {
                  "detail": "No part with numero_serie Z0000009-A.",
                  "instance": "/recambios/Z0000009-A",
                  "status": 404,
                  "title": "Not Found",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "No part with this numero_serie."
      },
      "PayloadTooLarge": {
        "content": {
          "application/problem+json": {
            "examples": {
              "grande": {
                "value": {
                  "detail": "The request body exceeds the limit of 65536 bytes.",
                  "instance": "/recambios",
                  "status": 413,
                  "title": "Payload Too Large",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The body is larger than the service accepts."
      },
      "PreconditionFailed": {
        "content": {
          "application/problem+json": {
            "examples": {
              "obsoleto": {
                "value": {
                  "detail": "If-Match \"1\" does not match the current ETag \"2\".",
                  "errors": [
                    {
                      "detail": "stale",
                      "pointer": "/header/If-Match"
                    }
                  ],
                  "instance": "/recambios/Z0000001-A",
                  "status": 412,
                  "title": "Precondition Failed",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "`If-Match` does not match the current `ETag`."
      },
      "PreconditionRequired": {
        "content": {
          "application/problem+json": {
            "examples": {
              "falta": {
                "value": {
                  "detail": "Send If-Match with the ETag of the part to change it.",
                  "errors": [
                    {
                      "detail": "missing",
                      "pointer": "/header/If-Match"
                    }
                  ],
                  "instance": "/recambios/Z0000001-A",
                  "status": 428,
                  "title": "Precondition Required",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "`If-Match` is missing."
      },
      "StockActualizado": {
        "content": {
          "application/json": {
            "examples": {
              "tras_movimiento": {
                "value": {
                  "cantidad": 10,
                  "cantidad_disponible": 8,
                  "cantidad_reservada": 2,
                  "equivalencias": [],
                  "garantia": "3 meses",
                  "importe": 542.47,
                  "iva": 21,
                  "links": {
                    "parent": {
                      "href": "/api/v1/recambios"
                    },
                    "self": {
                      "href": "/api/v1/recambios/Z0000001-A"
                    }
                  },
                  "nombre": "Kit de frenos delanteros",
                  "numero_serie": "Z0000001-A",
                  "precio": 448.32,
                  "proveedor": "Brembo",
                  "stock_bajo": false,
                  "stock_minimo": 2,
                  "version": 4
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Recambio"
            }
          }
        },
        "description": "The part after the movement, with its new `ETag`.",
        "headers": {
          "ETag": {
            "$ref": "#/components/headers/ETag"
          }
        }
      },
      "Unauthorized": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the credentials were refused: the token has expired",
              "instance": "/recambios",
              "status": 401,
              "title": "Unauthorized",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "No valid credentials (missing, expired, badly signed, wrong issuer or audience); `WWW-Authenticate` says which scheme is expected.",
        "headers": {
          "WWW-Authenticate": {
            "description": "The challenge, e.g. `Bearer realm=\"taller\", error=\"invalid_token\"`.",
            "schema": {
              "type": "string"
            }
          }
        }
      },
      "Unavailable": {
        "content": {
          "application/problem+json": {
            "examples": {
              "base_de_datos": {
                "value": {
                  "detail": "The database is unreachable.",
                  "instance": "/recambios",
                  "status": 503,
                  "title": "Service Unavailable",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The database is unreachable; retry later."
      },
      "Unprocessable": {
        "content": {
          "application/problem+json": {
            "examples": {
              "campos": {
                "value": {
                  "detail": "The body does not match the schema.",
                  "errors": [
                    {
                      "detail": "must be greater than 0",
                      "pointer": "/precio"
                    },
                    {
                      "detail": "unknown field",
                      "pointer": "/importe"
                    }
                  ],
                  "instance": "/recambios",
                  "status": 422,
                  "title": "Unprocessable Content",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "A well-formed body that breaks the schema or a domain rule."
      },
      "UnsupportedMediaType": {
        "content": {
          "application/problem+json": {
            "examples": {
              "texto": {
                "value": {
                  "detail": "Expected Content-Type application/json, got text/plain.",
                  "instance": "/recambios",
                  "status": 415,
                  "title": "Unsupported Media Type",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The body is not `application/json`."
      }
    },
    "schemas": {
      "Cantidad": {
        "description": "Units.",
        "example": 10,
        "maximum": 10000,
        "minimum": 0,
        "type": "integer"
      },
      "Descripcion": {
        "example": "Discos perforados de 340 mm, pinzas de 6 pistones y pastillas.",
        "maxLength": 2000,
        "type": "string"
      },
      "EnlacesPagina": {
        "example": {
          "first": {
            "href": "/api/v1/recambios?page=1&page_size=20"
          },
          "last": {
            "href": "/api/v1/recambios?page=1&page_size=20"
          },
          "self": {
            "href": "/api/v1/recambios?page=1&page_size=20"
          }
        },
        "properties": {
          "first": {
            "$ref": "#/components/schemas/Link"
          },
          "last": {
            "$ref": "#/components/schemas/Link"
          },
          "nextPage": {
            "$ref": "#/components/schemas/Link"
          },
          "prevPage": {
            "$ref": "#/components/schemas/Link"
          },
          "self": {
            "$ref": "#/components/schemas/Link"
          }
        },
        "required": [
          "self",
          "first",
          "last"
        ],
        "type": "object"
      },
      "EnlacesRecurso": {
        "example": {
          "parent": {
            "href": "/api/v1/recambios"
          },
          "self": {
            "href": "/api/v1/recambios/Z0000001-A"
          }
        },
        "properties": {
          "parent": {
            "$ref": "#/components/schemas/Link"
          },
          "self": {
            "$ref": "#/components/schemas/Link"
          }
        },
        "required": [
          "parent",
          "self"
        ],
        "type": "object"
      },
      "Equivalencia": {
        "additionalProperties": false,
        "description": "A part that can replace this one.",
        "example": {
          "fabricante": "EBC Brakes",
          "modelo": "Golf GTI MK7",
          "nombre": "Kit de frenos EBC"
        },
        "properties": {
          "fabricante": {
            "description": "Its manufacturer.",
            "maxLength": 200,
            "minLength": 1,
            "type": "string"
          },
          "modelo": {
            "description": "Vehicle model it fits.",
            "maxLength": 200,
            "minLength": 1,
            "type": "string"
          },
          "nombre": {
            "description": "Name of the equivalent part.",
            "maxLength": 200,
            "minLength": 1,
            "type": "string"
          }
        },
        "required": [
          "nombre",
          "fabricante",
          "modelo"
        ],
        "type": "object"
      },
      "Equivalencias": {
        "default": [],
        "items": {
          "$ref": "#/components/schemas/Equivalencia"
        },
        "maxItems": 50,
        "type": "array"
      },
      "Garantia": {
        "description": "Warranty, as text.",
        "example": "3 meses",
        "maxLength": 100,
        "minLength": 1,
        "type": "string"
      },
      "Iva": {
        "default": 21,
        "description": "VAT percentage (Spanish rates).",
        "enum": [
          0,
          4,
          10,
          21
        ],
        "example": 21,
        "type": "integer"
      },
      "Link": {
        "description": "A hyperlink.",
        "example": {
          "href": "/api/v1/recambios/Z0000001-A"
        },
        "properties": {
          "href": {
            "format": "uri-reference",
            "type": "string"
          },
          "rel": {
            "description": "Space-separated relation types.",
            "type": "string"
          }
        },
        "required": [
          "href"
        ],
        "type": "object"
      },
      "Movimiento": {
        "description": "One recorded stock movement.",
        "example": {
          "cantidad": 10,
          "cantidad_resultante": 10,
          "fecha": "2026-11-27T09:15:00Z",
          "id": "9b2f0c1e-8a51-4f5e-9d1b-0c7e6f1a2b3c",
          "numero_serie": "Z0000001-A",
          "reservada_resultante": 0,
          "tipo": "entrada"
        },
        "properties": {
          "cantidad": {
            "maximum": 10000,
            "minimum": 1,
            "type": "integer"
          },
          "cantidad_resultante": {
            "description": "`cantidad` of the part right after this movement.",
            "maximum": 10000,
            "minimum": 0,
            "type": "integer"
          },
          "fecha": {
            "format": "date-time",
            "type": "string"
          },
          "id": {
            "format": "uuid",
            "type": "string"
          },
          "motivo": {
            "maxLength": 500,
            "type": "string"
          },
          "numero_serie": {
            "$ref": "#/components/schemas/NumeroSerie"
          },
          "reservada_resultante": {
            "description": "`cantidad_reservada` of the part right after this movement.",
            "maximum": 10000,
            "minimum": 0,
            "type": "integer"
          },
          "tipo": {
            "enum": [
              "entrada",
              "salida",
              "reserva",
              "liberacion"
            ],
            "type": "string"
          },
          "trabajo_id": {
            "format": "uuid",
            "type": "string"
          }
        },
        "required": [
          "id",
          "numero_serie",
          "tipo",
          "cantidad",
          "fecha",
          "cantidad_resultante",
          "reservada_resultante"
        ],
        "type": "object"
      },
      "Nombre": {
        "example": "Kit de frenos delanteros",
        "maxLength": 200,
        "minLength": 1,
        "type": "string"
      },
      "NumeroSerie": {
        "description": "One capital letter, seven digits, a dash and a capital letter.",
        "example": "Z0000001-A",
        "pattern": "^[A-Z][0-9]{7}-[A-Z]$",
        "type": "string"
      },
      "OperacionReserva": {
        "additionalProperties": false,
        "description": "A reservation of stock for a job, or its release.",
        "example": {
          "cantidad": 2,
          "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
        },
        "properties": {
          "cantidad": {
            "description": "Units.",
            "maximum": 10000,
            "minimum": 1,
            "type": "integer"
          },
          "motivo": {
            "description": "Free-text reason.",
            "maxLength": 500,
            "type": "string"
          },
          "trabajo_id": {
            "description": "The job (trabajos service).",
            "format": "uuid",
            "type": "string"
          }
        },
        "required": [
          "cantidad",
          "trabajo_id"
        ],
        "type": "object"
      },
      "OperacionStock": {
        "additionalProperties": false,
        "description": "An entrada or salida of stock.",
        "example": {
          "cantidad": 5,
          "motivo": "Pedido 2026-0412"
        },
        "properties": {
          "cantidad": {
            "description": "Units moved.",
            "maximum": 10000,
            "minimum": 1,
            "type": "integer"
          },
          "motivo": {
            "description": "Free-text reason.",
            "maxLength": 500,
            "type": "string"
          },
          "trabajo_id": {
            "description": "Job the units are for, if any.",
            "format": "uuid",
            "type": "string"
          }
        },
        "required": [
          "cantidad"
        ],
        "type": "object"
      },
      "PaginaMovimientos": {
        "example": {
          "items": [],
          "links": {
            "first": {
              "href": "/api/v1/recambios/Z0000001-A/movimientos?page=1&page_size=20"
            },
            "last": {
              "href": "/api/v1/recambios/Z0000001-A/movimientos?page=1&page_size=20"
            },
            "self": {
              "href": "/api/v1/recambios/Z0000001-A/movimientos?page=1&page_size=20"
            }
          },
          "page": 1,
          "page_size": 20,
          "total": 0,
          "total_pages": 0
        },
        "properties": {
          "items": {
            "items": {
              "$ref": "#/components/schemas/Movimiento"
            },
            "type": "array"
          },
          "links": {
            "$ref": "#/components/schemas/EnlacesPagina"
          },
          "page": {
            "minimum": 1,
            "type": "integer"
          },
          "page_size": {
            "maximum": 100,
            "minimum": 1,
            "type": "integer"
          },
          "total": {
            "minimum": 0,
            "type": "integer"
          },
          "total_pages": {
            "minimum": 0,
            "type": "integer"
          }
        },
        "required": [
          "items",
          "page",
          "page_size",
          "total",
          "total_pages",
          "links"
        ],
        "type": "object"
      },
      "PaginaRecambios": {
        "example": {
          "items": [],
          "links": {
            "first": {
              "href": "/api/v1/recambios?page=1&page_size=20"
            },
            "last": {
              "href": "/api/v1/recambios?page=1&page_size=20"
            },
            "self": {
              "href": "/api/v1/recambios?page=1&page_size=20"
            }
          },
          "page": 1,
          "page_size": 20,
          "total": 0,
          "total_pages": 0
        },
        "properties": {
          "items": {
            "items": {
              "$ref": "#/components/schemas/Recambio"
            },
            "type": "array"
          },
          "links": {
            "$ref": "#/components/schemas/EnlacesPagina"
          },
          "page": {
            "minimum": 1,
            "type": "integer"
          },
          "page_size": {
            "maximum": 100,
            "minimum": 1,
            "type": "integer"
          },
          "total": {
            "minimum": 0,
            "type": "integer"
          },
          "total_pages": {
            "minimum": 0,
            "type": "integer"
          }
        },
        "required": [
          "items",
          "page",
          "page_size",
          "total",
          "total_pages",
          "links"
        ],
        "type": "object"
      },
      "Precio": {
        "description": "Unit price in euros, without VAT.",
        "example": 448.32,
        "exclusiveMinimum": true,
        "maximum": 1000000,
        "minimum": 0,
        "type": "number"
      },
      "Problem": {
        "description": "RFC 9457 problem details (same shape in every taller contract).",
        "example": {
          "detail": "No part with numero_serie Z0000009-A.",
          "instance": "/recambios/Z0000009-A",
          "status": 404,
          "title": "Not Found",
          "type": "about:blank"
        },
        "properties": {
          "detail": {
            "description": "Explanation of this occurrence.",
            "type": "string"
          },
          "errors": {
            "description": "One entry per failing field or parameter.",
            "items": {
              "properties": {
                "detail": {
                  "type": "string"
                },
                "pointer": {
                  "description": "JSON pointer into the body, or `/query/<name>`, `/path/<name>`, `/header/<name>`.",
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
          "instance": {
            "description": "The request path.",
            "format": "uri-reference",
            "type": "string"
          },
          "status": {
            "description": "The HTTP status code.",
            "maximum": 599,
            "minimum": 400,
            "type": "integer"
          },
          "title": {
            "description": "Short summary of the problem type.",
            "type": "string"
          },
          "type": {
            "description": "Identifies the problem type; `about:blank` when only the status matters.",
            "format": "uri-reference",
            "type": "string"
          }
        },
        "required": [
          "type",
          "title",
          "status"
        ],
        "type": "object"
      },
      "Proveedor": {
        "example": "Brembo",
        "maxLength": 200,
        "minLength": 1,
        "type": "string"
      },
      "Recambio": {
        "description": "A part as stored, with its stock.",
        "example": {
          "cantidad": 10,
          "cantidad_disponible": 10,
          "cantidad_reservada": 0,
          "equivalencias": [],
          "garantia": "3 meses",
          "importe": 542.47,
          "iva": 21,
          "links": {
            "parent": {
              "href": "/api/v1/recambios"
            },
            "self": {
              "href": "/api/v1/recambios/Z0000001-A"
            }
          },
          "nombre": "Kit de frenos delanteros",
          "numero_serie": "Z0000001-A",
          "precio": 448.32,
          "proveedor": "Brembo",
          "stock_bajo": false,
          "stock_minimo": 2,
          "version": 1
        },
        "properties": {
          "cantidad": {
            "description": "Units in the workshop, reserved or not.",
            "maximum": 10000,
            "minimum": 0,
            "type": "integer"
          },
          "cantidad_disponible": {
            "description": "Units free to reserve or sell, `cantidad - cantidad_reservada`.",
            "maximum": 10000,
            "minimum": 0,
            "type": "integer"
          },
          "cantidad_reservada": {
            "description": "Units of `cantidad` reserved for jobs.",
            "maximum": 10000,
            "minimum": 0,
            "type": "integer"
          },
          "descripcion": {
            "$ref": "#/components/schemas/Descripcion"
          },
          "equivalencias": {
            "items": {
              "$ref": "#/components/schemas/Equivalencia"
            },
            "type": "array"
          },
          "garantia": {
            "$ref": "#/components/schemas/Garantia"
          },
          "importe": {
            "description": "Unit price with VAT, `precio × (1 + iva/100)` rounded to cents; computed by the server.",
            "example": 542.47,
            "minimum": 0,
            "type": "number"
          },
          "iva": {
            "$ref": "#/components/schemas/Iva"
          },
          "links": {
            "$ref": "#/components/schemas/EnlacesRecurso"
          },
          "nombre": {
            "$ref": "#/components/schemas/Nombre"
          },
          "numero_serie": {
            "$ref": "#/components/schemas/NumeroSerie"
          },
          "precio": {
            "$ref": "#/components/schemas/Precio"
          },
          "proveedor": {
            "$ref": "#/components/schemas/Proveedor"
          },
          "stock_bajo": {
            "description": "True when `cantidad_disponible` is at or below `stock_minimo`.",
            "type": "boolean"
          },
          "stock_minimo": {
            "maximum": 10000,
            "minimum": 0,
            "type": "integer"
          },
          "version": {
            "description": "Incremented on every change; the `ETag` is this number in quotes.",
            "minimum": 1,
            "type": "integer"
          }
        },
        "required": [
          "numero_serie",
          "nombre",
          "proveedor",
          "equivalencias",
          "garantia",
          "precio",
          "iva",
          "importe",
          "cantidad",
          "cantidad_reservada",
          "cantidad_disponible",
          "stock_minimo",
          "stock_bajo",
          "version",
          "links"
        ],
        "type": "object"
      },
      "RecambioActualizacion": {
        "additionalProperties": false,
        "description": "The editable fields of a part (a full replacement; stock is not editable).",
        "example": {
          "garantia": "3 meses",
          "iva": 21,
          "nombre": "Kit de frenos delanteros",
          "precio": 460,
          "proveedor": "Brembo",
          "stock_minimo": 3
        },
        "properties": {
          "descripcion": {
            "$ref": "#/components/schemas/Descripcion"
          },
          "equivalencias": {
            "$ref": "#/components/schemas/Equivalencias"
          },
          "garantia": {
            "$ref": "#/components/schemas/Garantia"
          },
          "iva": {
            "$ref": "#/components/schemas/Iva"
          },
          "nombre": {
            "$ref": "#/components/schemas/Nombre"
          },
          "precio": {
            "$ref": "#/components/schemas/Precio"
          },
          "proveedor": {
            "$ref": "#/components/schemas/Proveedor"
          },
          "stock_minimo": {
            "default": 0,
            "description": "Available units at or below which the part has low stock.",
            "maximum": 10000,
            "minimum": 0,
            "type": "integer"
          }
        },
        "required": [
          "nombre",
          "proveedor",
          "garantia",
          "precio"
        ],
        "type": "object"
      },
      "RecambioNuevo": {
        "additionalProperties": false,
        "description": "A part to add. `importe` is computed by the server and not accepted here.",
        "example": {
          "cantidad": 10,
          "garantia": "3 meses",
          "iva": 21,
          "nombre": "Kit de frenos delanteros",
          "numero_serie": "Z0000001-A",
          "precio": 448.32,
          "proveedor": "Brembo",
          "stock_minimo": 2
        },
        "properties": {
          "cantidad": {
            "$ref": "#/components/schemas/Cantidad"
          },
          "descripcion": {
            "$ref": "#/components/schemas/Descripcion"
          },
          "equivalencias": {
            "$ref": "#/components/schemas/Equivalencias"
          },
          "garantia": {
            "$ref": "#/components/schemas/Garantia"
          },
          "iva": {
            "$ref": "#/components/schemas/Iva"
          },
          "nombre": {
            "$ref": "#/components/schemas/Nombre"
          },
          "numero_serie": {
            "$ref": "#/components/schemas/NumeroSerie"
          },
          "precio": {
            "$ref": "#/components/schemas/Precio"
          },
          "proveedor": {
            "$ref": "#/components/schemas/Proveedor"
          },
          "stock_minimo": {
            "default": 0,
            "description": "Available units at or below which the part has low stock.",
            "maximum": 10000,
            "minimum": 0,
            "type": "integer"
          }
        },
        "required": [
          "numero_serie",
          "nombre",
          "proveedor",
          "garantia",
          "precio",
          "cantidad"
        ],
        "type": "object"
      }
    },
    "securitySchemes": {
      "bearerAuth": {
        "description": "A JWT access token of the workshop's identity provider, sent as\n`Authorization: Bearer <token>`: HS256 for the local run, RS256 with the provider's\nkeys in production; `iss`, `aud` and `exp` are checked. Its `scope` claim\n(space-separated) grants `recambios:read` for reads, `recambios:write` for changes and\n`recambios:admin` for destructive operations. `scripts/run` prints a development token\nwith every scope.\n",
        "flows": {
          "clientCredentials": {
            "scopes": {
              "recambios:admin": "Delete recambios.",
              "recambios:read": "Read recambios.",
              "recambios:write": "Create and change recambios."
            },
            "tokenUrl": "/auth/token"
          }
        },
        "type": "oauth2"
      }
    }
  },
  "info": {
    "contact": {
      "email": "taller@example.com",
      "name": "taller"
    },
    "description": "Spare-parts inventory of the workshop: the parts catalogue, keyed by `numero_serie`, and\nits stock. Stock changes only through recorded movements (entrada, salida, reserva for a\njob, liberación), each applied as one atomic conditional update, so stock and reserved\nstock never go negative and concurrent reservations never oversell. Parts whose available\nstock (`cantidad_disponible`) is at or below `stock_minimo` appear in `/recambios/stock-bajo`,\nand crossing that threshold is notified.\n\nServed behind the gateway at `/api/v1`; the service itself serves the paths as written.\n\n## Defects of the 2023 contract and service fixed here\n- PUT answered the non-standard status 209; now 200 with the resource and its new `ETag`.\n- The service answered 200 for every success; now POST → 201 with `Location`, DELETE → 204.\n- Errors were `{\"detail\": …}`; now RFC 9457 `application/problem+json` (`Problem`) with an\n  `errors` list pointing at each failing field, for every 4xx and 5xx.\n- `ETag`/`If-Match` were declared but ignored; now GET returns an `ETag` from the part's\n  version, PUT and DELETE answer 428 without `If-Match` and 412 when it does not match.\n- An empty collection answered 404; lists now answer 200 with `items: []`.\n- Pagination skipped `page` items instead of `page` pages; it now skips `(page-1)*page_size`,\n  reports totals and `first/last/prevPage/nextPage` links.\n- Filter parameters (nombre, proveedor, equivalencias, importe, cantidad) were written but\n  never attached to the list operation; the list now takes nombre, proveedor, price range,\n  quantity range and equivalence fabricante/modelo, each served by an index.\n- GET of one part answered a list wrapper; it now answers the part itself.\n- Numbers (`precio`, `importe`, `cantidad`) were strings and `iva` was the string `\"21%\"`;\n  they are JSON numbers now, `iva` is a percentage from the Spanish rates (0, 4, 10, 21).\n- `importe` was accepted from the client and could disagree with `precio` and `iva`; the\n  server now computes it (`precio × (1 + iva/100)`, rounded to cents) and never reads it.\n- `equivalencias` was a single object; it is a list (a part may have several equivalents).\n- Duplicate `numero_serie` answered 400; it is 409.\n- Multi-file spec with relative `$ref`s and `schemas:` typos; this file is self-contained.\n- Stock had no history, no reservations and no minimum; added movements, reservations per\n  job, `stock_minimo` and the low-stock list.\n",
    "license": {
      "name": "MIT",
      "url": "https://opensource.org/licenses/MIT"
    },
    "title": "taller — recambios (spare parts and stock)",
    "version": "2.0.0"
  },
  "openapi": "3.0.3",
  "paths": {
    "/recambios": {
      "get": {
        "description": "An empty result is 200 with `items` empty. Filters combine with AND.",
        "operationId": "list_recambios",
        "parameters": [
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/PageSize"
          },
          {
            "$ref": "#/components/parameters/Order"
          },
          {
            "$ref": "#/components/parameters/Ordering"
          },
          {
            "description": "Parts whose `nombre` contains this text (case-insensitive).",
            "in": "query",
            "name": "nombre",
            "schema": {
              "maxLength": 200,
              "type": "string"
            }
          },
          {
            "description": "Parts from exactly this supplier.",
            "in": "query",
            "name": "proveedor",
            "schema": {
              "maxLength": 200,
              "type": "string"
            }
          },
          {
            "description": "Minimum `precio` (without VAT), inclusive.",
            "in": "query",
            "name": "precio_min",
            "schema": {
              "minimum": 0,
              "type": "number"
            }
          },
          {
            "description": "Maximum `precio` (without VAT), inclusive.",
            "in": "query",
            "name": "precio_max",
            "schema": {
              "minimum": 0,
              "type": "number"
            }
          },
          {
            "description": "Minimum `cantidad`, inclusive.",
            "in": "query",
            "name": "cantidad_min",
            "schema": {
              "maximum": 10000,
              "minimum": 0,
              "type": "integer"
            }
          },
          {
            "description": "Maximum `cantidad`, inclusive.",
            "in": "query",
            "name": "cantidad_max",
            "schema": {
              "maximum": 10000,
              "minimum": 0,
              "type": "integer"
            }
          },
          {
            "description": "Parts with an equivalence made by exactly this manufacturer.",
            "in": "query",
            "name": "fabricante",
            "schema": {
              "maxLength": 200,
              "type": "string"
            }
          },
          {
            "description": "Parts with an equivalence for exactly this vehicle model.",
            "in": "query",
            "name": "modelo",
            "schema": {
              "maxLength": 200,
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "pagina": {
                    "summary": "A page with parts",
                    "value": {
                      "items": [
                        {
                          "cantidad": 10,
                          "cantidad_disponible": 10,
                          "cantidad_reservada": 0,
                          "equivalencias": [
                            {
                              "fabricante": "EBC Brakes",
                              "modelo": "Golf GTI MK7",
                              "nombre": "Kit de frenos EBC"
                            }
                          ],
                          "garantia": "3 meses",
                          "importe": 542.47,
                          "iva": 21,
                          "links": {
                            "parent": {
                              "href": "/api/v1/recambios"
                            },
                            "self": {
                              "href": "/api/v1/recambios/Z0000001-A"
                            }
                          },
                          "nombre": "Kit de frenos delanteros",
                          "numero_serie": "Z0000001-A",
                          "precio": 448.32,
                          "proveedor": "Brembo",
                          "stock_bajo": false,
                          "stock_minimo": 2,
                          "version": 1
                        }
                      ],
                      "links": {
                        "first": {
                          "href": "/api/v1/recambios?page=1&page_size=1"
                        },
                        "last": {
                          "href": "/api/v1/recambios?page=3&page_size=1"
                        },
                        "nextPage": {
                          "href": "/api/v1/recambios?page=3&page_size=1"
                        },
                        "prevPage": {
                          "href": "/api/v1/recambios?page=1&page_size=1"
                        },
                        "self": {
                          "href": "/api/v1/recambios?page=2&page_size=1"
                        }
                      },
                      "page": 2,
                      "page_size": 1,
                      "total": 3,
                      "total_pages": 3
                    }
                  },
                  "vacia": {
                    "summary": "No part matches",
                    "value": {
                      "items": [],
                      "links": {
                        "first": {
                          "href": "/api/v1/recambios?page=1&page_size=20"
                        },
                        "last": {
                          "href": "/api/v1/recambios?page=1&page_size=20"
                        },
                        "self": {
                          "href": "/api/v1/recambios?page=1&page_size=20"
                        }
                      },
                      "page": 1,
                      "page_size": 20,
                      "total": 0,
                      "total_pages": 0
                    }
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/PaginaRecambios"
                }
              }
            },
            "description": "One page of parts."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "recambios:read"
            ]
          }
        ],
        "summary": "List parts, paged, sorted and filtered",
        "tags": [
          "recambios"
        ]
      },
      "post": {
        "description": "`importe` is computed by the server. `cantidad_reservada` starts at 0. A second part with\nthe same `numero_serie` is a 409, also under concurrent creates.\n",
        "operationId": "create_recambio",
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "completo": {
                  "summary": "Every field",
                  "value": {
                    "cantidad": 10,
                    "descripcion": "Discos perforados de 340 mm, pinzas de 6 pistones y pastillas.",
                    "equivalencias": [
                      {
                        "fabricante": "EBC Brakes",
                        "modelo": "Golf GTI MK7",
                        "nombre": "Kit de frenos EBC"
                      }
                    ],
                    "garantia": "3 meses",
                    "iva": 21,
                    "nombre": "Kit de frenos delanteros",
                    "numero_serie": "Z0000001-A",
                    "precio": 448.32,
                    "proveedor": "Brembo",
                    "stock_minimo": 2
                  }
                },
                "minimo": {
                  "summary": "Only the required fields (iva 21, no equivalences, minimum 0)",
                  "value": {
                    "cantidad": 20,
                    "garantia": "2 años",
                    "nombre": "Neumático 205/55 R16",
                    "numero_serie": "Z0000003-B",
                    "precio": 97.5,
                    "proveedor": "Michelin"
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/RecambioNuevo"
              }
            }
          },
          "required": true
        },
        "responses": {
          "201": {
            "content": {
              "application/json": {
                "examples": {
                  "creado": {
                    "$ref": "#/components/examples/RecambioFrenos"
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Recambio"
                }
              }
            },
            "description": "Created; `Location` points at the new part.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              },
              "Location": {
                "$ref": "#/components/headers/Location"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/ConflictDuplicate"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "recambios:write"
            ]
          }
        ],
        "summary": "Add a part to the catalogue",
        "tags": [
          "recambios"
        ]
      }
    },
    "/recambios/stock-bajo": {
      "get": {
        "description": "Parts whose `cantidad_disponible` is at or below `stock_minimo`, paged. This static path\ntakes precedence over `/recambios/{numero_serie}` (and `stock-bajo` is not a valid\n`numero_serie` anyway).\n",
        "operationId": "list_stock_bajo",
        "parameters": [
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/PageSize"
          },
          {
            "$ref": "#/components/parameters/Order"
          },
          {
            "$ref": "#/components/parameters/Ordering"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "pagina": {
                    "value": {
                      "items": [
                        {
                          "cantidad": 4,
                          "cantidad_disponible": 2,
                          "cantidad_reservada": 2,
                          "equivalencias": [],
                          "garantia": "2 años",
                          "importe": 117.98,
                          "iva": 21,
                          "links": {
                            "parent": {
                              "href": "/api/v1/recambios"
                            },
                            "self": {
                              "href": "/api/v1/recambios/Z0000003-B"
                            }
                          },
                          "nombre": "Neumático 205/55 R16",
                          "numero_serie": "Z0000003-B",
                          "precio": 97.5,
                          "proveedor": "Michelin",
                          "stock_bajo": true,
                          "stock_minimo": 2,
                          "version": 7
                        }
                      ],
                      "links": {
                        "first": {
                          "href": "/api/v1/recambios/stock-bajo?page=1&page_size=20"
                        },
                        "last": {
                          "href": "/api/v1/recambios/stock-bajo?page=1&page_size=20"
                        },
                        "self": {
                          "href": "/api/v1/recambios/stock-bajo?page=1&page_size=20"
                        }
                      },
                      "page": 1,
                      "page_size": 20,
                      "total": 1,
                      "total_pages": 1
                    }
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/PaginaRecambios"
                }
              }
            },
            "description": "One page of parts with low stock."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "recambios:read"
            ]
          }
        ],
        "summary": "List parts at or below their minimum stock",
        "tags": [
          "stock"
        ]
      }
    },
    "/recambios/{numero_serie}": {
      "delete": {
        "description": "Requires `If-Match` with the current `ETag`; 428 without it, 412 on mismatch.",
        "operationId": "delete_recambio",
        "parameters": [
          {
            "$ref": "#/components/parameters/IfMatch"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted; no body."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "428": {
            "$ref": "#/components/responses/PreconditionRequired"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "recambios:admin"
            ]
          }
        ],
        "summary": "Remove a part from the catalogue",
        "tags": [
          "recambios"
        ]
      },
      "get": {
        "description": "The part with its stock; the `ETag` header is its version, for `If-Match`.",
        "operationId": "get_recambio",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "recambio": {
                    "$ref": "#/components/examples/RecambioFrenos"
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Recambio"
                }
              }
            },
            "description": "The part; `ETag` carries its version for `If-Match`.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "recambios:read"
            ]
          }
        ],
        "summary": "Get one part",
        "tags": [
          "recambios"
        ]
      },
      "parameters": [
        {
          "$ref": "#/components/parameters/NumeroSerie"
        }
      ],
      "put": {
        "description": "Replaces every editable field (omitted optional fields take their defaults). Stock\n(`cantidad`, `cantidad_reservada`) is not editable here: it changes only through the\nstock operations, so every change is recorded. Requires `If-Match` with the current\n`ETag`: 428 without it, 412 when it does not match.\n",
        "operationId": "replace_recambio",
        "parameters": [
          {
            "$ref": "#/components/parameters/IfMatch"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "nuevo_precio": {
                  "summary": "New price and minimum stock",
                  "value": {
                    "descripcion": "Discos perforados de 340 mm, pinzas de 6 pistones y pastillas.",
                    "equivalencias": [
                      {
                        "fabricante": "EBC Brakes",
                        "modelo": "Golf GTI MK7",
                        "nombre": "Kit de frenos EBC"
                      }
                    ],
                    "garantia": "3 meses",
                    "iva": 21,
                    "nombre": "Kit de frenos delanteros",
                    "precio": 460,
                    "proveedor": "Brembo",
                    "stock_minimo": 3
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/RecambioActualizacion"
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "actualizado": {
                    "value": {
                      "cantidad": 10,
                      "cantidad_disponible": 10,
                      "cantidad_reservada": 0,
                      "descripcion": "Discos perforados de 340 mm, pinzas de 6 pistones y pastillas.",
                      "equivalencias": [
                        {
                          "fabricante": "EBC Brakes",
                          "modelo": "Golf GTI MK7",
                          "nombre": "Kit de frenos EBC"
                        }
                      ],
                      "garantia": "3 meses",
                      "importe": 556.6,
                      "iva": 21,
                      "links": {
                        "parent": {
                          "href": "/api/v1/recambios"
                        },
                        "self": {
                          "href": "/api/v1/recambios/Z0000001-A"
                        }
                      },
                      "nombre": "Kit de frenos delanteros",
                      "numero_serie": "Z0000001-A",
                      "precio": 460,
                      "proveedor": "Brembo",
                      "stock_bajo": false,
                      "stock_minimo": 3,
                      "version": 2
                    }
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Recambio"
                }
              }
            },
            "description": "The updated part and its new `ETag`.",
            "headers": {
              "ETag": {
                "$ref": "#/components/headers/ETag"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "428": {
            "$ref": "#/components/responses/PreconditionRequired"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "recambios:write"
            ]
          }
        ],
        "summary": "Replace a part's catalogue data",
        "tags": [
          "recambios"
        ]
      }
    },
    "/recambios/{numero_serie}/entradas": {
      "parameters": [
        {
          "$ref": "#/components/parameters/NumeroSerie"
        }
      ],
      "post": {
        "description": "Adds `cantidad` units. 409 when the stock would exceed 10000.",
        "operationId": "add_entrada",
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "pedido": {
                  "value": {
                    "cantidad": 5,
                    "motivo": "Pedido 2026-0412 de Brembo"
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/OperacionStock"
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/StockActualizado"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/ConflictStock"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "recambios:write"
            ]
          }
        ],
        "summary": "Receive units into stock",
        "tags": [
          "stock"
        ]
      }
    },
    "/recambios/{numero_serie}/liberaciones": {
      "parameters": [
        {
          "$ref": "#/components/parameters/NumeroSerie"
        }
      ],
      "post": {
        "description": "Returns `cantidad` units reserved for `trabajo_id` to available stock; 409 if that job has fewer reserved.",
        "operationId": "add_liberacion",
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "cancelado": {
                  "value": {
                    "cantidad": 1,
                    "motivo": "Trabajo cancelado",
                    "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/OperacionReserva"
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/StockActualizado"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/ConflictStock"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "recambios:write"
            ]
          }
        ],
        "summary": "Release units reserved for a job",
        "tags": [
          "stock"
        ]
      }
    },
    "/recambios/{numero_serie}/movimientos": {
      "get": {
        "description": "Oldest first by default (`ordering=DESC` for newest first). 404 if the part does not exist.",
        "operationId": "list_movimientos",
        "parameters": [
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/PageSize"
          },
          {
            "$ref": "#/components/parameters/Ordering"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "historial": {
                    "value": {
                      "items": [
                        {
                          "cantidad": 10,
                          "cantidad_resultante": 10,
                          "fecha": "2026-11-27T09:15:00Z",
                          "id": "9b2f0c1e-8a51-4f5e-9d1b-0c7e6f1a2b3c",
                          "motivo": "Alta del recambio",
                          "numero_serie": "Z0000001-A",
                          "reservada_resultante": 0,
                          "tipo": "entrada"
                        },
                        {
                          "cantidad": 2,
                          "cantidad_resultante": 10,
                          "fecha": "2026-11-27T10:02:41Z",
                          "id": "1c4d7e2a-3b6f-4a8c-9e0d-5f1a2b3c4d5e",
                          "numero_serie": "Z0000001-A",
                          "reservada_resultante": 2,
                          "tipo": "reserva",
                          "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
                        }
                      ],
                      "links": {
                        "first": {
                          "href": "/api/v1/recambios/Z0000001-A/movimientos?page=1&page_size=20"
                        },
                        "last": {
                          "href": "/api/v1/recambios/Z0000001-A/movimientos?page=1&page_size=20"
                        },
                        "self": {
                          "href": "/api/v1/recambios/Z0000001-A/movimientos?page=1&page_size=20"
                        }
                      },
                      "page": 1,
                      "page_size": 20,
                      "total": 2,
                      "total_pages": 1
                    }
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/PaginaMovimientos"
                }
              }
            },
            "description": "One page of movements."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "recambios:read"
            ]
          }
        ],
        "summary": "List a part's stock movements",
        "tags": [
          "stock"
        ]
      },
      "parameters": [
        {
          "$ref": "#/components/parameters/NumeroSerie"
        }
      ]
    },
    "/recambios/{numero_serie}/reservas": {
      "parameters": [
        {
          "$ref": "#/components/parameters/NumeroSerie"
        }
      ],
      "post": {
        "description": "Moves `cantidad` available units to reserved for `trabajo_id`. 409 when fewer units are\navailable; concurrent reservations never oversell.\n",
        "operationId": "add_reserva",
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "reserva": {
                  "value": {
                    "cantidad": 2,
                    "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/OperacionReserva"
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/StockActualizado"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/ConflictStock"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "recambios:write"
            ]
          }
        ],
        "summary": "Reserve units for a job",
        "tags": [
          "stock"
        ]
      }
    },
    "/recambios/{numero_serie}/salidas": {
      "parameters": [
        {
          "$ref": "#/components/parameters/NumeroSerie"
        }
      ],
      "post": {
        "description": "With `trabajo_id`, consumes units reserved for that job (409 if it has fewer reserved);\nwithout it, consumes available (unreserved) units (409 if fewer are available).\n",
        "operationId": "add_salida",
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "para_trabajo": {
                  "summary": "Parts fitted in a job",
                  "value": {
                    "cantidad": 1,
                    "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
                  }
                },
                "venta": {
                  "summary": "Counter sale",
                  "value": {
                    "cantidad": 2,
                    "motivo": "Venta en mostrador"
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/OperacionStock"
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/StockActualizado"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/ConflictStock"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/Unprocessable"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/Unavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "recambios:write"
            ]
          }
        ],
        "summary": "Take units out of stock",
        "tags": [
          "stock"
        ]
      }
    }
  },
  "servers": [
    {
      "url": "/api/v1"
    }
  ],
  "tags": [
    {
      "description": "The parts catalogue.",
      "name": "recambios"
    },
    {
      "description": "Stock movements, reservations for jobs and low-stock list.",
      "name": "stock"
    }
  ]
}"##;
