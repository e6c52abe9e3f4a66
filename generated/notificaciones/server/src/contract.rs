// @generated from specs/notificaciones.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! The contract, bundled into one JSON document: validated against by the router, served at
//! `/openapi.json` and by the docs UI.

/// The OpenAPI document of the service.
pub const CONTRACT_JSON: &str = r##"{
  "components": {
    "headers": {
      "ETag": {
        "description": "Version of the resource, to send back in `If-Match`.",
        "example": "\"1b2c3d4e5f6a7b8c\"",
        "schema": {
          "type": "string"
        }
      },
      "Location": {
        "description": "Path of the created resource.",
        "example": "/api/v1/notificaciones/5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        "schema": {
          "format": "uri-reference",
          "type": "string"
        }
      }
    },
    "parameters": {
      "if_match": {
        "description": "The `ETag` of the subscription as last read. Declared optional so that the server,\nnot the client library, answers its absence: 428 when missing, 412 when it does\nnot match the current `ETag`.\n",
        "example": "\"1b2c3d4e5f6a7b8c\"",
        "in": "header",
        "name": "If-Match",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
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
                  "detail": "the request body is not valid JSON (line 1, column 30)",
                  "instance": "/api/v1/notificaciones/email",
                  "status": 400,
                  "title": "Bad Request",
                  "type": "about:blank"
                }
              },
              "parametro_invalido": {
                "summary": "A path parameter that is not a uuid",
                "value": {
                  "detail": "notificacion_id must be a uuid",
                  "errors": [
                    {
                      "detail": "must be a uuid",
                      "pointer": "/path/notificacion_id"
                    }
                  ],
                  "instance": "/api/v1/notificaciones/42",
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
              "detail": "the credentials lack the scope(s) this operation needs: notificaciones:write",
              "errors": [
                {
                  "detail": "lacks scope notificaciones:write",
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
              "instance": "/api/v1/notificaciones",
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
      "NoSuscrito": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "customer 3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f does not accept SMS",
              "errors": [
                {
                  "detail": "subscription refuses SMS",
                  "pointer": "/cliente_id"
                }
              ],
              "instance": "/api/v1/notificaciones/sms",
              "status": 409,
              "title": "Conflict",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The customer's subscription refuses this channel; nothing was sent."
      },
      "NotFound": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "no notification with id 5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
              "instance": "/api/v1/notificaciones/5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
              "status": 404,
              "title": "Not Found",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "No notification (or bulk message) has this id."
      },
      "PreconditionFailed": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the subscription was modified since it was read; GET it again",
              "errors": [
                {
                  "detail": "does not match the current ETag",
                  "pointer": "/header/If-Match"
                }
              ],
              "instance": "/api/v1/notificaciones/suscripciones/3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
              "status": 412,
              "title": "Precondition Failed",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "`If-Match` does not match the current `ETag`: the subscription changed since it was read."
      },
      "PreconditionRequired": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "send the subscription's ETag in If-Match",
              "errors": [
                {
                  "detail": "is required",
                  "pointer": "/header/If-Match"
                }
              ],
              "instance": "/api/v1/notificaciones/suscripciones/3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
              "status": 428,
              "title": "Precondition Required",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "`If-Match` is missing."
      },
      "ServiceUnavailable": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the database is not reachable",
              "instance": "/api/v1/notificaciones",
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
              "instance": "/notificaciones",
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
                      "detail": "must be an e-mail address",
                      "pointer": "/destinatario"
                    },
                    {
                      "detail": "is required",
                      "pointer": "/asunto"
                    }
                  ],
                  "instance": "/api/v1/notificaciones/email",
                  "status": 422,
                  "title": "Unprocessable Entity",
                  "type": "about:blank"
                }
              },
              "sms_largo": {
                "summary": "A bulk SMS longer than 480 characters",
                "value": {
                  "detail": "an SMS has at most 480 characters",
                  "errors": [
                    {
                      "detail": "is 612 characters long; at most 480 for canal SMS",
                      "pointer": "/mensaje"
                    }
                  ],
                  "instance": "/api/v1/notificaciones/masivas",
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
        "description": "The body is JSON but breaks the schema or a domain rule."
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
              "instance": "/api/v1/notificaciones/email",
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
      "Canal": {
        "description": "How the message is delivered.",
        "enum": [
          "EMAIL",
          "SMS"
        ],
        "type": "string"
      },
      "EmailNuevo": {
        "additionalProperties": false,
        "description": "An e-mail to send.",
        "properties": {
          "asunto": {
            "maxLength": 200,
            "minLength": 1,
            "type": "string"
          },
          "cliente_id": {
            "description": "The customer it is for; their subscription must accept e-mail.",
            "format": "uuid",
            "type": "string"
          },
          "destinatario": {
            "format": "email",
            "maxLength": 254,
            "type": "string"
          },
          "mensaje": {
            "maxLength": 10000,
            "minLength": 1,
            "type": "string"
          },
          "programada_para": {
            "description": "Send at this moment instead of now.",
            "format": "date-time",
            "type": "string"
          },
          "trabajo_id": {
            "description": "The job it is about.",
            "format": "uuid",
            "type": "string"
          }
        },
        "required": [
          "destinatario",
          "asunto",
          "mensaje"
        ],
        "type": "object"
      },
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
      "EstadoNotificacion": {
        "description": "`PROGRAMADA` stored and waiting for delivery (now or at `programada_para`),\n`ENVIADA` delivered to the mail or SMS provider, `FALLIDA` the provider refused it\n(see `motivo_fallo`).\n",
        "enum": [
          "PROGRAMADA",
          "ENVIADA",
          "FALLIDA"
        ],
        "type": "string"
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
      "Masiva": {
        "description": "A bulk message.",
        "properties": {
          "asunto": {
            "type": "string"
          },
          "canal": {
            "$ref": "#/components/schemas/Canal"
          },
          "cliente_ids": {
            "description": "The customers it was for; absent when it was for every customer.",
            "items": {
              "format": "uuid",
              "type": "string"
            },
            "type": "array"
          },
          "enviados": {
            "description": "Messages delivered (once sent).",
            "minimum": 0,
            "type": "integer"
          },
          "estado": {
            "$ref": "#/components/schemas/EstadoNotificacion"
          },
          "fecha_creacion": {
            "format": "date-time",
            "type": "string"
          },
          "fecha_envio": {
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
          "mensaje": {
            "type": "string"
          },
          "omitidos": {
            "description": "Customers skipped because their subscription refuses the channel.",
            "minimum": 0,
            "type": "integer"
          },
          "programada_para": {
            "format": "date-time",
            "type": "string"
          }
        },
        "required": [
          "id",
          "canal",
          "mensaje",
          "programada_para",
          "estado",
          "fecha_creacion",
          "links"
        ],
        "type": "object"
      },
      "MasivaNueva": {
        "additionalProperties": false,
        "description": "A message to many customers.",
        "properties": {
          "asunto": {
            "description": "Subject; required when `canal` is `EMAIL` (422 otherwise).",
            "maxLength": 200,
            "minLength": 1,
            "type": "string"
          },
          "canal": {
            "$ref": "#/components/schemas/Canal"
          },
          "cliente_ids": {
            "description": "The customers; every customer when left out.",
            "items": {
              "format": "uuid",
              "type": "string"
            },
            "maxItems": 1000,
            "minItems": 1,
            "type": "array",
            "uniqueItems": true
          },
          "mensaje": {
            "description": "The text; at most 480 characters when `canal` is `SMS` (422 otherwise).",
            "maxLength": 10000,
            "minLength": 1,
            "type": "string"
          },
          "programada_para": {
            "format": "date-time",
            "type": "string"
          }
        },
        "required": [
          "canal",
          "mensaje",
          "programada_para"
        ],
        "type": "object"
      },
      "Notificacion": {
        "description": "One message, to one recipient.",
        "properties": {
          "asunto": {
            "description": "Subject (e-mail only).",
            "type": "string"
          },
          "canal": {
            "$ref": "#/components/schemas/Canal"
          },
          "cliente_id": {
            "format": "uuid",
            "type": "string"
          },
          "destinatario": {
            "description": "The e-mail address (`EMAIL`) or phone number (`SMS`).",
            "type": "string"
          },
          "estado": {
            "$ref": "#/components/schemas/EstadoNotificacion"
          },
          "fecha_creacion": {
            "format": "date-time",
            "type": "string"
          },
          "fecha_envio": {
            "description": "When it was delivered (`ENVIADA` only).",
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
          "masiva_id": {
            "description": "The bulk message it belongs to, if any.",
            "format": "uuid",
            "type": "string"
          },
          "mensaje": {
            "type": "string"
          },
          "motivo_fallo": {
            "description": "Why delivery failed (`FALLIDA` only).",
            "type": "string"
          },
          "programada_para": {
            "format": "date-time",
            "type": "string"
          },
          "trabajo_id": {
            "format": "uuid",
            "type": "string"
          }
        },
        "required": [
          "id",
          "canal",
          "destinatario",
          "mensaje",
          "estado",
          "fecha_creacion",
          "links"
        ],
        "type": "object"
      },
      "NotificacionPagina": {
        "description": "A page of notifications.",
        "properties": {
          "items": {
            "items": {
              "$ref": "#/components/schemas/Notificacion"
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
      "SmsNuevo": {
        "additionalProperties": false,
        "description": "An SMS to send.",
        "properties": {
          "cliente_id": {
            "description": "The customer it is for; their subscription must accept SMS.",
            "format": "uuid",
            "type": "string"
          },
          "destinatario": {
            "$ref": "#/components/schemas/Telefono"
          },
          "mensaje": {
            "description": "At most 480 characters (three concatenated SMS).",
            "maxLength": 480,
            "minLength": 1,
            "type": "string"
          },
          "programada_para": {
            "description": "Send at this moment instead of now.",
            "format": "date-time",
            "type": "string"
          },
          "trabajo_id": {
            "description": "The job it is about.",
            "format": "uuid",
            "type": "string"
          }
        },
        "required": [
          "destinatario",
          "mensaje"
        ],
        "type": "object"
      },
      "Suscripcion": {
        "description": "A customer's choice of messages.",
        "properties": {
          "cliente_id": {
            "format": "uuid",
            "type": "string"
          },
          "links": {
            "$ref": "#/components/schemas/EnlacesRecurso"
          },
          "por_email": {
            "type": "boolean"
          },
          "por_sms": {
            "type": "boolean"
          },
          "recibe_notificaciones": {
            "type": "boolean"
          }
        },
        "required": [
          "cliente_id",
          "recibe_notificaciones",
          "por_email",
          "por_sms",
          "links"
        ],
        "type": "object"
      },
      "SuscripcionActualizacion": {
        "additionalProperties": false,
        "description": "A customer's choice of messages.",
        "properties": {
          "por_email": {
            "type": "boolean"
          },
          "por_sms": {
            "type": "boolean"
          },
          "recibe_notificaciones": {
            "description": "The main switch; `false` means no messages by any channel.",
            "type": "boolean"
          }
        },
        "required": [
          "recibe_notificaciones",
          "por_email",
          "por_sms"
        ],
        "type": "object"
      },
      "Telefono": {
        "description": "Phone number, optionally with `+` and country code, digits only.",
        "example": "+34612345678",
        "pattern": "^\\+?[0-9]{9,15}$",
        "type": "string"
      }
    },
    "securitySchemes": {
      "bearerAuth": {
        "description": "A JWT access token of the workshop's identity provider, sent as\n`Authorization: Bearer <token>`: HS256 for the local run, RS256 with the provider's\nkeys in production; `iss`, `aud` and `exp` are checked. Its `scope` claim\n(space-separated) grants `notificaciones:read` for reads, `notificaciones:write` for changes and\n`notificaciones:admin` for destructive operations. `scripts/run` prints a development token\nwith every scope.\n",
        "flows": {
          "clientCredentials": {
            "scopes": {
              "notificaciones:admin": "Delete notificaciones.",
              "notificaciones:read": "Read notificaciones.",
              "notificaciones:write": "Create and change notificaciones."
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
    "description": "Messages from the workshop: to a customer when a job changes state (by e-mail or SMS),\nto the staff (e.g. a part below its minimum stock), and bulk messages scheduled for\nmany customers at once (e.g. holiday closing). Each send creates a notification whose\n`estado` says whether it is still scheduled, was sent, or failed; notifications can\nbe listed by customer and by job. A customer's subscription says whether, and by\nwhich channel, they accept messages.\n\nSending is asynchronous: the POST stores the notification (`PROGRAMADA`) and answers\n201 at once; delivery later moves it to `ENVIADA` or `FALLIDA`.\n\nConventions (routing, errors, lists, `ETag`/`If-Match`) are those of `specs/README.md`.\n\n## Fixes to the original (2023) contract\n- Paths: `/notificaciones/correo` is `/notificaciones/email`, `/notificaciones/telefono`\n  is `/notificaciones/sms` (it always meant SMS); `/notificaciones/masivas` is kept.\n  `/notificaciones/trabajo/{idTrabajo}` and `/notificaciones/cliente/{idCliente}` are\n  the `trabajo_id` and `cliente_id` filters of `GET /notificaciones`, which is\n  paginated and answers 200 with `items: []` when nothing matches (never 404).\n- The subscription switch was a PATCH on `/notificaciones/cliente/{idCliente}`, the\n  same path as a list; it is now its own resource,\n  `GET`/`PUT /notificaciones/suscripciones/{cliente_id}`, with `If-Match`.\n- The send operations' bodies were whole `Trabajo`/`Cliente`/`Vehiculo` copies of other\n  services' resources; they now take only what a message needs (recipient, text,\n  optional customer and job ids). Field names are the original's in snake_case:\n  `idNotificacion` → `id`, `idTrabajo` → `trabajo_id`, `idCliente` → `cliente_id`,\n  `fechaEnvio` → `fecha_envio`, `recibeNotificaciones` → `recibe_notificaciones`.\n- `estado` was free text (`finalizado`); it is an enum. Ids were free strings; they are\n  uuids (customers' and jobs' ids are those of the clientes and trabajos services).\n- `enlaces` was declared as an object but filled with an array; every item now has\n  `links {parent, self}`.\n- Errors are RFC 9457 problem+json with an `errors` array naming the failing fields;\n  409, 412, 415, 422, 428, 500 and 503 are declared. The OPTIONS operations are not\n  part of the contract: CORS preflight and `Allow` are answered by the service runtime.\n",
    "license": {
      "name": "MIT"
    },
    "title": "taller — notificaciones",
    "version": "2.0.0"
  },
  "openapi": "3.0.3",
  "paths": {
    "/notificaciones": {
      "get": {
        "description": "A page of notifications (single ones, including each message of a bulk send)\nmatching every given filter; `fecha_desde`/`fecha_hasta` bound `fecha_creacion`\n(inclusive). An empty result is 200 with `items: []`.\n",
        "operationId": "list_notificaciones",
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
              "default": "fecha_creacion",
              "enum": [
                "fecha_creacion",
                "fecha_envio",
                "estado"
              ],
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/ordering"
          },
          {
            "description": "Only notifications to this customer.",
            "example": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
            "in": "query",
            "name": "cliente_id",
            "required": false,
            "schema": {
              "format": "uuid",
              "type": "string"
            }
          },
          {
            "description": "Only notifications about this job.",
            "example": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "in": "query",
            "name": "trabajo_id",
            "required": false,
            "schema": {
              "format": "uuid",
              "type": "string"
            }
          },
          {
            "description": "Only notifications sent by this channel.",
            "in": "query",
            "name": "canal",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Canal"
            }
          },
          {
            "description": "Only notifications in this state.",
            "in": "query",
            "name": "estado",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/EstadoNotificacion"
            }
          },
          {
            "description": "Only notifications created at or after this moment.",
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
            "description": "Only notifications created at or before this moment.",
            "example": "2026-11-30T23:59:59Z",
            "in": "query",
            "name": "fecha_hasta",
            "required": false,
            "schema": {
              "format": "date-time",
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "por_trabajo": {
                    "summary": "The notifications about one job",
                    "value": {
                      "items": [
                        {
                          "canal": "SMS",
                          "cliente_id": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
                          "destinatario": "+34612345678",
                          "estado": "ENVIADA",
                          "fecha_creacion": "2026-11-27T12:00:00Z",
                          "fecha_envio": "2026-11-27T12:00:03Z",
                          "id": "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                          "links": {
                            "parent": {
                              "href": "/api/v1/notificaciones"
                            },
                            "self": {
                              "href": "/api/v1/notificaciones/5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
                            }
                          },
                          "mensaje": "Taller: su vehículo 1234BCD ya está reparado. Puede recogerlo de 9:00 a 19:00.",
                          "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
                        }
                      ],
                      "links": {
                        "first": {
                          "href": "/api/v1/notificaciones?trabajo_id=3fa85f64-5717-4562-b3fc-2c963f66afa6&page=1"
                        },
                        "last": {
                          "href": "/api/v1/notificaciones?trabajo_id=3fa85f64-5717-4562-b3fc-2c963f66afa6&page=1"
                        },
                        "self": {
                          "href": "/api/v1/notificaciones?trabajo_id=3fa85f64-5717-4562-b3fc-2c963f66afa6"
                        }
                      },
                      "page": 1,
                      "page_size": 20,
                      "total": 1,
                      "total_pages": 1
                    }
                  },
                  "vacia": {
                    "summary": "The customer has no notifications",
                    "value": {
                      "items": [],
                      "links": {
                        "first": {
                          "href": "/api/v1/notificaciones?cliente_id=3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f&page=1"
                        },
                        "last": {
                          "href": "/api/v1/notificaciones?cliente_id=3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f&page=1"
                        },
                        "self": {
                          "href": "/api/v1/notificaciones?cliente_id=3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f"
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
                  "$ref": "#/components/schemas/NotificacionPagina"
                }
              }
            },
            "description": "A page of notifications."
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
              "notificaciones:read"
            ]
          }
        ],
        "summary": "List notifications",
        "tags": [
          "consultas"
        ]
      }
    },
    "/notificaciones/email": {
      "post": {
        "description": "Stores an e-mail and queues it for delivery, now or at `programada_para`. With a\n`cliente_id` whose subscription refuses e-mail, nothing is sent and the answer is 409.\nWithout `cliente_id` (a message to the staff) no subscription applies.\n",
        "operationId": "send_email",
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "cambio_estado": {
                  "summary": "A job changed state",
                  "value": {
                    "asunto": "Su vehículo está reparado",
                    "cliente_id": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
                    "destinatario": "lucia.garcia@example.com",
                    "mensaje": "Hola Lucía, la reparación de su vehículo 1234BCD ha terminado. Puede recogerlo de 9:00 a 19:00.",
                    "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
                  }
                },
                "stock_bajo": {
                  "summary": "An alert to the staff, from recambios",
                  "value": {
                    "asunto": "Stock bajo: Z0000001-A",
                    "destinatario": "almacen@taller.example.com",
                    "mensaje": "Quedan 2 unidades de Z0000001-A (Filtro de aceite); el mínimo es 5."
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/EmailNuevo"
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
                  "asunto": "Su vehículo está reparado",
                  "canal": "EMAIL",
                  "cliente_id": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
                  "destinatario": "lucia.garcia@example.com",
                  "estado": "PROGRAMADA",
                  "fecha_creacion": "2026-11-27T12:00:00Z",
                  "id": "6b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
                  "links": {
                    "parent": {
                      "href": "/api/v1/notificaciones"
                    },
                    "self": {
                      "href": "/api/v1/notificaciones/6b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"
                    }
                  },
                  "mensaje": "Hola Lucía, la reparación de su vehículo 1234BCD ha terminado. Puede recogerlo de 9:00 a 19:00.",
                  "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
                },
                "schema": {
                  "$ref": "#/components/schemas/Notificacion"
                }
              }
            },
            "description": "The e-mail was stored and queued.",
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
          "409": {
            "$ref": "#/components/responses/NoSuscrito"
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
              "notificaciones:write"
            ]
          }
        ],
        "summary": "Send an e-mail",
        "tags": [
          "envios"
        ]
      }
    },
    "/notificaciones/masivas": {
      "post": {
        "description": "Schedules one message for many customers, sent at `programada_para` by `canal`.\nWith `cliente_ids` it goes to those customers; without, to every customer. Customers\nwhose subscription refuses that channel are skipped (counted in `omitidos`). Each\nmessage sent appears in `GET /notificaciones`.\n",
        "operationId": "send_masiva",
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "algunos": {
                  "summary": "An SMS to two customers",
                  "value": {
                    "canal": "SMS",
                    "cliente_ids": [
                      "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
                      "7d8e9f0a-1b2c-4d3e-9f4a-5b6c7d8e9f0a"
                    ],
                    "mensaje": "Taller: recuerde la revisión anual de su vehículo. Pida cita en el 910000000.",
                    "programada_para": "2026-12-01T09:00:00Z"
                  }
                },
                "cierre": {
                  "summary": "Holiday closing, to every customer",
                  "value": {
                    "asunto": "Cierre por festivo",
                    "canal": "EMAIL",
                    "mensaje": "Del lunes 7 al miércoles 9 de diciembre el taller permanecerá cerrado.",
                    "programada_para": "2026-12-01T09:00:00Z"
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/MasivaNueva"
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
                  "asunto": "Cierre por festivo",
                  "canal": "EMAIL",
                  "estado": "PROGRAMADA",
                  "fecha_creacion": "2026-11-27T12:00:00Z",
                  "id": "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f",
                  "links": {
                    "parent": {
                      "href": "/api/v1/notificaciones/masivas"
                    },
                    "self": {
                      "href": "/api/v1/notificaciones/masivas/8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f"
                    }
                  },
                  "mensaje": "Del lunes 7 al miércoles 9 de diciembre el taller permanecerá cerrado.",
                  "programada_para": "2026-12-01T09:00:00Z"
                },
                "schema": {
                  "$ref": "#/components/schemas/Masiva"
                }
              }
            },
            "description": "The bulk message was scheduled.",
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
              "notificaciones:write"
            ]
          }
        ],
        "summary": "Schedule a bulk message",
        "tags": [
          "envios"
        ]
      }
    },
    "/notificaciones/masivas/{masiva_id}": {
      "get": {
        "description": "The bulk message, and once sent how many customers got it and how many were skipped.",
        "operationId": "get_masiva",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "example": {
                  "asunto": "Cierre por festivo",
                  "canal": "EMAIL",
                  "enviados": 412,
                  "estado": "ENVIADA",
                  "fecha_creacion": "2026-11-27T12:00:00Z",
                  "fecha_envio": "2026-12-01T09:00:12Z",
                  "id": "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f",
                  "links": {
                    "parent": {
                      "href": "/api/v1/notificaciones/masivas"
                    },
                    "self": {
                      "href": "/api/v1/notificaciones/masivas/8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f"
                    }
                  },
                  "mensaje": "Del lunes 7 al miércoles 9 de diciembre el taller permanecerá cerrado.",
                  "omitidos": 17,
                  "programada_para": "2026-12-01T09:00:00Z"
                },
                "schema": {
                  "$ref": "#/components/schemas/Masiva"
                }
              }
            },
            "description": "The bulk message.",
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
              "notificaciones:read"
            ]
          }
        ],
        "summary": "Get a bulk message",
        "tags": [
          "consultas"
        ]
      },
      "parameters": [
        {
          "description": "The bulk message's id.",
          "example": "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f",
          "in": "path",
          "name": "masiva_id",
          "required": true,
          "schema": {
            "format": "uuid",
            "type": "string"
          }
        }
      ]
    },
    "/notificaciones/sms": {
      "post": {
        "description": "Stores an SMS and queues it for delivery, now or at `programada_para`. With a\n`cliente_id` whose subscription refuses SMS, nothing is sent and the answer is 409.\n",
        "operationId": "send_sms",
        "requestBody": {
          "content": {
            "application/json": {
              "example": {
                "cliente_id": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
                "destinatario": "+34612345678",
                "mensaje": "Taller: su vehículo 1234BCD ya está reparado. Puede recogerlo de 9:00 a 19:00.",
                "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
              },
              "schema": {
                "$ref": "#/components/schemas/SmsNuevo"
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
                  "canal": "SMS",
                  "cliente_id": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
                  "destinatario": "+34612345678",
                  "estado": "PROGRAMADA",
                  "fecha_creacion": "2026-11-27T12:00:00Z",
                  "id": "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                  "links": {
                    "parent": {
                      "href": "/api/v1/notificaciones"
                    },
                    "self": {
                      "href": "/api/v1/notificaciones/5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
                    }
                  },
                  "mensaje": "Taller: su vehículo 1234BCD ya está reparado. Puede recogerlo de 9:00 a 19:00.",
                  "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
                },
                "schema": {
                  "$ref": "#/components/schemas/Notificacion"
                }
              }
            },
            "description": "The SMS was stored and queued.",
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
          "409": {
            "$ref": "#/components/responses/NoSuscrito"
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
              "notificaciones:write"
            ]
          }
        ],
        "summary": "Send an SMS",
        "tags": [
          "envios"
        ]
      }
    },
    "/notificaciones/suscripciones/{cliente_id}": {
      "get": {
        "description": "Whether and by which channels the customer accepts messages. A customer who never\nchanged it has the default (everything accepted), so this answers 200 for any id.\n",
        "operationId": "get_suscripcion",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "example": {
                  "cliente_id": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
                  "links": {
                    "parent": {
                      "href": "/api/v1/notificaciones?cliente_id=3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f"
                    },
                    "self": {
                      "href": "/api/v1/notificaciones/suscripciones/3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f"
                    }
                  },
                  "por_email": true,
                  "por_sms": false,
                  "recibe_notificaciones": true
                },
                "schema": {
                  "$ref": "#/components/schemas/Suscripcion"
                }
              }
            },
            "description": "The subscription.",
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
              "notificaciones:read"
            ]
          }
        ],
        "summary": "Get a customer's subscription",
        "tags": [
          "suscripciones"
        ]
      },
      "parameters": [
        {
          "description": "The customer's id (the clientes service's `id`).",
          "example": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
          "in": "path",
          "name": "cliente_id",
          "required": true,
          "schema": {
            "format": "uuid",
            "type": "string"
          }
        }
      ],
      "put": {
        "description": "Replaces the subscription. `recibe_notificaciones: false` turns every channel off.\nSend the `ETag` from the last GET in `If-Match`: 428 without it, 412 when it changed since.\n",
        "operationId": "update_suscripcion",
        "parameters": [
          {
            "$ref": "#/components/parameters/if_match"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "baja": {
                  "summary": "No messages at all",
                  "value": {
                    "por_email": false,
                    "por_sms": false,
                    "recibe_notificaciones": false
                  }
                },
                "solo_email": {
                  "summary": "E-mail only",
                  "value": {
                    "por_email": true,
                    "por_sms": false,
                    "recibe_notificaciones": true
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/SuscripcionActualizacion"
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "example": {
                  "cliente_id": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
                  "links": {
                    "parent": {
                      "href": "/api/v1/notificaciones?cliente_id=3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f"
                    },
                    "self": {
                      "href": "/api/v1/notificaciones/suscripciones/3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f"
                    }
                  },
                  "por_email": true,
                  "por_sms": false,
                  "recibe_notificaciones": true
                },
                "schema": {
                  "$ref": "#/components/schemas/Suscripcion"
                }
              }
            },
            "description": "The subscription as stored now.",
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
          "412": {
            "$ref": "#/components/responses/PreconditionFailed"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          },
          "428": {
            "$ref": "#/components/responses/PreconditionRequired"
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
              "notificaciones:write"
            ]
          }
        ],
        "summary": "Change a customer's subscription",
        "tags": [
          "suscripciones"
        ]
      }
    },
    "/notificaciones/{notificacion_id}": {
      "get": {
        "description": "The notification with this id and its delivery state.",
        "operationId": "get_notificacion",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "enviada": {
                    "summary": "Delivered",
                    "value": {
                      "canal": "SMS",
                      "cliente_id": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
                      "destinatario": "+34612345678",
                      "estado": "ENVIADA",
                      "fecha_creacion": "2026-11-27T12:00:00Z",
                      "fecha_envio": "2026-11-27T12:00:03Z",
                      "id": "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                      "links": {
                        "parent": {
                          "href": "/api/v1/notificaciones"
                        },
                        "self": {
                          "href": "/api/v1/notificaciones/5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
                        }
                      },
                      "mensaje": "Taller: su vehículo 1234BCD ya está reparado. Puede recogerlo de 9:00 a 19:00.",
                      "trabajo_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
                    }
                  },
                  "fallida": {
                    "summary": "Delivery failed",
                    "value": {
                      "asunto": "Su vehículo está reparado",
                      "canal": "EMAIL",
                      "cliente_id": "3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f",
                      "destinatario": "lucia.garcia@example.com",
                      "estado": "FALLIDA",
                      "fecha_creacion": "2026-11-27T12:00:00Z",
                      "id": "6b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
                      "links": {
                        "parent": {
                          "href": "/api/v1/notificaciones"
                        },
                        "self": {
                          "href": "/api/v1/notificaciones/6b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"
                        }
                      },
                      "mensaje": "Hola Lucía, la reparación de su vehículo 1234BCD ha terminado.",
                      "motivo_fallo": "mail server answered 550: mailbox unavailable"
                    }
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Notificacion"
                }
              }
            },
            "description": "The notification.",
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
              "notificaciones:read"
            ]
          }
        ],
        "summary": "Get a notification",
        "tags": [
          "consultas"
        ]
      },
      "parameters": [
        {
          "description": "The notification's id.",
          "example": "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
          "in": "path",
          "name": "notificacion_id",
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
      "description": "Through the gateway, which routes `/api/v1/notificaciones*` to this service and strips `/api/v1`.",
      "url": "/api/v1"
    }
  ],
  "tags": [
    {
      "description": "Sending messages.",
      "name": "envios"
    },
    {
      "description": "Notifications sent or scheduled.",
      "name": "consultas"
    },
    {
      "description": "Whether and how each customer accepts messages.",
      "name": "suscripciones"
    }
  ]
}"##;
