// @generated from specs/vehiculos.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! The contract, bundled into one JSON document: validated against by the router, served at
//! `/openapi.json` and by the docs UI.

/// The OpenAPI document of the service.
pub const CONTRACT_JSON: &str = r##"{
  "components": {
    "headers": {
      "ETag": {
        "description": "Version of the resource, to send back in `If-Match`.",
        "example": "\"9a8b7c6d5e4f3a2b\"",
        "schema": {
          "type": "string"
        }
      },
      "Location": {
        "description": "Path of the created resource.",
        "example": "/api/v1/vehiculos/VF1RFB00X56789012",
        "schema": {
          "format": "uri-reference",
          "type": "string"
        }
      }
    },
    "parameters": {
      "if_match": {
        "description": "The `ETag` of the vehicle (or reservation) as last read. Declared optional so that the server,\nnot the client library, answers its absence: 428 when missing, 412 when it does\nnot match the current `ETag`.\n",
        "example": "\"9a8b7c6d5e4f3a2b\"",
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
      },
      "vin": {
        "description": "The vehicle's VIN.",
        "in": "path",
        "name": "vin",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/Vin"
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
                  "detail": "the request body is not valid JSON (line 2, column 7)",
                  "instance": "/api/v1/vehiculos",
                  "status": 400,
                  "title": "Bad Request",
                  "type": "about:blank"
                }
              },
              "vin_invalido": {
                "summary": "A path VIN with a forbidden letter",
                "value": {
                  "detail": "vin must match ^[A-HJ-NPR-Z0-9]{17}$",
                  "errors": [
                    {
                      "detail": "must match ^[A-HJ-NPR-Z0-9]{17}$ (no I, O or Q)",
                      "pointer": "/path/vin"
                    }
                  ],
                  "instance": "/api/v1/vehiculos/VF1RFB00O56789012",
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
      "Duplicado": {
        "content": {
          "application/problem+json": {
            "examples": {
              "matricula": {
                "summary": "Plate already registered",
                "value": {
                  "detail": "another vehicle has plate 1234BCD",
                  "errors": [
                    {
                      "detail": "already registered",
                      "pointer": "/matricula"
                    }
                  ],
                  "instance": "/api/v1/vehiculos",
                  "status": 409,
                  "title": "Conflict",
                  "type": "about:blank"
                }
              },
              "vin": {
                "summary": "VIN already registered",
                "value": {
                  "detail": "a vehicle with VIN VF1RFB00X56789012 already exists",
                  "errors": [
                    {
                      "detail": "already registered",
                      "pointer": "/vin"
                    }
                  ],
                  "instance": "/api/v1/vehiculos",
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
        "description": "Another vehicle already has this VIN or plate."
      },
      "Forbidden": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the credentials lack the scope(s) this operation needs: vehiculos:write",
              "errors": [
                {
                  "detail": "lacks scope vehiculos:write",
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
              "instance": "/api/v1/vehiculos",
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
            "examples": {
              "sin_reserva": {
                "summary": "The vehicle is not reserved",
                "value": {
                  "detail": "vehicle VF1RFB00X56789012 is not reserved for any job",
                  "instance": "/api/v1/vehiculos/VF1RFB00X56789012/reserva",
                  "status": 404,
                  "title": "Not Found",
                  "type": "about:blank"
                }
              },
              "vehiculo": {
                "summary": "Unknown vehicle",
                "value": {
                  "detail": "no vehicle with VIN VF1RFB00X56789012",
                  "instance": "/api/v1/vehiculos/VF1RFB00X56789012",
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
        "description": "No vehicle has this VIN (or, for a reservation, it is not reserved)."
      },
      "PreconditionFailed": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the vehicle was modified since it was read; GET it again",
              "errors": [
                {
                  "detail": "does not match the current ETag",
                  "pointer": "/header/If-Match"
                }
              ],
              "instance": "/api/v1/vehiculos/VF1RFB00X56789012",
              "status": 412,
              "title": "Precondition Failed",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "`If-Match` does not match the current `ETag`: the vehicle changed since it was read."
      },
      "PreconditionRequired": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "send the vehicle's ETag in If-Match",
              "errors": [
                {
                  "detail": "is required",
                  "pointer": "/header/If-Match"
                }
              ],
              "instance": "/api/v1/vehiculos/VF1RFB00X56789012",
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
      "Reservado": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "vehicle VF1RFB00X56789012 is reserved for job 3fa85f64-5717-4562-b3fc-2c963f66afa6",
              "instance": "/api/v1/vehiculos/VF1RFB00X56789012/reserva",
              "status": 409,
              "title": "Conflict",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The vehicle is already reserved for a job."
      },
      "ServiceUnavailable": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the database is not reachable",
              "instance": "/api/v1/vehiculos",
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
              "instance": "/vehiculos",
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
                      "detail": "must be 4 digits and 3 consonants without hyphen, e.g. 1234BCD",
                      "pointer": "/matricula"
                    },
                    {
                      "detail": "must be one of RECEPCIONADO, EN_REPARACION, REPARADO, EN_REVISION, REVISADO",
                      "pointer": "/estado"
                    }
                  ],
                  "instance": "/api/v1/vehiculos",
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
              "instance": "/api/v1/vehiculos",
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
      "Dni": {
        "description": "The owner's DNI (8 digits and a control letter) or NIE (`X`, `Y` or `Z`, 7 digits\nand a control letter), as in the clientes service.\n",
        "example": "12345678Z",
        "pattern": "^([0-9]{8}|[XYZ][0-9]{7})[TRWAGMYFPDXBNJZSQVHLCKE]$",
        "type": "string"
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
      "EstadoVehiculo": {
        "description": "Where the vehicle is in the workshop (see the table in the description).",
        "enum": [
          "RECEPCIONADO",
          "EN_REPARACION",
          "REPARADO",
          "EN_REVISION",
          "REVISADO"
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
      "Matricula": {
        "description": "Spanish plate (since 2000): 4 digits and 3 consonants (no vowels, Ñ or Q). It is\nwritten `1234-BCD` on the car but sent and stored without the hyphen: `1234BCD`.\n",
        "example": "1234BCD",
        "pattern": "^[0-9]{4}[BCDFGHJKLMNPRSTVWXYZ]{3}$",
        "type": "string"
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
      "Reserva": {
        "description": "A vehicle reserved for a job.",
        "properties": {
          "fecha": {
            "description": "When the reservation was made.",
            "format": "date-time",
            "type": "string"
          },
          "id_trabajo": {
            "format": "uuid",
            "type": "string"
          },
          "links": {
            "$ref": "#/components/schemas/EnlacesRecurso"
          },
          "vin": {
            "$ref": "#/components/schemas/Vin"
          }
        },
        "required": [
          "vin",
          "id_trabajo",
          "fecha",
          "links"
        ],
        "type": "object"
      },
      "ReservaNueva": {
        "additionalProperties": false,
        "description": "The job to reserve the vehicle for.",
        "properties": {
          "estado": {
            "default": "EN_REPARACION",
            "description": "The vehicle's state while reserved.",
            "enum": [
              "EN_REPARACION",
              "EN_REVISION"
            ],
            "type": "string"
          },
          "id_trabajo": {
            "description": "The job (trabajos service).",
            "format": "uuid",
            "type": "string"
          }
        },
        "required": [
          "id_trabajo"
        ],
        "type": "object"
      },
      "Vehiculo": {
        "description": "A vehicle as stored.",
        "properties": {
          "estado": {
            "$ref": "#/components/schemas/EstadoVehiculo"
          },
          "id_cliente": {
            "$ref": "#/components/schemas/Dni"
          },
          "id_trabajo": {
            "description": "The job the vehicle is reserved for, if any (trabajos service).",
            "format": "uuid",
            "type": "string"
          },
          "links": {
            "$ref": "#/components/schemas/EnlacesRecurso"
          },
          "marca": {
            "type": "string"
          },
          "matricula": {
            "$ref": "#/components/schemas/Matricula"
          },
          "modelo": {
            "type": "string"
          },
          "vin": {
            "$ref": "#/components/schemas/Vin"
          }
        },
        "required": [
          "vin",
          "id_cliente",
          "matricula",
          "marca",
          "estado",
          "links"
        ],
        "type": "object"
      },
      "VehiculoActualizacion": {
        "additionalProperties": false,
        "description": "A vehicle's data, replacing the stored ones.",
        "properties": {
          "estado": {
            "$ref": "#/components/schemas/EstadoVehiculo"
          },
          "id_cliente": {
            "$ref": "#/components/schemas/Dni"
          },
          "marca": {
            "maxLength": 50,
            "minLength": 1,
            "type": "string"
          },
          "matricula": {
            "$ref": "#/components/schemas/Matricula"
          },
          "modelo": {
            "maxLength": 50,
            "minLength": 1,
            "type": "string"
          }
        },
        "required": [
          "id_cliente",
          "matricula",
          "marca",
          "estado"
        ],
        "type": "object"
      },
      "VehiculoNuevo": {
        "additionalProperties": false,
        "description": "A vehicle to register.",
        "properties": {
          "estado": {
            "$ref": "#/components/schemas/EstadoVehiculo"
          },
          "id_cliente": {
            "$ref": "#/components/schemas/Dni"
          },
          "marca": {
            "maxLength": 50,
            "minLength": 1,
            "type": "string"
          },
          "matricula": {
            "$ref": "#/components/schemas/Matricula"
          },
          "modelo": {
            "maxLength": 50,
            "minLength": 1,
            "type": "string"
          },
          "vin": {
            "$ref": "#/components/schemas/Vin"
          }
        },
        "required": [
          "vin",
          "id_cliente",
          "matricula",
          "marca"
        ],
        "type": "object"
      },
      "VehiculoPagina": {
        "description": "A page of vehicles.",
        "properties": {
          "items": {
            "items": {
              "$ref": "#/components/schemas/Vehiculo"
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
      "Vin": {
        "description": "Vehicle identification number, 17 characters, upper case, no I, O or Q.",
        "example": "VF1RFB00X56789012",
        "pattern": "^[A-HJ-NPR-Z0-9]{17}$",
        "type": "string"
      }
    },
    "securitySchemes": {
      "bearerAuth": {
        "description": "A JWT access token of the workshop's identity provider, sent as\n`Authorization: Bearer <token>`: HS256 for the local run, RS256 with the provider's\nkeys in production; `iss`, `aud` and `exp` are checked. Its `scope` claim\n(space-separated) grants `vehiculos:read` for reads, `vehiculos:write` for changes and\n`vehiculos:admin` for destructive operations. `scripts/run` prints a development token\nwith every scope.\n",
        "flows": {
          "clientCredentials": {
            "scopes": {
              "vehiculos:admin": "Delete vehiculos.",
              "vehiculos:read": "Read vehiculos.",
              "vehiculos:write": "Create and change vehiculos."
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
    "description": "The vehicles the workshop looks after, identified by their VIN, each owned by a\ncustomer (by DNI/NIE) and, while it is in the workshop, reserved for one job.\n\n`estado` (the original's values, spelt ASCII-safe so every client language can name them):\n\n| value           | original        | meaning                                              |\n|-----------------|-----------------|------------------------------------------------------|\n| `RECEPCIONADO`  | Recepcionado    | received, waiting for work                           |\n| `EN_REPARACION` | En reparación   | being repaired                                       |\n| `REPARADO`      | Reparado        | repaired, ready to be collected by the customer      |\n| `EN_REVISION`   | En revisión     | being inspected                                      |\n| `REVISADO`      | Revisado        | inspected, ready to be collected by the customer     |\n\nConventions (routing, errors, lists, `ETag`/`If-Match`) are those of `specs/README.md`.\n\n## Fixes to the original (2023) contract\n- It declared two clashing templates, `/vehiculos/{vehiculo_id}` and\n  `/vehiculos/{matricula}` (a router cannot tell them apart); a vehicle now has one\n  path, `/vehiculos/{vin}`, and is found by plate with the `matricula` filter.\n- The reservation lived outside the service's route (`/taller/{trabajo_id}/{vehiculo_id}`,\n  unreachable through `/api/v1/vehiculos`); it is now\n  `/vehiculos/{vin}/reserva` (POST to reserve, GET, DELETE to release).\n- Field names disagreed between schemas and bodies (`propietario_id` vs `id_cliente`,\n  `matrícula` with an accent, `id` for the VIN); they are `id_cliente`, `matricula`\n  and `vin` everywhere. `modelo` is new (a workshop needs it).\n- `matricula` was `^[0-9]{4}-?[A-Z]{3}$` in one place and an array in another; it is\n  a string of 4 digits and 3 consonants (no vowels, Ñ or Q), stored without the hyphen.\n- The VIN pattern was unanchored in trabajos and accepted lower case; here it is\n  `^[A-HJ-NPR-Z0-9]{17}$` (no I, O or Q).\n- `id_trabajo` was a 4-digit string that matched no job id; it is the trabajos\n  service's uuid.\n- `estado` values had accents and spaces and the default value listed one not in the\n  enum (`Inhabilitado`); see the table above.\n- The list answered 404 when empty and had no filters; it answers 200 with\n  `items: []`, is paginated and filters by `matricula`, `id_cliente`, `estado`, `marca`\n  and `id_trabajo`.\n- PUT answered the non-standard 209 and required `If-Match` in the schema; it answers\n  200 with the new `ETag`, and `If-Match` is checked by the server (428/412).\n- Errors are RFC 9457 problem+json with an `errors` array naming the failing fields;\n  400, 409, 412, 415, 422, 428, 500 and 503 are declared. The OPTIONS operations are\n  not part of the contract: CORS preflight and `Allow` are answered by the service runtime.\n",
    "license": {
      "name": "MIT"
    },
    "title": "taller — vehiculos",
    "version": "2.0.0"
  },
  "openapi": "3.0.3",
  "paths": {
    "/vehiculos": {
      "get": {
        "description": "A page of vehicles matching every given filter. An empty result is 200 with `items: []`.",
        "operationId": "list_vehiculos",
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
              "default": "vin",
              "enum": [
                "vin",
                "matricula",
                "marca",
                "estado"
              ],
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/ordering"
          },
          {
            "description": "Exact plate, without hyphen.",
            "in": "query",
            "name": "matricula",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Matricula"
            }
          },
          {
            "description": "The owner's DNI or NIE.",
            "in": "query",
            "name": "id_cliente",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Dni"
            }
          },
          {
            "description": "Only vehicles in this state.",
            "in": "query",
            "name": "estado",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/EstadoVehiculo"
            }
          },
          {
            "description": "Make (case-insensitive, exact).",
            "in": "query",
            "name": "marca",
            "required": false,
            "schema": {
              "maxLength": 50,
              "minLength": 1,
              "type": "string"
            }
          },
          {
            "description": "The vehicle reserved for this job.",
            "example": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "in": "query",
            "name": "id_trabajo",
            "required": false,
            "schema": {
              "format": "uuid",
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
                    "summary": "The vehicles being repaired",
                    "value": {
                      "items": [
                        {
                          "estado": "EN_REPARACION",
                          "id_cliente": "12345678Z",
                          "id_trabajo": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                          "links": {
                            "parent": {
                              "href": "/api/v1/vehiculos"
                            },
                            "self": {
                              "href": "/api/v1/vehiculos/VF1RFB00X56789012"
                            }
                          },
                          "marca": "Renault",
                          "matricula": "1234BCD",
                          "modelo": "Clio",
                          "vin": "VF1RFB00X56789012"
                        }
                      ],
                      "links": {
                        "first": {
                          "href": "/api/v1/vehiculos?estado=EN_REPARACION&page=1"
                        },
                        "last": {
                          "href": "/api/v1/vehiculos?estado=EN_REPARACION&page=1"
                        },
                        "self": {
                          "href": "/api/v1/vehiculos?estado=EN_REPARACION"
                        }
                      },
                      "page": 1,
                      "page_size": 20,
                      "total": 1,
                      "total_pages": 1
                    }
                  },
                  "vacia": {
                    "summary": "No vehicle with this plate",
                    "value": {
                      "items": [],
                      "links": {
                        "first": {
                          "href": "/api/v1/vehiculos?matricula=9999ZZZ&page=1"
                        },
                        "last": {
                          "href": "/api/v1/vehiculos?matricula=9999ZZZ&page=1"
                        },
                        "self": {
                          "href": "/api/v1/vehiculos?matricula=9999ZZZ"
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
                  "$ref": "#/components/schemas/VehiculoPagina"
                }
              }
            },
            "description": "A page of vehicles."
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
              "vehiculos:read"
            ]
          }
        ],
        "summary": "List vehicles",
        "tags": [
          "vehiculos"
        ]
      },
      "post": {
        "description": "Registers a vehicle. A VIN or plate already registered is a 409. `estado` defaults\nto `RECEPCIONADO`.\n",
        "operationId": "create_vehiculo",
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "completo": {
                  "summary": "Every field",
                  "value": {
                    "estado": "RECEPCIONADO",
                    "id_cliente": "12345678Z",
                    "marca": "Renault",
                    "matricula": "1234BCD",
                    "modelo": "Clio",
                    "vin": "VF1RFB00X56789012"
                  }
                },
                "minimo": {
                  "summary": "Only the required fields",
                  "value": {
                    "id_cliente": "X1234567L",
                    "marca": "Volkswagen",
                    "matricula": "5678FGH",
                    "vin": "WVWZZZ1KZ8W123456"
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/VehiculoNuevo"
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
                  "estado": "RECEPCIONADO",
                  "id_cliente": "12345678Z",
                  "links": {
                    "parent": {
                      "href": "/api/v1/vehiculos"
                    },
                    "self": {
                      "href": "/api/v1/vehiculos/VF1RFB00X56789012"
                    }
                  },
                  "marca": "Renault",
                  "matricula": "1234BCD",
                  "modelo": "Clio",
                  "vin": "VF1RFB00X56789012"
                },
                "schema": {
                  "$ref": "#/components/schemas/Vehiculo"
                }
              }
            },
            "description": "The vehicle was registered.",
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
            "$ref": "#/components/responses/Duplicado"
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
              "vehiculos:write"
            ]
          }
        ],
        "summary": "Register a vehicle",
        "tags": [
          "vehiculos"
        ]
      }
    },
    "/vehiculos/{vin}": {
      "delete": {
        "description": "Deletes the vehicle. A vehicle reserved for a job cannot be deleted (409): release\nthe reservation first. `If-Match` as for PUT (428 without it, 412 when stale).\n",
        "operationId": "delete_vehiculo",
        "parameters": [
          {
            "$ref": "#/components/parameters/if_match"
          }
        ],
        "responses": {
          "204": {
            "description": "The vehicle was deleted."
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
            "$ref": "#/components/responses/Reservado"
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
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "vehiculos:admin"
            ]
          }
        ],
        "summary": "Delete a vehicle",
        "tags": [
          "vehiculos"
        ]
      },
      "get": {
        "description": "The vehicle with this VIN, with its `ETag` for a later PUT or DELETE.",
        "operationId": "get_vehiculo",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "example": {
                  "estado": "EN_REPARACION",
                  "id_cliente": "12345678Z",
                  "id_trabajo": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                  "links": {
                    "parent": {
                      "href": "/api/v1/vehiculos"
                    },
                    "self": {
                      "href": "/api/v1/vehiculos/VF1RFB00X56789012"
                    }
                  },
                  "marca": "Renault",
                  "matricula": "1234BCD",
                  "modelo": "Clio",
                  "vin": "VF1RFB00X56789012"
                },
                "schema": {
                  "$ref": "#/components/schemas/Vehiculo"
                }
              }
            },
            "description": "The vehicle.",
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
              "vehiculos:read"
            ]
          }
        ],
        "summary": "Get a vehicle",
        "tags": [
          "vehiculos"
        ]
      },
      "parameters": [
        {
          "$ref": "#/components/parameters/vin"
        }
      ],
      "put": {
        "description": "Replaces owner, plate, make, model and state (the VIN never changes; the job is set\nthrough the reservation). Send the `ETag` from the last GET in `If-Match`: 428\nwithout it, 412 when it changed since. A plate held by another vehicle is a 409.\n",
        "operationId": "update_vehiculo",
        "parameters": [
          {
            "$ref": "#/components/parameters/if_match"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "example": {
                "estado": "REPARADO",
                "id_cliente": "12345678Z",
                "marca": "Renault",
                "matricula": "1234BCD",
                "modelo": "Clio"
              },
              "schema": {
                "$ref": "#/components/schemas/VehiculoActualizacion"
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
                  "estado": "REPARADO",
                  "id_cliente": "12345678Z",
                  "id_trabajo": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                  "links": {
                    "parent": {
                      "href": "/api/v1/vehiculos"
                    },
                    "self": {
                      "href": "/api/v1/vehiculos/VF1RFB00X56789012"
                    }
                  },
                  "marca": "Renault",
                  "matricula": "1234BCD",
                  "modelo": "Clio",
                  "vin": "VF1RFB00X56789012"
                },
                "schema": {
                  "$ref": "#/components/schemas/Vehiculo"
                }
              }
            },
            "description": "The vehicle as stored now.",
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
          "409": {
            "$ref": "#/components/responses/Duplicado"
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
              "vehiculos:write"
            ]
          }
        ],
        "summary": "Replace a vehicle's data",
        "tags": [
          "vehiculos"
        ]
      }
    },
    "/vehiculos/{vin}/reserva": {
      "delete": {
        "description": "Ends the reservation: the vehicle no longer has an `id_trabajo` (its `estado` is\nleft as is). 404 when the vehicle does not exist or is not reserved. Send the\nreservation's `ETag` in `If-Match` (428 without it, 412 when stale).\n",
        "operationId": "delete_reserva",
        "parameters": [
          {
            "$ref": "#/components/parameters/if_match"
          }
        ],
        "responses": {
          "204": {
            "description": "The reservation was released."
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
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        },
        "security": [
          {
            "bearerAuth": [
              "vehiculos:admin"
            ]
          }
        ],
        "summary": "Release a vehicle from its job",
        "tags": [
          "reservas"
        ]
      },
      "get": {
        "description": "The job the vehicle is reserved for; 404 when the vehicle does not exist or is not reserved.",
        "operationId": "get_reserva",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "example": {
                  "fecha": "2026-11-27T08:30:00Z",
                  "id_trabajo": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                  "links": {
                    "parent": {
                      "href": "/api/v1/vehiculos/VF1RFB00X56789012"
                    },
                    "self": {
                      "href": "/api/v1/vehiculos/VF1RFB00X56789012/reserva"
                    }
                  },
                  "vin": "VF1RFB00X56789012"
                },
                "schema": {
                  "$ref": "#/components/schemas/Reserva"
                }
              }
            },
            "description": "The reservation.",
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
              "vehiculos:read"
            ]
          }
        ],
        "summary": "Get a vehicle's reservation",
        "tags": [
          "reservas"
        ]
      },
      "parameters": [
        {
          "$ref": "#/components/parameters/vin"
        }
      ],
      "post": {
        "description": "Ties the vehicle to a job (its `id_trabajo` becomes the job's id) and moves it to\n`estado` (default `EN_REPARACION`). A vehicle already reserved for a job is a 409.\n",
        "operationId": "create_reserva",
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "reparacion": {
                  "summary": "For a repair",
                  "value": {
                    "id_trabajo": "3fa85f64-5717-4562-b3fc-2c963f66afa6"
                  }
                },
                "revision": {
                  "summary": "For an inspection",
                  "value": {
                    "estado": "EN_REVISION",
                    "id_trabajo": "4b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e"
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/ReservaNueva"
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
                  "fecha": "2026-11-27T08:30:00Z",
                  "id_trabajo": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                  "links": {
                    "parent": {
                      "href": "/api/v1/vehiculos/VF1RFB00X56789012"
                    },
                    "self": {
                      "href": "/api/v1/vehiculos/VF1RFB00X56789012/reserva"
                    }
                  },
                  "vin": "VF1RFB00X56789012"
                },
                "schema": {
                  "$ref": "#/components/schemas/Reserva"
                }
              }
            },
            "description": "The vehicle is reserved for the job.",
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
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Reservado"
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
              "vehiculos:write"
            ]
          }
        ],
        "summary": "Reserve a vehicle for a job",
        "tags": [
          "reservas"
        ]
      }
    }
  },
  "servers": [
    {
      "description": "Through the gateway, which routes `/api/v1/vehiculos*` to this service and strips `/api/v1`.",
      "url": "/api/v1"
    }
  ],
  "tags": [
    {
      "description": "Vehicles and their state.",
      "name": "vehiculos"
    },
    {
      "description": "A vehicle reserved for a job.",
      "name": "reservas"
    }
  ]
}"##;
