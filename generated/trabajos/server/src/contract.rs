// @generated from specs/trabajos.yaml by `cargo run -p taller-codegen -- generate`.
// Do not edit: change the spec or codegen/, then regenerate.

//! The contract, bundled into one JSON document: validated against by the router, served at
//! `/openapi.json` and by the docs UI.

/// The OpenAPI document of the service.
pub const CONTRACT_JSON: &str = r##"{
  "components": {
    "examples": {
      "TrabajoCancelado": {
        "summary": "Cancelled before starting",
        "value": {
          "estado": "CANCELADO",
          "fecha_creacion": "2026-11-26T17:05:00Z",
          "fecha_prevista": "2026-11-27T09:00:00Z",
          "horas": 0,
          "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
          "links": {
            "parent": {
              "href": "/api/v1/trabajos"
            },
            "self": {
              "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6"
            }
          },
          "mano_obra": [],
          "motivo": "Revisión de los 30.000 km",
          "motivo_cancelacion": "El cliente no acepta el presupuesto",
          "nombre": "Cambio de aceite y filtro",
          "recambios": [],
          "recursos": [],
          "vin": "VF1RFB00X56789012"
        }
      },
      "TrabajoCreado": {
        "summary": "Just opened",
        "value": {
          "descripcion": "Cambio de aceite 5W30 y filtro de aceite.",
          "estado": "CREADO",
          "fecha_creacion": "2026-11-26T17:05:00Z",
          "horas": 0,
          "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
          "links": {
            "parent": {
              "href": "/api/v1/trabajos"
            },
            "self": {
              "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6"
            }
          },
          "mano_obra": [],
          "motivo": "Revisión de los 30.000 km",
          "nombre": "Cambio de aceite y filtro",
          "recambios": [],
          "recursos": [
            2
          ],
          "tipo_id": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
          "vin": "VF1RFB00X56789012"
        }
      },
      "TrabajoFacturado": {
        "summary": "Invoiced",
        "value": {
          "estado": "FACTURADO",
          "fecha_creacion": "2026-11-26T17:05:00Z",
          "fecha_fin": "2026-11-27T09:48:00Z",
          "fecha_inicio": "2026-11-27T09:12:00Z",
          "fecha_prevista": "2026-11-27T09:00:00Z",
          "horas": 0.5,
          "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
          "id_factura": "2026-0042",
          "links": {
            "parent": {
              "href": "/api/v1/trabajos"
            },
            "self": {
              "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6"
            }
          },
          "mano_obra": [],
          "motivo": "Revisión de los 30.000 km",
          "nombre": "Cambio de aceite y filtro",
          "recambios": [],
          "recursos": [
            2
          ],
          "tipo_id": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
          "vin": "VF1RFB00X56789012"
        }
      },
      "TrabajoIniciado": {
        "summary": "Started",
        "value": {
          "descripcion": "Cambio de aceite 5W30 y filtro de aceite.",
          "estado": "INICIADO",
          "fecha_creacion": "2026-11-26T17:05:00Z",
          "fecha_inicio": "2026-11-27T09:12:00Z",
          "fecha_prevista": "2026-11-27T09:00:00Z",
          "horas": 0,
          "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
          "links": {
            "parent": {
              "href": "/api/v1/trabajos"
            },
            "self": {
              "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6"
            }
          },
          "mano_obra": [],
          "motivo": "Revisión de los 30.000 km",
          "nombre": "Cambio de aceite y filtro",
          "recambios": [],
          "recursos": [
            2
          ],
          "tipo_id": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
          "vin": "VF1RFB00X56789012"
        }
      },
      "TrabajoPlanificado": {
        "summary": "Planned for tomorrow morning",
        "value": {
          "descripcion": "Cambio de aceite 5W30 y filtro de aceite.",
          "estado": "PLANIFICADO",
          "fecha_creacion": "2026-11-26T17:05:00Z",
          "fecha_prevista": "2026-11-27T09:00:00Z",
          "horas": 0,
          "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
          "links": {
            "parent": {
              "href": "/api/v1/trabajos"
            },
            "self": {
              "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6"
            }
          },
          "mano_obra": [],
          "motivo": "Revisión de los 30.000 km",
          "nombre": "Cambio de aceite y filtro",
          "recambios": [],
          "recursos": [
            2
          ],
          "tipo_id": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
          "vin": "VF1RFB00X56789012"
        }
      },
      "TrabajoTerminado": {
        "summary": "Finished, with its labour and parts",
        "value": {
          "descripcion": "Cambio de aceite 5W30 y filtro de aceite.",
          "estado": "TERMINADO",
          "fecha_creacion": "2026-11-26T17:05:00Z",
          "fecha_fin": "2026-11-27T09:48:00Z",
          "fecha_inicio": "2026-11-27T09:12:00Z",
          "fecha_prevista": "2026-11-27T09:00:00Z",
          "horas": 0.5,
          "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
          "links": {
            "parent": {
              "href": "/api/v1/trabajos"
            },
            "self": {
              "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6"
            }
          },
          "mano_obra": [
            {
              "descripcion": "Cambio de aceite y filtro",
              "horas": 0.5,
              "id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
              "importe": 22.5,
              "links": {
                "parent": {
                  "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6"
                },
                "self": {
                  "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6/mano-obra/2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"
                }
              },
              "precio_hora": 45
            }
          ],
          "motivo": "Revisión de los 30.000 km",
          "nombre": "Cambio de aceite y filtro",
          "recambios": [
            {
              "cantidad": 1,
              "id": "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a",
              "importe": 12.4,
              "links": {
                "parent": {
                  "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6"
                },
                "self": {
                  "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6/recambios/4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a"
                }
              },
              "nombre": "Filtro de aceite",
              "numero_serie": "Z0000001-A",
              "precio_unitario": 12.4
            },
            {
              "cantidad": 4,
              "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
              "importe": 38,
              "links": {
                "parent": {
                  "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6"
                },
                "self": {
                  "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6/recambios/5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"
                }
              },
              "nombre": "Aceite 5W30 (1 l)",
              "numero_serie": "A0000123-C",
              "precio_unitario": 9.5
            }
          ],
          "recursos": [
            2
          ],
          "tipo_id": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
          "vin": "VF1RFB00X56789012"
        }
      }
    },
    "headers": {
      "ETag": {
        "description": "Version of the resource, to send back in `If-Match`.",
        "example": "\"c4ca4238a0b92382\"",
        "schema": {
          "type": "string"
        }
      },
      "Location": {
        "description": "Path of the created resource.",
        "example": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "schema": {
          "format": "uri-reference",
          "type": "string"
        }
      }
    },
    "parameters": {
      "if_match": {
        "description": "The `ETag` of the resource as last read. Declared optional so that the server,\nnot the client library, answers its absence: 428 when missing, 412 when it does\nnot match the current `ETag`.\n",
        "example": "\"c4ca4238a0b92382\"",
        "in": "header",
        "name": "If-Match",
        "required": false,
        "schema": {
          "type": "string"
        }
      },
      "linea_id": {
        "description": "The line's id.",
        "example": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
        "in": "path",
        "name": "linea_id",
        "required": true,
        "schema": {
          "format": "uuid",
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
      "trabajo_id": {
        "description": "The job's id.",
        "example": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "in": "path",
        "name": "trabajo_id",
        "required": true,
        "schema": {
          "format": "uuid",
          "type": "string"
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
                  "detail": "the request body is not valid JSON (line 1, column 2)",
                  "instance": "/api/v1/trabajos",
                  "status": 400,
                  "title": "Bad Request",
                  "type": "about:blank"
                }
              },
              "parametro_invalido": {
                "summary": "A filter with an unknown state",
                "value": {
                  "detail": "estado must be one of CREADO, PLANIFICADO, INICIADO, TERMINADO, FACTURADO, CANCELADO",
                  "errors": [
                    {
                      "detail": "must be one of CREADO, PLANIFICADO, INICIADO, TERMINADO, FACTURADO, CANCELADO",
                      "pointer": "/query/estado"
                    }
                  ],
                  "instance": "/api/v1/trabajos?estado=PENDIENTE",
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
      "EstadoNoPermite": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "job 3fa85f64-5717-4562-b3fc-2c963f66afa6 is TERMINADO; its lines can no longer change",
              "instance": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6/mano-obra",
              "status": 409,
              "title": "Conflict",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "The job's state does not allow this change (see the description's state rules)."
      },
      "Forbidden": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the credentials lack the scope(s) this operation needs: trabajos:write",
              "errors": [
                {
                  "detail": "lacks scope trabajos:write",
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
              "instance": "/api/v1/trabajos",
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
              "linea": {
                "summary": "Unknown line of an existing job",
                "value": {
                  "detail": "job 3fa85f64-5717-4562-b3fc-2c963f66afa6 has no labour line 2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
                  "instance": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6/mano-obra/2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
                  "status": 404,
                  "title": "Not Found",
                  "type": "about:blank"
                }
              },
              "trabajo": {
                "summary": "Unknown job",
                "value": {
                  "detail": "no job with id 3fa85f64-5717-4562-b3fc-2c963f66afa6",
                  "instance": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6",
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
        "description": "No job (or work type, or line) has this id."
      },
      "PreconditionFailed": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the job was modified since it was read; GET it again",
              "errors": [
                {
                  "detail": "does not match the current ETag",
                  "pointer": "/header/If-Match"
                }
              ],
              "instance": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6",
              "status": 412,
              "title": "Precondition Failed",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "`If-Match` does not match the current `ETag`: the resource changed since it was read."
      },
      "PreconditionRequired": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "send the job's ETag in If-Match",
              "errors": [
                {
                  "detail": "is required",
                  "pointer": "/header/If-Match"
                }
              ],
              "instance": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6",
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
              "instance": "/api/v1/trabajos",
              "status": 503,
              "title": "Service Unavailable",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "A dependency (the database, or recambios for part lines) is down; retry later."
      },
      "SinStock": {
        "content": {
          "application/problem+json": {
            "examples": {
              "estado": {
                "summary": "The job is already finished",
                "value": {
                  "detail": "job 3fa85f64-5717-4562-b3fc-2c963f66afa6 is TERMINADO; its lines can no longer change",
                  "instance": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6/recambios",
                  "status": 409,
                  "title": "Conflict",
                  "type": "about:blank"
                }
              },
              "sin_stock": {
                "summary": "Not enough units available",
                "value": {
                  "detail": "recambios has 1 unit of Z0000001-A available, 2 requested",
                  "errors": [
                    {
                      "detail": "only 1 available",
                      "pointer": "/cantidad"
                    }
                  ],
                  "instance": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6/recambios",
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
        "description": "The job's state does not allow new lines, or recambios has not enough units available."
      },
      "TipoDuplicado": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "a work type named \"Cambio de aceite y filtro\" already exists",
              "errors": [
                {
                  "detail": "already used",
                  "pointer": "/nombre"
                }
              ],
              "instance": "/api/v1/trabajos/tipos",
              "status": 409,
              "title": "Conflict",
              "type": "about:blank"
            },
            "schema": {
              "$ref": "#/components/schemas/Problem"
            }
          }
        },
        "description": "Another work type already has this name."
      },
      "TransicionInvalida": {
        "content": {
          "application/problem+json": {
            "examples": {
              "estado_final": {
                "summary": "Cancelling an invoiced job",
                "value": {
                  "detail": "job 3fa85f64-5717-4562-b3fc-2c963f66afa6 is FACTURADO, a final state",
                  "instance": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6/cancelar",
                  "status": 409,
                  "title": "Conflict",
                  "type": "about:blank"
                }
              },
              "transicion_invalida": {
                "summary": "Finishing a job that was never started",
                "value": {
                  "detail": "cannot go from PLANIFICADO to TERMINADO (iniciar it first)",
                  "instance": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6/terminar",
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
        "description": "The job's state does not allow this transition; nothing changed."
      },
      "Unauthorized": {
        "content": {
          "application/problem+json": {
            "example": {
              "detail": "the credentials were refused: the token has expired",
              "instance": "/trabajos",
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
                      "detail": "must be greater than 0",
                      "pointer": "/horas"
                    },
                    {
                      "detail": "is required",
                      "pointer": "/precio_hora"
                    }
                  ],
                  "instance": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6/mano-obra",
                  "status": 422,
                  "title": "Unprocessable Entity",
                  "type": "about:blank"
                }
              },
              "recambio_desconocido": {
                "summary": "The part does not exist in recambios",
                "value": {
                  "detail": "recambios has no part Z0000009-A",
                  "errors": [
                    {
                      "detail": "unknown part",
                      "pointer": "/numero_serie"
                    }
                  ],
                  "instance": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6/recambios",
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
              "instance": "/api/v1/trabajos",
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
      "Cancelacion": {
        "additionalProperties": false,
        "description": "Why the job is cancelled.",
        "properties": {
          "motivo": {
            "maxLength": 500,
            "minLength": 1,
            "type": "string"
          }
        },
        "required": [
          "motivo"
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
      "EstadoTrabajo": {
        "description": "Where the job is in its life (see the state table in the description).",
        "enum": [
          "CREADO",
          "PLANIFICADO",
          "INICIADO",
          "TERMINADO",
          "FACTURADO",
          "CANCELADO"
        ],
        "type": "string"
      },
      "Facturacion": {
        "additionalProperties": false,
        "description": "The invoice that includes the job.",
        "properties": {
          "id_factura": {
            "$ref": "#/components/schemas/IdFactura"
          }
        },
        "required": [
          "id_factura"
        ],
        "type": "object"
      },
      "Horas": {
        "description": "Hours, in quarters of an hour or finer.",
        "example": 0.5,
        "exclusiveMinimum": true,
        "maximum": 100,
        "minimum": 0,
        "type": "number"
      },
      "IdFactura": {
        "description": "An invoice number, as in the facturas service (year-sequence).",
        "example": "2026-0042",
        "pattern": "^[0-9]{4}-[0-9]{4}$",
        "type": "string"
      },
      "Importe": {
        "description": "An amount in euros, without VAT.",
        "example": 22.5,
        "maximum": 1000000,
        "minimum": 0,
        "type": "number"
      },
      "LineaManoObra": {
        "description": "Labour done on a job.",
        "properties": {
          "descripcion": {
            "type": "string"
          },
          "horas": {
            "$ref": "#/components/schemas/Horas"
          },
          "id": {
            "format": "uuid",
            "type": "string"
          },
          "importe": {
            "$ref": "#/components/schemas/Importe"
          },
          "links": {
            "$ref": "#/components/schemas/EnlacesRecurso"
          },
          "precio_hora": {
            "minimum": 0,
            "type": "number"
          }
        },
        "required": [
          "id",
          "descripcion",
          "horas",
          "precio_hora",
          "importe",
          "links"
        ],
        "type": "object"
      },
      "LineaManoObraNueva": {
        "additionalProperties": false,
        "description": "Labour to add to a job.",
        "properties": {
          "descripcion": {
            "maxLength": 500,
            "minLength": 1,
            "type": "string"
          },
          "horas": {
            "$ref": "#/components/schemas/Horas"
          },
          "precio_hora": {
            "description": "Price of an hour in euros, without VAT.",
            "exclusiveMinimum": true,
            "maximum": 1000,
            "minimum": 0,
            "type": "number"
          }
        },
        "required": [
          "descripcion",
          "horas",
          "precio_hora"
        ],
        "type": "object"
      },
      "LineaRecambio": {
        "description": "Units of a spare part used on a job, priced when they were added.",
        "properties": {
          "cantidad": {
            "maximum": 10000,
            "minimum": 1,
            "type": "integer"
          },
          "id": {
            "format": "uuid",
            "type": "string"
          },
          "importe": {
            "$ref": "#/components/schemas/Importe"
          },
          "links": {
            "$ref": "#/components/schemas/EnlacesRecurso"
          },
          "nombre": {
            "description": "The part's name in recambios when it was added.",
            "type": "string"
          },
          "numero_serie": {
            "$ref": "#/components/schemas/NumeroSerie"
          },
          "precio_unitario": {
            "description": "The part's price without VAT in recambios when it was added.",
            "minimum": 0,
            "type": "number"
          }
        },
        "required": [
          "id",
          "numero_serie",
          "cantidad",
          "precio_unitario",
          "importe",
          "links"
        ],
        "type": "object"
      },
      "LineaRecambioNueva": {
        "additionalProperties": false,
        "description": "Units of a spare part to use on a job.",
        "properties": {
          "cantidad": {
            "maximum": 10000,
            "minimum": 1,
            "type": "integer"
          },
          "numero_serie": {
            "$ref": "#/components/schemas/NumeroSerie"
          }
        },
        "required": [
          "numero_serie",
          "cantidad"
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
      "NumeroSerie": {
        "description": "A spare part's serial number, as in the recambios service.",
        "example": "Z0000001-A",
        "pattern": "^[A-Z][0-9]{7}-[A-Z]$",
        "type": "string"
      },
      "Planificacion": {
        "additionalProperties": false,
        "description": "When the job is planned for, and what it needs.",
        "properties": {
          "fecha_prevista": {
            "format": "date-time",
            "type": "string"
          },
          "recursos": {
            "items": {
              "$ref": "#/components/schemas/Recurso"
            },
            "maxItems": 20,
            "type": "array",
            "uniqueItems": true
          }
        },
        "required": [
          "fecha_prevista"
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
      "Recurso": {
        "description": "A workshop resource a job needs (a lift, a bay, a diagnostic machine…), by number.",
        "example": 2,
        "format": "int64",
        "minimum": 1,
        "type": "integer"
      },
      "TipoTrabajo": {
        "description": "A work type.",
        "properties": {
          "descripcion": {
            "type": "string"
          },
          "horas_estimadas": {
            "$ref": "#/components/schemas/Horas"
          },
          "id": {
            "format": "uuid",
            "type": "string"
          },
          "links": {
            "$ref": "#/components/schemas/EnlacesRecurso"
          },
          "nombre": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "nombre",
          "descripcion",
          "links"
        ],
        "type": "object"
      },
      "TipoTrabajoActualizacion": {
        "additionalProperties": false,
        "description": "A work type's data, replacing the stored ones.",
        "properties": {
          "descripcion": {
            "maxLength": 2000,
            "minLength": 1,
            "type": "string"
          },
          "horas_estimadas": {
            "$ref": "#/components/schemas/Horas"
          },
          "nombre": {
            "maxLength": 100,
            "minLength": 1,
            "type": "string"
          }
        },
        "required": [
          "nombre",
          "descripcion"
        ],
        "type": "object"
      },
      "TipoTrabajoNuevo": {
        "additionalProperties": false,
        "description": "A work type to add.",
        "properties": {
          "descripcion": {
            "maxLength": 2000,
            "minLength": 1,
            "type": "string"
          },
          "horas_estimadas": {
            "$ref": "#/components/schemas/Horas"
          },
          "nombre": {
            "maxLength": 100,
            "minLength": 1,
            "type": "string"
          }
        },
        "required": [
          "nombre",
          "descripcion"
        ],
        "type": "object"
      },
      "TipoTrabajoPagina": {
        "description": "A page of work types.",
        "properties": {
          "items": {
            "items": {
              "$ref": "#/components/schemas/TipoTrabajo"
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
      "Trabajo": {
        "description": "A job as stored, with its lines.",
        "properties": {
          "descripcion": {
            "type": "string"
          },
          "estado": {
            "$ref": "#/components/schemas/EstadoTrabajo"
          },
          "fecha_creacion": {
            "format": "date-time",
            "type": "string"
          },
          "fecha_fin": {
            "description": "Set by `terminar`.",
            "format": "date-time",
            "type": "string"
          },
          "fecha_inicio": {
            "description": "Set by `iniciar`.",
            "format": "date-time",
            "type": "string"
          },
          "fecha_prevista": {
            "description": "Set by `planificar`.",
            "format": "date-time",
            "type": "string"
          },
          "horas": {
            "description": "Hours of labour, the sum of the labour lines.",
            "minimum": 0,
            "type": "number"
          },
          "id": {
            "format": "uuid",
            "type": "string"
          },
          "id_factura": {
            "$ref": "#/components/schemas/IdFactura"
          },
          "links": {
            "$ref": "#/components/schemas/EnlacesRecurso"
          },
          "mano_obra": {
            "items": {
              "$ref": "#/components/schemas/LineaManoObra"
            },
            "type": "array"
          },
          "motivo": {
            "type": "string"
          },
          "motivo_cancelacion": {
            "type": "string"
          },
          "nombre": {
            "type": "string"
          },
          "recambios": {
            "items": {
              "$ref": "#/components/schemas/LineaRecambio"
            },
            "type": "array"
          },
          "recursos": {
            "items": {
              "$ref": "#/components/schemas/Recurso"
            },
            "type": "array"
          },
          "tipo_id": {
            "format": "uuid",
            "type": "string"
          },
          "vin": {
            "$ref": "#/components/schemas/Vin"
          }
        },
        "required": [
          "id",
          "nombre",
          "motivo",
          "vin",
          "estado",
          "fecha_creacion",
          "horas",
          "recursos",
          "mano_obra",
          "recambios",
          "links"
        ],
        "type": "object"
      },
      "TrabajoActualizacion": {
        "additionalProperties": false,
        "description": "A job's data, replacing the stored ones.",
        "properties": {
          "descripcion": {
            "maxLength": 2000,
            "minLength": 1,
            "type": "string"
          },
          "motivo": {
            "maxLength": 2000,
            "minLength": 1,
            "type": "string"
          },
          "nombre": {
            "maxLength": 100,
            "minLength": 1,
            "type": "string"
          },
          "recursos": {
            "items": {
              "$ref": "#/components/schemas/Recurso"
            },
            "maxItems": 20,
            "type": "array",
            "uniqueItems": true
          },
          "tipo_id": {
            "format": "uuid",
            "type": "string"
          }
        },
        "required": [
          "nombre",
          "motivo"
        ],
        "type": "object"
      },
      "TrabajoNuevo": {
        "additionalProperties": false,
        "description": "A job to open.",
        "properties": {
          "descripcion": {
            "description": "What will be done.",
            "maxLength": 2000,
            "minLength": 1,
            "type": "string"
          },
          "motivo": {
            "description": "Why the customer brought the vehicle.",
            "maxLength": 2000,
            "minLength": 1,
            "type": "string"
          },
          "nombre": {
            "maxLength": 100,
            "minLength": 1,
            "type": "string"
          },
          "recursos": {
            "items": {
              "$ref": "#/components/schemas/Recurso"
            },
            "maxItems": 20,
            "type": "array",
            "uniqueItems": true
          },
          "tipo_id": {
            "description": "The work type, if it is a known one.",
            "format": "uuid",
            "type": "string"
          },
          "vin": {
            "$ref": "#/components/schemas/Vin"
          }
        },
        "required": [
          "nombre",
          "motivo",
          "vin"
        ],
        "type": "object"
      },
      "TrabajoPagina": {
        "description": "A page of jobs.",
        "properties": {
          "items": {
            "items": {
              "$ref": "#/components/schemas/Trabajo"
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
        "description": "A JWT access token of the workshop's identity provider, sent as\n`Authorization: Bearer <token>`: HS256 for the local run, RS256 with the provider's\nkeys in production; `iss`, `aud` and `exp` are checked. Its `scope` claim\n(space-separated) grants `trabajos:read` for reads, `trabajos:write` for changes and\n`trabajos:admin` for destructive operations. `scripts/run` prints a development token\nwith every scope.\n",
        "flows": {
          "clientCredentials": {
            "scopes": {
              "trabajos:admin": "Delete trabajos.",
              "trabajos:read": "Read trabajos.",
              "trabajos:write": "Create and change trabajos."
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
    "description": "The workshop's jobs: each job is work on one vehicle (by VIN), optionally of a known\nwork type, with the labour and the spare parts it used, moving through a state machine\nuntil it is invoiced or cancelled. Work types (`/trabajos/tipos`) are the catalogue of\nwhat the workshop does.\n\n## States\nEach transition is an operation; asking for one the job's state does not allow is a\n409 and changes nothing.\n\n| operation                          | from                            | to            |\n|------------------------------------|---------------------------------|---------------|\n| `POST /trabajos`                   | —                               | `CREADO`      |\n| `POST /trabajos/{id}/planificar`   | `CREADO`, `PLANIFICADO`         | `PLANIFICADO` |\n| `POST /trabajos/{id}/iniciar`      | `PLANIFICADO`                   | `INICIADO`    |\n| `POST /trabajos/{id}/terminar`     | `INICIADO`                      | `TERMINADO`   |\n| `POST /trabajos/{id}/facturar`     | `TERMINADO`                     | `FACTURADO`   |\n| `POST /trabajos/{id}/cancelar`     | `CREADO`, `PLANIFICADO`, `INICIADO` | `CANCELADO` |\n\nPlanning again (`PLANIFICADO` → `PLANIFICADO`) moves the date. Labour and parts can be\nadded or removed while the job is `CREADO`, `PLANIFICADO` or `INICIADO`; its data can be\nreplaced (PUT) while it is `CREADO` or `PLANIFICADO`; it can be deleted only while\n`CREADO` (later, cancel it). `FACTURADO` and `CANCELADO` are final.\n\nParts: adding a part line reserves its units in the recambios service for this job\n(409 when recambios has not enough available); removing the line, or cancelling the\njob, releases them; `terminar` consumes them.\n\nConventions (routing, errors, lists, `ETag`/`If-Match`) are those of `specs/README.md`.\n\n## Fixes to the original (2023) contract\n- Its paths (`/tipos-trabajo`, `/TrabajoDiario`, `/TrabajosSegunCoche/{CarVIN}`,\n  `/TrabajoDiarioEstados/{EstadoTrabajo}`, `/TrabajoDiarioRecursos/{IdRecurso}`) were\n  unreachable through the gateway's `/api/v1/trabajos` route. Everything lives under\n  `/trabajos` now: jobs at `/trabajos`, work types at `/trabajos/tipos`, and the\n  by-car, by-state and by-resource queries are the `vin`, `estado` and `recurso`\n  filters of `GET /trabajos`.\n- The state could be set to anything by PUT; transitions are now operations with a\n  409 on an invalid one, and `FACTURADO` and `CANCELADO` were added to\n  `CREADO, PLANIFICADO, INICIADO, TERMINADO`.\n- Labour lines and parts used (needed to invoice a job) were missing; they are\n  `/trabajos/{trabajo_id}/mano-obra` and `/trabajos/{trabajo_id}/recambios`.\n- Field names are the original's in snake_case: `IdTrabajoDiario` → `id`,\n  `IdTipoTrabajo` → `tipo_id`, `NombreTrabajo` → `nombre`, `DescripcionTrabajo` →\n  `descripcion`, `MotivoTrabajo` → `motivo`, `FechaInicio` → `fecha_inicio`,\n  `FechaFin` → `fecha_fin`, `HorasDedicadas` → `horas`, `RecursosNecesarios` →\n  `recursos`, `EstadoTrabajo` → `estado`, `VINCoche` → `vin`.\n- The VIN pattern was unanchored and accepted lower case and hyphens; it is\n  `^[A-HJ-NPR-Z0-9]{17}$`. The examples did not match the schemas (`IdTipoTrabajo: 0991`).\n- Ids were client-chosen integers; the server assigns uuids (jobs and work types), and\n  input and output use separate schemas. `horas` is computed from the labour lines.\n- Lists answered 404 when empty; they answer 200 with `items: []`, paginated.\n- PUT answered the non-standard 209; it answers 200 with the new `ETag`, and\n  `If-Match` is checked (428/412). `ETag` had the pattern `[0-9a-f]` (one character).\n- Errors are RFC 9457 problem+json with an `errors` array naming the failing fields;\n  400, 409, 412, 415, 422, 428, 500 and 503 are declared. The OPTIONS operations are\n  not part of the contract: CORS preflight and `Allow` are answered by the service runtime.\n",
    "license": {
      "name": "MIT"
    },
    "title": "taller — trabajos",
    "version": "2.0.0"
  },
  "openapi": "3.0.3",
  "paths": {
    "/trabajos": {
      "get": {
        "description": "A page of jobs matching every given filter: by vehicle (`vin`), by state, by a\nresource it needs (`recurso`), by work type, and by a range of `fecha_inicio`\n(inclusive). An empty result is 200 with `items: []`.\n",
        "operationId": "list_trabajos",
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
                "fecha_prevista",
                "fecha_inicio",
                "estado",
                "vin"
              ],
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/ordering"
          },
          {
            "description": "Only jobs on this vehicle.",
            "in": "query",
            "name": "vin",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Vin"
            }
          },
          {
            "description": "Only jobs in this state.",
            "in": "query",
            "name": "estado",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/EstadoTrabajo"
            }
          },
          {
            "description": "Only jobs that need this resource.",
            "in": "query",
            "name": "recurso",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/Recurso"
            }
          },
          {
            "description": "Only jobs of this work type.",
            "example": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
            "in": "query",
            "name": "tipo_id",
            "required": false,
            "schema": {
              "format": "uuid",
              "type": "string"
            }
          },
          {
            "description": "Only jobs started at or after this moment.",
            "example": "2026-11-27T00:00:00Z",
            "in": "query",
            "name": "fecha_desde",
            "required": false,
            "schema": {
              "format": "date-time",
              "type": "string"
            }
          },
          {
            "description": "Only jobs started at or before this moment.",
            "example": "2026-11-27T23:59:59Z",
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
                  "pagina": {
                    "summary": "The jobs started today",
                    "value": {
                      "items": [
                        {
                          "estado": "INICIADO",
                          "fecha_creacion": "2026-11-26T17:05:00Z",
                          "fecha_inicio": "2026-11-27T09:12:00Z",
                          "fecha_prevista": "2026-11-27T09:00:00Z",
                          "horas": 0.5,
                          "id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                          "links": {
                            "parent": {
                              "href": "/api/v1/trabajos"
                            },
                            "self": {
                              "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6"
                            }
                          },
                          "mano_obra": [],
                          "motivo": "Revisión de los 30.000 km",
                          "nombre": "Cambio de aceite y filtro",
                          "recambios": [],
                          "recursos": [
                            2
                          ],
                          "tipo_id": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
                          "vin": "VF1RFB00X56789012"
                        }
                      ],
                      "links": {
                        "first": {
                          "href": "/api/v1/trabajos?fecha_desde=2026-11-27T00:00:00Z&page=1"
                        },
                        "last": {
                          "href": "/api/v1/trabajos?fecha_desde=2026-11-27T00:00:00Z&page=1"
                        },
                        "self": {
                          "href": "/api/v1/trabajos?fecha_desde=2026-11-27T00:00:00Z"
                        }
                      },
                      "page": 1,
                      "page_size": 20,
                      "total": 1,
                      "total_pages": 1
                    }
                  },
                  "vacia": {
                    "summary": "The vehicle has no jobs",
                    "value": {
                      "items": [],
                      "links": {
                        "first": {
                          "href": "/api/v1/trabajos?vin=WVWZZZ1KZ8W123456&page=1"
                        },
                        "last": {
                          "href": "/api/v1/trabajos?vin=WVWZZZ1KZ8W123456&page=1"
                        },
                        "self": {
                          "href": "/api/v1/trabajos?vin=WVWZZZ1KZ8W123456"
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
                  "$ref": "#/components/schemas/TrabajoPagina"
                }
              }
            },
            "description": "A page of jobs."
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
              "trabajos:read"
            ]
          }
        ],
        "summary": "List jobs",
        "tags": [
          "trabajos"
        ]
      },
      "post": {
        "description": "Opens a job in state `CREADO`; the server assigns its `id`.",
        "operationId": "create_trabajo",
        "requestBody": {
          "content": {
            "application/json": {
              "examples": {
                "completo": {
                  "summary": "Of a known work type, with the resources it needs",
                  "value": {
                    "descripcion": "Cambio de aceite 5W30 y filtro de aceite.",
                    "motivo": "Revisión de los 30.000 km",
                    "nombre": "Cambio de aceite y filtro",
                    "recursos": [
                      2
                    ],
                    "tipo_id": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
                    "vin": "VF1RFB00X56789012"
                  }
                },
                "minimo": {
                  "summary": "Only the required fields",
                  "value": {
                    "motivo": "El cliente oye un chirrido al girar el volante",
                    "nombre": "Diagnóstico de ruido",
                    "vin": "WVWZZZ1KZ8W123456"
                  }
                }
              },
              "schema": {
                "$ref": "#/components/schemas/TrabajoNuevo"
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
                    "$ref": "#/components/examples/TrabajoCreado"
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Trabajo"
                }
              }
            },
            "description": "The job was opened.",
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
              "trabajos:write"
            ]
          }
        ],
        "summary": "Open a job on a vehicle",
        "tags": [
          "trabajos"
        ]
      }
    },
    "/trabajos/tipos": {
      "get": {
        "description": "A page of work types; `nombre` matches a case-insensitive substring. Empty is 200 with `items: []`.",
        "operationId": "list_tipos_trabajo",
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
              "default": "nombre",
              "enum": [
                "nombre",
                "horas_estimadas"
              ],
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/ordering"
          },
          {
            "description": "Substring of the name (case-insensitive).",
            "in": "query",
            "name": "nombre",
            "required": false,
            "schema": {
              "maxLength": 100,
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
                    "summary": "Work types whose name contains \"aceite\"",
                    "value": {
                      "items": [
                        {
                          "descripcion": "Vaciado del aceite del motor, cambio del filtro y llenado.",
                          "horas_estimadas": 0.5,
                          "id": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
                          "links": {
                            "parent": {
                              "href": "/api/v1/trabajos/tipos"
                            },
                            "self": {
                              "href": "/api/v1/trabajos/tipos/1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b"
                            }
                          },
                          "nombre": "Cambio de aceite y filtro"
                        }
                      ],
                      "links": {
                        "first": {
                          "href": "/api/v1/trabajos/tipos?nombre=aceite&page=1"
                        },
                        "last": {
                          "href": "/api/v1/trabajos/tipos?nombre=aceite&page=1"
                        },
                        "self": {
                          "href": "/api/v1/trabajos/tipos?nombre=aceite"
                        }
                      },
                      "page": 1,
                      "page_size": 20,
                      "total": 1,
                      "total_pages": 1
                    }
                  },
                  "vacia": {
                    "summary": "No work type matches",
                    "value": {
                      "items": [],
                      "links": {
                        "first": {
                          "href": "/api/v1/trabajos/tipos?nombre=pintura&page=1"
                        },
                        "last": {
                          "href": "/api/v1/trabajos/tipos?nombre=pintura&page=1"
                        },
                        "self": {
                          "href": "/api/v1/trabajos/tipos?nombre=pintura"
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
                  "$ref": "#/components/schemas/TipoTrabajoPagina"
                }
              }
            },
            "description": "A page of work types."
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
              "trabajos:read"
            ]
          }
        ],
        "summary": "List work types",
        "tags": [
          "tipos"
        ]
      },
      "post": {
        "description": "Adds a work type to the catalogue; a name already used is a 409.",
        "operationId": "create_tipo_trabajo",
        "requestBody": {
          "content": {
            "application/json": {
              "example": {
                "descripcion": "Vaciado del aceite del motor, cambio del filtro y llenado.",
                "horas_estimadas": 0.5,
                "nombre": "Cambio de aceite y filtro"
              },
              "schema": {
                "$ref": "#/components/schemas/TipoTrabajoNuevo"
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
                  "descripcion": "Vaciado del aceite del motor, cambio del filtro y llenado.",
                  "horas_estimadas": 0.5,
                  "id": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
                  "links": {
                    "parent": {
                      "href": "/api/v1/trabajos/tipos"
                    },
                    "self": {
                      "href": "/api/v1/trabajos/tipos/1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b"
                    }
                  },
                  "nombre": "Cambio de aceite y filtro"
                },
                "schema": {
                  "$ref": "#/components/schemas/TipoTrabajo"
                }
              }
            },
            "description": "The work type was added.",
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
            "$ref": "#/components/responses/TipoDuplicado"
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
              "trabajos:write"
            ]
          }
        ],
        "summary": "Add a work type",
        "tags": [
          "tipos"
        ]
      }
    },
    "/trabajos/tipos/{tipo_id}": {
      "delete": {
        "description": "Removes the work type from the catalogue (jobs that used it keep its id). `If-Match` as for PUT.",
        "operationId": "delete_tipo_trabajo",
        "parameters": [
          {
            "$ref": "#/components/parameters/if_match"
          }
        ],
        "responses": {
          "204": {
            "description": "The work type was removed."
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
              "trabajos:admin"
            ]
          }
        ],
        "summary": "Remove a work type",
        "tags": [
          "tipos"
        ]
      },
      "get": {
        "description": "The work type, with its `ETag` for a later PUT or DELETE.",
        "operationId": "get_tipo_trabajo",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "example": {
                  "descripcion": "Vaciado del aceite del motor, cambio del filtro y llenado.",
                  "horas_estimadas": 0.5,
                  "id": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
                  "links": {
                    "parent": {
                      "href": "/api/v1/trabajos/tipos"
                    },
                    "self": {
                      "href": "/api/v1/trabajos/tipos/1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b"
                    }
                  },
                  "nombre": "Cambio de aceite y filtro"
                },
                "schema": {
                  "$ref": "#/components/schemas/TipoTrabajo"
                }
              }
            },
            "description": "The work type.",
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
              "trabajos:read"
            ]
          }
        ],
        "summary": "Get a work type",
        "tags": [
          "tipos"
        ]
      },
      "parameters": [
        {
          "description": "The work type's id.",
          "example": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
          "in": "path",
          "name": "tipo_id",
          "required": true,
          "schema": {
            "format": "uuid",
            "type": "string"
          }
        }
      ],
      "put": {
        "description": "Replaces the work type's data. `If-Match` as for every PUT (428 without it, 412 when stale).",
        "operationId": "update_tipo_trabajo",
        "parameters": [
          {
            "$ref": "#/components/parameters/if_match"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "example": {
                "descripcion": "Vaciado del aceite del motor, cambio del filtro y llenado; incluye revisión de niveles.",
                "horas_estimadas": 0.75,
                "nombre": "Cambio de aceite y filtro"
              },
              "schema": {
                "$ref": "#/components/schemas/TipoTrabajoActualizacion"
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
                  "descripcion": "Vaciado del aceite del motor, cambio del filtro y llenado; incluye revisión de niveles.",
                  "horas_estimadas": 0.75,
                  "id": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
                  "links": {
                    "parent": {
                      "href": "/api/v1/trabajos/tipos"
                    },
                    "self": {
                      "href": "/api/v1/trabajos/tipos/1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b"
                    }
                  },
                  "nombre": "Cambio de aceite y filtro"
                },
                "schema": {
                  "$ref": "#/components/schemas/TipoTrabajo"
                }
              }
            },
            "description": "The work type as stored now.",
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
            "$ref": "#/components/responses/TipoDuplicado"
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
              "trabajos:write"
            ]
          }
        ],
        "summary": "Replace a work type",
        "tags": [
          "tipos"
        ]
      }
    },
    "/trabajos/{trabajo_id}": {
      "delete": {
        "description": "Deletes a job that is still `CREADO` (409 later; cancel it instead). `If-Match` as for PUT.",
        "operationId": "delete_trabajo",
        "parameters": [
          {
            "$ref": "#/components/parameters/if_match"
          }
        ],
        "responses": {
          "204": {
            "description": "The job was deleted."
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
            "$ref": "#/components/responses/EstadoNoPermite"
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
              "trabajos:admin"
            ]
          }
        ],
        "summary": "Delete a job opened by mistake",
        "tags": [
          "trabajos"
        ]
      },
      "get": {
        "description": "The job with its labour and parts, and its `ETag` for a later PUT or DELETE.",
        "operationId": "get_trabajo",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "creado": {
                    "$ref": "#/components/examples/TrabajoCreado"
                  },
                  "terminado": {
                    "$ref": "#/components/examples/TrabajoTerminado"
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Trabajo"
                }
              }
            },
            "description": "The job.",
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
              "trabajos:read"
            ]
          }
        ],
        "summary": "Get a job",
        "tags": [
          "trabajos"
        ]
      },
      "parameters": [
        {
          "$ref": "#/components/parameters/trabajo_id"
        }
      ],
      "put": {
        "description": "Replaces the job's description, work type and resources (not its vehicle, state,\nlines or dates), while it is `CREADO` or `PLANIFICADO` (409 later). `If-Match` as\nfor every PUT (428 without it, 412 when stale).\n",
        "operationId": "update_trabajo",
        "parameters": [
          {
            "$ref": "#/components/parameters/if_match"
          }
        ],
        "requestBody": {
          "content": {
            "application/json": {
              "example": {
                "descripcion": "Cambio de aceite 5W30 y filtro de aceite; revisar también el filtro de aire.",
                "motivo": "Revisión de los 30.000 km",
                "nombre": "Cambio de aceite y filtro",
                "recursos": [
                  2,
                  5
                ],
                "tipo_id": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b"
              },
              "schema": {
                "$ref": "#/components/schemas/TrabajoActualizacion"
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
                  "creado": {
                    "$ref": "#/components/examples/TrabajoCreado"
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Trabajo"
                }
              }
            },
            "description": "The job as stored now.",
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
            "$ref": "#/components/responses/EstadoNoPermite"
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
              "trabajos:write"
            ]
          }
        ],
        "summary": "Replace a job's data",
        "tags": [
          "trabajos"
        ]
      }
    },
    "/trabajos/{trabajo_id}/cancelar": {
      "parameters": [
        {
          "$ref": "#/components/parameters/trabajo_id"
        }
      ],
      "post": {
        "description": "`CREADO`, `PLANIFICADO` or `INICIADO` → `CANCELADO`, releasing the parts reserved\nfor it in recambios. 409 from `TERMINADO`, `FACTURADO` or `CANCELADO`.\n",
        "operationId": "cancelar_trabajo",
        "requestBody": {
          "content": {
            "application/json": {
              "example": {
                "motivo": "El cliente no acepta el presupuesto"
              },
              "schema": {
                "$ref": "#/components/schemas/Cancelacion"
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
                  "cancelado": {
                    "$ref": "#/components/examples/TrabajoCancelado"
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Trabajo"
                }
              }
            },
            "description": "The job, now `CANCELADO`.",
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
            "$ref": "#/components/responses/TransicionInvalida"
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
              "trabajos:write"
            ]
          }
        ],
        "summary": "Cancel a job",
        "tags": [
          "estados"
        ]
      }
    },
    "/trabajos/{trabajo_id}/facturar": {
      "parameters": [
        {
          "$ref": "#/components/parameters/trabajo_id"
        }
      ],
      "post": {
        "description": "`TERMINADO` → `FACTURADO`, recording the invoice (called by facturas when it issues one). 409 from any other state.",
        "operationId": "facturar_trabajo",
        "requestBody": {
          "content": {
            "application/json": {
              "example": {
                "id_factura": "2026-0042"
              },
              "schema": {
                "$ref": "#/components/schemas/Facturacion"
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
                  "facturado": {
                    "$ref": "#/components/examples/TrabajoFacturado"
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Trabajo"
                }
              }
            },
            "description": "The job, now `FACTURADO`.",
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
            "$ref": "#/components/responses/TransicionInvalida"
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
              "trabajos:write"
            ]
          }
        ],
        "summary": "Mark a job as invoiced",
        "tags": [
          "estados"
        ]
      }
    },
    "/trabajos/{trabajo_id}/iniciar": {
      "parameters": [
        {
          "$ref": "#/components/parameters/trabajo_id"
        }
      ],
      "post": {
        "description": "`PLANIFICADO` → `INICIADO`: sets `fecha_inicio` to now. 409 from any other state.",
        "operationId": "iniciar_trabajo",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "iniciado": {
                    "$ref": "#/components/examples/TrabajoIniciado"
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Trabajo"
                }
              }
            },
            "description": "The job, now `INICIADO`.",
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
            "$ref": "#/components/responses/TransicionInvalida"
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
              "trabajos:write"
            ]
          }
        ],
        "summary": "Start a job",
        "tags": [
          "estados"
        ]
      }
    },
    "/trabajos/{trabajo_id}/mano-obra": {
      "parameters": [
        {
          "$ref": "#/components/parameters/trabajo_id"
        }
      ],
      "post": {
        "description": "Adds labour to the job while it is `CREADO`, `PLANIFICADO` or `INICIADO` (409 later).",
        "operationId": "add_mano_obra",
        "requestBody": {
          "content": {
            "application/json": {
              "example": {
                "descripcion": "Cambio de aceite y filtro",
                "horas": 0.5,
                "precio_hora": 45
              },
              "schema": {
                "$ref": "#/components/schemas/LineaManoObraNueva"
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
                  "descripcion": "Cambio de aceite y filtro",
                  "horas": 0.5,
                  "id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
                  "importe": 22.5,
                  "links": {
                    "parent": {
                      "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6"
                    },
                    "self": {
                      "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6/mano-obra/2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"
                    }
                  },
                  "precio_hora": 45
                },
                "schema": {
                  "$ref": "#/components/schemas/LineaManoObra"
                }
              }
            },
            "description": "The line was added.",
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
            "$ref": "#/components/responses/EstadoNoPermite"
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
              "trabajos:write"
            ]
          }
        ],
        "summary": "Add a labour line",
        "tags": [
          "lineas"
        ]
      }
    },
    "/trabajos/{trabajo_id}/mano-obra/{linea_id}": {
      "delete": {
        "description": "Removes the line while the job is `CREADO`, `PLANIFICADO` or `INICIADO` (409 later).\nSend the line's `ETag` in `If-Match` (428 without it, 412 when stale).\n",
        "operationId": "delete_mano_obra",
        "parameters": [
          {
            "$ref": "#/components/parameters/if_match"
          }
        ],
        "responses": {
          "204": {
            "description": "The line was removed."
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
            "$ref": "#/components/responses/EstadoNoPermite"
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
              "trabajos:admin"
            ]
          }
        ],
        "summary": "Remove a labour line",
        "tags": [
          "lineas"
        ]
      },
      "get": {
        "description": "One labour line of the job.",
        "operationId": "get_mano_obra",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "example": {
                  "descripcion": "Cambio de aceite y filtro",
                  "horas": 0.5,
                  "id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
                  "importe": 22.5,
                  "links": {
                    "parent": {
                      "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6"
                    },
                    "self": {
                      "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6/mano-obra/2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"
                    }
                  },
                  "precio_hora": 45
                },
                "schema": {
                  "$ref": "#/components/schemas/LineaManoObra"
                }
              }
            },
            "description": "The labour line.",
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
              "trabajos:read"
            ]
          }
        ],
        "summary": "Get a labour line",
        "tags": [
          "lineas"
        ]
      },
      "parameters": [
        {
          "$ref": "#/components/parameters/trabajo_id"
        },
        {
          "$ref": "#/components/parameters/linea_id"
        }
      ]
    },
    "/trabajos/{trabajo_id}/planificar": {
      "parameters": [
        {
          "$ref": "#/components/parameters/trabajo_id"
        }
      ],
      "post": {
        "description": "`CREADO` or `PLANIFICADO` → `PLANIFICADO`: sets the planned date and, optionally, the resources. 409 from any other state.",
        "operationId": "planificar_trabajo",
        "requestBody": {
          "content": {
            "application/json": {
              "example": {
                "fecha_prevista": "2026-11-27T09:00:00Z",
                "recursos": [
                  2
                ]
              },
              "schema": {
                "$ref": "#/components/schemas/Planificacion"
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
                  "planificado": {
                    "$ref": "#/components/examples/TrabajoPlanificado"
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Trabajo"
                }
              }
            },
            "description": "The job, now `PLANIFICADO`.",
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
            "$ref": "#/components/responses/TransicionInvalida"
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
              "trabajos:write"
            ]
          }
        ],
        "summary": "Plan a job",
        "tags": [
          "estados"
        ]
      }
    },
    "/trabajos/{trabajo_id}/recambios": {
      "parameters": [
        {
          "$ref": "#/components/parameters/trabajo_id"
        }
      ],
      "post": {
        "description": "Adds `cantidad` units of a part to the job while it is `CREADO`, `PLANIFICADO` or\n`INICIADO`, reserving them in recambios. 409 when the job's state does not allow it\nor recambios has not enough units available; 422 when the part does not exist.\n",
        "operationId": "add_recambio_usado",
        "requestBody": {
          "content": {
            "application/json": {
              "example": {
                "cantidad": 1,
                "numero_serie": "Z0000001-A"
              },
              "schema": {
                "$ref": "#/components/schemas/LineaRecambioNueva"
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
                  "cantidad": 1,
                  "id": "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a",
                  "importe": 12.4,
                  "links": {
                    "parent": {
                      "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6"
                    },
                    "self": {
                      "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6/recambios/4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a"
                    }
                  },
                  "nombre": "Filtro de aceite",
                  "numero_serie": "Z0000001-A",
                  "precio_unitario": 12.4
                },
                "schema": {
                  "$ref": "#/components/schemas/LineaRecambio"
                }
              }
            },
            "description": "The part line was added and its units reserved.",
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
            "$ref": "#/components/responses/SinStock"
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
              "trabajos:write"
            ]
          }
        ],
        "summary": "Add a spare part used",
        "tags": [
          "lineas"
        ]
      }
    },
    "/trabajos/{trabajo_id}/recambios/{linea_id}": {
      "delete": {
        "description": "Removes the line and releases its units in recambios, while the job is `CREADO`,\n`PLANIFICADO` or `INICIADO` (409 later). Send the line's `ETag` in `If-Match` (428\nwithout it, 412 when stale).\n",
        "operationId": "delete_recambio_usado",
        "parameters": [
          {
            "$ref": "#/components/parameters/if_match"
          }
        ],
        "responses": {
          "204": {
            "description": "The line was removed and its units released."
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
            "$ref": "#/components/responses/EstadoNoPermite"
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
              "trabajos:admin"
            ]
          }
        ],
        "summary": "Remove a spare-part line",
        "tags": [
          "lineas"
        ]
      },
      "get": {
        "description": "One spare-part line of the job.",
        "operationId": "get_recambio_usado",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "example": {
                  "cantidad": 1,
                  "id": "4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a",
                  "importe": 12.4,
                  "links": {
                    "parent": {
                      "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6"
                    },
                    "self": {
                      "href": "/api/v1/trabajos/3fa85f64-5717-4562-b3fc-2c963f66afa6/recambios/4d5e6f7a-8b9c-4d0e-8f1a-2b3c4d5e6f7a"
                    }
                  },
                  "nombre": "Filtro de aceite",
                  "numero_serie": "Z0000001-A",
                  "precio_unitario": 12.4
                },
                "schema": {
                  "$ref": "#/components/schemas/LineaRecambio"
                }
              }
            },
            "description": "The spare-part line.",
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
              "trabajos:read"
            ]
          }
        ],
        "summary": "Get a spare-part line",
        "tags": [
          "lineas"
        ]
      },
      "parameters": [
        {
          "$ref": "#/components/parameters/trabajo_id"
        },
        {
          "$ref": "#/components/parameters/linea_id"
        }
      ]
    },
    "/trabajos/{trabajo_id}/terminar": {
      "parameters": [
        {
          "$ref": "#/components/parameters/trabajo_id"
        }
      ],
      "post": {
        "description": "`INICIADO` → `TERMINADO`: sets `fecha_fin` to now and consumes the parts reserved\nfor the job in recambios. 409 from any other state.\n",
        "operationId": "terminar_trabajo",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "terminado": {
                    "$ref": "#/components/examples/TrabajoTerminado"
                  }
                },
                "schema": {
                  "$ref": "#/components/schemas/Trabajo"
                }
              }
            },
            "description": "The job, now `TERMINADO`.",
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
            "$ref": "#/components/responses/TransicionInvalida"
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
              "trabajos:write"
            ]
          }
        ],
        "summary": "Finish a job",
        "tags": [
          "estados"
        ]
      }
    }
  },
  "servers": [
    {
      "description": "Through the gateway, which routes `/api/v1/trabajos*` to this service and strips `/api/v1`.",
      "url": "/api/v1"
    }
  ],
  "tags": [
    {
      "description": "Jobs on a vehicle.",
      "name": "trabajos"
    },
    {
      "description": "A job's state transitions.",
      "name": "estados"
    },
    {
      "description": "Labour and spare parts used by a job.",
      "name": "lineas"
    },
    {
      "description": "The catalogue of work types.",
      "name": "tipos"
    }
  ]
}"##;
