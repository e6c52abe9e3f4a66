// @generated from specs/logs.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! The contract, bundled into one JSON document: validated against by the router, served at
//! `/openapi.json` and by the docs UI.

/// The OpenAPI document of the service.
pub const CONTRACT_JSON: &str = r##"{
  "components": {
    "headers": {
      "ETag": {
        "description": "Version of the resource (events never change, so neither does it).",
        "example": "\"7a1f0c9e2b3d4e5f\"",
        "schema": {
          "type": "string"
        }
      },
      "Location": {
        "description": "Path of the created resource.",
        "example": "/api/v1/logs/9b2f4c1a-6d3e-4f5a-8b7c-1d2e3f4a5b6c",
        "schema": {
          "format": "uri-reference",
          "type": "string"
        }
      }
    },
    "parameters": {
      "ordering": {
        "description": "Sort direction.",
        "in": "query",
        "name": "ordering",
        "required": false,
        "schema": {
          "default": "ASC",
          "enum": [
            "ASC",
            "DESC"
          ],
          "type": "string"
        }
      },
      "page": {
        "description": "Page number, from 1.",
        "in": "query",
        "name": "page",
        "required": false,
        "schema": {
          "default": 1,
          "minimum": 1,
          "type": "integer"
        }
      },
      "page_size": {
        "description": "Items per page.",
        "in": "query",
        "name": "page_size",
        "required": false,
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
              "json_invalido": {
                "summary": "A body that is not JSON",
                "value": {
                  "detail": "the request body is not valid JSON (line 3, column 1)",
                  "instance": "/api/v1/logs",
                  "status": 400,
                  "title": "Bad Request",
                  "type": "about:blank"
                }
              },
              "parametro_invalido": {
                "summary": "A query parameter out of range",
                "value": {
                  "detail": "prioridad must be one of 0, 1, 2, 3",
                  "errors": [
                    {
                      "detail": "must be one of 0, 1, 2, 3",
                      "pointer": "/query/prioridad"
                    }
                  ],
                  "instance": "/api/v1/logs?prioridad=7",
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
      "Forbidden": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the credentials lack the scope(s) this operation needs: logs:write",
              "errors": [
                {
                  "detail": "lacks scope logs:write",
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
            "example": {
              "detail": "unexpected error; see the server log for request id 7c9e6679",
              "instance": "/api/v1/logs",
              "status": 500,
              "title": "Internal Server Error",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "Unexpected server error."
      },
      "NotFound": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "no event with id 9b2f4c1a-6d3e-4f5a-8b7c-1d2e3f4a5b6c",
              "instance": "/api/v1/logs/9b2f4c1a-6d3e-4f5a-8b7c-1d2e3f4a5b6c",
              "status": 404,
              "title": "Not Found",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "No event has this id."
      },
      "ServiceUnavailable": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the database is not reachable",
              "instance": "/api/v1/logs",
              "status": 503,
              "title": "Service Unavailable",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "A dependency (the database) is down; retry later."
      },
      "Unauthorized": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the credentials were refused: the token has expired",
              "instance": "/logs",
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
      "UnprocessableEntity": {
        "content": {
          "application/problem+json": {
            "examples": {
              "campos_invalidos": {
                "summary": "Several fields fail",
                "value": {
                  "detail": "2 fields are invalid",
                  "errors": [
                    {
                      "detail": "must be one of 1, 2, 3, 4, 5, 6, 7",
                      "pointer": "/subsistema"
                    },
                    {
                      "detail": "is required",
                      "pointer": "/descripcion_evento"
                    }
                  ],
                  "instance": "/api/v1/logs",
                  "status": 422,
                  "title": "Unprocessable Entity",
                  "type": "about:blank"
                }
              }
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The body is JSON but breaks the schema."
      },
      "UnsupportedMediaType": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "expected Content-Type application/json",
              "errors": [
                {
                  "detail": "must be application/json",
                  "pointer": "/header/Content-Type"
                }
              ],
              "instance": "/api/v1/logs",
              "status": 415,
              "title": "Unsupported Media Type",
              "type": "about:blank"
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
      "EnlacesPagina": {
        "description": "Links of a page; `prevPage`/`nextPage` only when that page exists.",
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
        "description": "Links of one item.",
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
      "Link": {
        "description": "A hyperlink.",
        "properties": {
          "href": {
            "format": "uri-reference",
            "type": "string"
          },
          "rel": {
            "description": "Space-separated relation types or operationIds.",
            "type": "string"
          }
        },
        "required": [
          "href"
        ],
        "type": "object"
      },
      "Log": {
        "description": "A stored event.",
        "properties": {
          "descripcion_evento": {
            "type": "string"
          },
          "fecha": {
            "format": "date-time",
            "type": "string"
          },
          "id": {
            "format": "uuid",
            "type": "string"
          },
          "links": {
            "$ref": "#/components/schemas/EnlacesRecurso"
          },
          "prioridad": {
            "$ref": "#/components/schemas/Prioridad"
          },
          "subsistema": {
            "$ref": "#/components/schemas/Subsistema"
          },
          "usuario": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "prioridad",
          "descripcion_evento",
          "fecha",
          "usuario",
          "subsistema",
          "links"
        ],
        "type": "object"
      },
      "LogNuevo": {
        "additionalProperties": false,
        "description": "An event to append.",
        "properties": {
          "descripcion_evento": {
            "description": "What happened.",
            "maxLength": 2000,
            "minLength": 1,
            "type": "string"
          },
          "fecha": {
            "description": "When it happened; defaults to when the server receives it.",
            "format": "date-time",
            "type": "string"
          },
          "prioridad": {
            "$ref": "#/components/schemas/Prioridad"
          },
          "subsistema": {
            "$ref": "#/components/schemas/Subsistema"
          },
          "usuario": {
            "description": "The user or service account that raised the event.",
            "maxLength": 100,
            "minLength": 1,
            "type": "string"
          }
        },
        "required": [
          "descripcion_evento",
          "usuario",
          "subsistema"
        ],
        "type": "object"
      },
      "LogPagina": {
        "description": "A page of events.",
        "properties": {
          "items": {
            "items": {
              "$ref": "#/components/schemas/Log"
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
            "description": "Items matching the filters, over all pages.",
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
      "Prioridad": {
        "description": "0 very high, 1 high, 2 medium, 3 low.",
        "enum": [
          0,
          1,
          2,
          3
        ],
        "example": 2,
        "type": "integer"
      },
      "Problem": {
        "description": "RFC 9457 problem details, the body of every error response. `errors` lists each\nfailing field: `pointer` is a JSON pointer into the request body, or\n`/query/<name>`, `/path/<name>`, `/header/<name>` for a parameter.\n",
        "properties": {
          "detail": {
            "description": "Explanation of this occurrence.",
            "type": "string"
          },
          "errors": {
            "description": "One entry per failing field (validation failures).",
            "items": {
              "properties": {
                "detail": {
                  "description": "What is wrong with it.",
                  "type": "string"
                },
                "pointer": {
                  "description": "Where the failing value is (JSON pointer, or `/query/…`, `/path/…`, `/header/…`).",
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
            "description": "The request path that produced it.",
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
            "description": "Short summary of the kind of problem.",
            "type": "string"
          },
          "type": {
            "description": "Identifies the kind of problem; `about:blank` when only the status says it.",
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
      "Subsistema": {
        "description": "The service that raised the event: 1 clientes, 2 vehiculos, 3 trabajos,\n4 notificaciones, 5 facturas, 6 recambios, 7 logs.\n",
        "enum": [
          1,
          2,
          3,
          4,
          5,
          6,
          7
        ],
        "example": 6,
        "type": "integer"
      }
    },
    "securitySchemes": {
      "bearerAuth": {
        "description": "A JWT access token of the workshop's identity provider, sent as\n`Authorization: Bearer <token>`: HS256 for the local run, RS256 with the provider's\nkeys in production; `iss`, `aud` and `exp` are checked. Its `scope` claim\n(space-separated) grants `logs:read` for reads, `logs:write` for changes and\n`logs:admin` for destructive operations. `scripts/run` prints a development token\nwith every scope.\n",
        "flows": {
          "clientCredentials": {
            "scopes": {
              "logs:admin": "Delete logs.",
              "logs:read": "Read logs.",
              "logs:write": "Create and change logs."
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
    "description": "The workshop's event log: every service appends the events it wants kept (a part\nbelow its minimum stock, an invoice issued, a job cancelled…) for later queries,\nreports and statistics. The log is append-only: events are never updated or deleted.\n\n`subsistema` says which service raised the event:\n\n| subsistema | service        | what it manages                          |\n|-----------:|----------------|------------------------------------------|\n| 1          | clientes       | customers                                |\n| 2          | vehiculos      | vehicles                                 |\n| 3          | trabajos       | the daily planning of the workshop's jobs|\n| 4          | notificaciones | notifications                            |\n| 5          | facturas       | invoices                                 |\n| 6          | recambios      | the spare-parts inventory                |\n| 7          | logs           | this log                                 |\n\n`prioridad`: 0 very high, 1 high, 2 medium (the default), 3 low.\n\nConventions (routing, errors, lists) are those of `specs/README.md`.\n\n## Fixes to the original (2023) contract\n- The original offered PUT and DELETE on events (and its POST was named\n  `plataforma_post`); the log is append-only now: POST, list and get only.\n- The property `susbsistema` (typo) is `subsistema`; `fecha` was a free string\n  (`01-01-2001`) and is now a `date-time`; `tipo_evento`, required but never defined,\n  is gone (`descripcion_evento` describes the event).\n- The id was a hand-typed `P01-003-C` string; the server now assigns a uuid, and\n  input (`LogNuevo`) and output (`Log`) use separate schemas.\n- The list had no filters; it now filters by `prioridad`, `subsistema`, `usuario`, a\n  `fecha` range and text, is paginated (`page`, `page_size`, totals and links) and\n  answers 200 with `items: []` when empty (never 404).\n- The list wrapped each item in `{\"log\": …}`; items are now plain objects.\n- Errors are RFC 9457 problem+json with an `errors` array naming the failing fields;\n  415, 422, 500 and 503 are declared. The OPTIONS operations are not part of the\n  contract: CORS preflight and `Allow` are answered by the service runtime.\n",
    "license": {
      "name": "MIT"
    },
    "title": "taller — logs",
    "version": "2.0.0"
  },
  "openapi": "3.0.3",
  "paths": {
    "/logs": {
      "get": {
        "description": "A page of events matching every given filter. `fecha_desde` and `fecha_hasta`\nbound `fecha` (both inclusive); `texto` matches a case-insensitive substring of\n`descripcion_evento`. An empty result is 200 with `items: []`.\n",
        "operationId": "list_logs",
        "parameters": [
          {
            "$ref": "#/components/parameters/page"
          },
          {
            "$ref": "#/components/parameters/page_size"
          },
          {
            "description": "Field to sort by.",
            "in": "query",
            "name": "order",
            "required": false,
            "schema": {
              "default": "fecha",
              "enum": [
                "fecha",
                "prioridad",
                "subsistema",
                "usuario"
              ],
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/ordering"
          },
          {
            "description": "Only events of this priority.",
            "in": "query",
            "name": "prioridad",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Prioridad"
            }
          },
          {
            "description": "Only events raised by this service (1–7, see the table above).",
            "in": "query",
            "name": "subsistema",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Subsistema"
            }
          },
          {
            "description": "Only events raised by this user (exact match).",
            "in": "query",
            "name": "usuario",
            "required": false,
            "schema": {
              "maxLength": 100,
              "minLength": 1,
              "type": "string"
            }
          },
          {
            "description": "Only events at or after this moment.",
            "example": "2026-11-01T00:00:00Z",
            "in": "query",
            "name": "fecha_desde",
            "required": false,
            "schema": {
              "format": "date-time",
              "type": "string"
            }
          },
          {
            "description": "Only events at or before this moment.",
            "example": "2026-11-30T23:59:59Z",
            "in": "query",
            "name": "fecha_hasta",
            "required": false,
            "schema": {
              "format": "date-time",
              "type": "string"
            }
          },
          {
            "description": "Substring of `descripcion_evento` (case-insensitive).",
            "in": "query",
            "name": "texto",
            "required": false,
            "schema": {
              "maxLength": 200,
              "minLength": 1,
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
                    "summary": "Events of recambios, newest first",
                    "value": {
                      "items": [
                        {
                          "descripcion_evento": "Stock bajo: Z0000001-A (Filtro de aceite) tiene 2 unidades, mínimo 5",
                          "fecha": "2026-11-27T10:15:00Z",
                          "id": "9b2f4c1a-6d3e-4f5a-8b7c-1d2e3f4a5b6c",
                          "links": {
                            "parent": {
                              "href": "/api/v1/logs"
                            },
                            "self": {
                              "href": "/api/v1/logs/9b2f4c1a-6d3e-4f5a-8b7c-1d2e3f4a5b6c"
                            }
                          },
                          "prioridad": 1,
                          "subsistema": 6,
                          "usuario": "recambios"
                        },
                        {
                          "descripcion_evento": "Reserva de 2 unidades de Z0000001-A para el trabajo 3fa85f64-5717-4562-b3fc-2c963f66afa6",
                          "fecha": "2026-11-27T10:14:58Z",
                          "id": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
                          "links": {
                            "parent": {
                              "href": "/api/v1/logs"
                            },
                            "self": {
                              "href": "/api/v1/logs/0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"
                            }
                          },
                          "prioridad": 2,
                          "subsistema": 6,
                          "usuario": "recambios"
                        }
                      ],
                      "links": {
                        "first": {
                          "href": "/api/v1/logs?subsistema=6&order=fecha&ordering=DESC&page=1&page_size=2"
                        },
                        "last": {
                          "href": "/api/v1/logs?subsistema=6&order=fecha&ordering=DESC&page=21&page_size=2"
                        },
                        "nextPage": {
                          "href": "/api/v1/logs?subsistema=6&order=fecha&ordering=DESC&page=2&page_size=2"
                        },
                        "self": {
                          "href": "/api/v1/logs?subsistema=6&order=fecha&ordering=DESC&page=1&page_size=2"
                        }
                      },
                      "page": 1,
                      "page_size": 2,
                      "total": 41,
                      "total_pages": 21
                    }
                  },
                  "vacia": {
                    "summary": "No event matches",
                    "value": {
                      "items": [],
                      "links": {
                        "first": {
                          "href": "/api/v1/logs?prioridad=0&page=1"
                        },
                        "last": {
                          "href": "/api/v1/logs?prioridad=0&page=1"
                        },
                        "self": {
                          "href": "/api/v1/logs?prioridad=0"
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
                  "$ref": "#/components/schemas/LogPagina"
                }
              }
            },
            "description": "A page of events."
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
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "logs:read"
            ]
          }
        ],
        "summary": "List events",
        "tags": [
          "logs"
        ]
      },
      "post": {
        "description": "Appends an event. `fecha` is when it happened; when left out, the server uses the\nmoment it receives the event. `prioridad` defaults to 2 (medium).\n",
        "operationId": "create_log",
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "minimo": {
                  "summary": "Only the required fields",
                  "value": {
                    "descripcion_evento": "Factura 2026-0042 emitida",
                    "subsistema": 5,
                    "usuario": "mgalisteo"
                  }
                },
                "stock_bajo": {
                  "summary": "A part fell below its minimum stock",
                  "value": {
                    "descripcion_evento": "Stock bajo: Z0000001-A (Filtro de aceite) tiene 2 unidades, mínimo 5",
                    "fecha": "2026-11-27T10:15:00Z",
                    "prioridad": 1,
                    "subsistema": 6,
                    "usuario": "recambios"
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/LogNuevo"
              }
            }
          },
          "required": true
        },
        "responses": {
          "201": {
            "content": {
              "application/json": {
                "example": {
                  "descripcion_evento": "Stock bajo: Z0000001-A (Filtro de aceite) tiene 2 unidades, mínimo 5",
                  "fecha": "2026-11-27T10:15:00Z",
                  "id": "9b2f4c1a-6d3e-4f5a-8b7c-1d2e3f4a5b6c",
                  "links": {
                    "parent": {
                      "href": "/api/v1/logs"
                    },
                    "self": {
                      "href": "/api/v1/logs/9b2f4c1a-6d3e-4f5a-8b7c-1d2e3f4a5b6c"
                    }
                  },
                  "prioridad": 1,
                  "subsistema": 6,
                  "usuario": "recambios"
                },
                "schema": {
                  "$ref": "#/components/schemas/Log"
                }
              }
            },
            "description": "The event was stored.",
            "headers": {
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
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "logs:write"
            ]
          }
        ],
        "summary": "Append an event",
        "tags": [
          "logs"
        ]
      }
    },
    "/logs/{log_id}": {
      "get": {
        "description": "The event with this id.",
        "operationId": "get_log",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "example": {
                  "descripcion_evento": "Stock bajo: Z0000001-A (Filtro de aceite) tiene 2 unidades, mínimo 5",
                  "fecha": "2026-11-27T10:15:00Z",
                  "id": "9b2f4c1a-6d3e-4f5a-8b7c-1d2e3f4a5b6c",
                  "links": {
                    "parent": {
                      "href": "/api/v1/logs"
                    },
                    "self": {
                      "href": "/api/v1/logs/9b2f4c1a-6d3e-4f5a-8b7c-1d2e3f4a5b6c"
                    }
                  },
                  "prioridad": 1,
                  "subsistema": 6,
                  "usuario": "recambios"
                },
                "schema": {
                  "$ref": "#/components/schemas/Log"
                }
              }
            },
            "description": "The event.",
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
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "logs:read"
            ]
          }
        ],
        "summary": "Get an event",
        "tags": [
          "logs"
        ]
      },
      "parameters": [
        {
          "description": "The event's id, assigned by the server.",
          "example": "9b2f4c1a-6d3e-4f5a-8b7c-1d2e3f4a5b6c",
          "in": "path",
          "name": "log_id",
          "required": true,
          "schema": {
            "format": "uuid",
            "type": "string"
          }
        }
      ]
    }
  },
  "servers": [
    {
      "description": "Through the gateway, which routes `/api/v1/logs*` to this service and strips `/api/v1`.",
      "url": "/api/v1"
    }
  ],
  "tags": [
    {
      "description": "Append-only events of every service.",
      "name": "logs"
    }
  ]
}"##;
