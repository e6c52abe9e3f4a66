// @generated from codegen/tests/fixtures/media-demo.yaml by `EXPECTORATE=overwrite cargo test -p taller-codegen --test snapshots`.
// Do not edit: change the spec or codegen/, then regenerate.

//! The contract, bundled into one JSON document: validated against by the router, served at
//! `/openapi.json` and by the docs UI.

/// The OpenAPI document of the service.
pub const CONTRACT_JSON: &str = r##"{
  "components": {
    "parameters": {
      "Group": {
        "in": "query",
        "name": "_group",
        "schema": {
          "type": "string"
        }
      }
    },
    "schemas": {
      "Book": {
        "allOf": [
          {
            "$ref": "#/components/schemas/HydraBase"
          },
          {
            "properties": {
              "id": {
                "type": "integer"
              },
              "title": {
                "type": "string"
              }
            },
            "required": [
              "id"
            ],
            "type": "object"
          }
        ],
        "description": "typify merges the allOf into one struct, with `@id` beside `id`."
      },
      "Error": {
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
      },
      "HydraBase": {
        "properties": {
          "@id": {
            "type": "string"
          },
          "@type": {
            "type": "string"
          }
        },
        "required": [
          "@id"
        ],
        "type": "object"
      },
      "Item": {
        "properties": {
          "id": {
            "type": "integer"
          },
          "kind": {
            "enum": [
              "item"
            ]
          },
          "label": {
            "nullable": true,
            "type": "string"
          },
          "tags": {
            "example": [
              "a",
              "b"
            ],
            "items": {
              "type": "string"
            },
            "type": "array"
          }
        },
        "required": [
          "id",
          "kind",
          "label"
        ],
        "type": "object"
      },
      "Linked": {
        "description": "JSON-LD beside plain names (API Platform's Hydra): `@id` and `id`, `@type` and `type`, `_group` and `group` would each be one Rust field.\n",
        "properties": {
          "@id": {
            "type": "string"
          },
          "@type": {
            "type": "string"
          },
          "_group": {
            "type": "string"
          },
          "group": {
            "type": "string"
          },
          "id": {
            "type": "integer"
          },
          "type": {
            "type": "string"
          }
        },
        "required": [
          "@id",
          "id"
        ],
        "type": "object"
      }
    }
  },
  "info": {
    "description": "What the seven contracts do not use: OpenAPI 3.1 (type arrays with null, const), several statuses with their own bodies beside `default`, uploads as octet-stream, forms and multipart, a binary download, text responses, a cookie parameter, and an operation without operationId, `matrix` and `label` path parameters, and operations progenitor cannot express (deepObject, pipeDelimited and object parameters, a multipart-only upload), which the client sends with its own methods. Binary bodies stream both ways (an octet-stream upload and download, never read whole by the server) and `/events` answers server-sent events.\n",
    "title": "Media demo",
    "version": "1.0"
  },
  "openapi": "3.0.3",
  "paths": {
    "/archive/{name}.{format}": {
      "get": {
        "description": "Two parameters in one segment, split by the format's enum.",
        "operationId": "getArchive",
        "parameters": [
          {
            "in": "path",
            "name": "name",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "in": "path",
            "name": "format",
            "required": true,
            "schema": {
              "enum": [
                "zip",
                "tar.gz"
              ],
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
                    "format": {
                      "type": "string"
                    },
                    "name": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "name",
                    "format"
                  ],
                  "type": "object"
                }
              }
            },
            "description": "The path as read."
          }
        }
      }
    },
    "/attachments": {
      "post": {
        "operationId": "addAttachment",
        "requestBody": {
          "content": {
            "multipart/form-data": {
              "schema": {
                "properties": {
                  "file": {
                    "format": "binary",
                    "type": "string"
                  },
                  "meta": {
                    "properties": {
                      "pages": {
                        "type": "integer"
                      }
                    },
                    "type": "object"
                  },
                  "title": {
                    "type": "string"
                  }
                },
                "required": [
                  "title",
                  "file"
                ],
                "type": "object"
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
                  "properties": {
                    "bytes": {
                      "type": "integer"
                    },
                    "title": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "title",
                    "bytes"
                  ],
                  "type": "object"
                }
              }
            },
            "description": "Stored."
          },
          "204": {
            "description": "Nothing to store."
          }
        }
      }
    },
    "/calls{ext}": {
      "get": {
        "operationId": "listCalls",
        "parameters": [
          {
            "in": "path",
            "name": "ext",
            "required": true,
            "schema": {
              "enum": [
                ".json",
                ".csv"
              ],
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string"
                }
              }
            },
            "description": "The extension as read."
          }
        }
      }
    },
    "/events": {
      "get": {
        "operationId": "watchItems",
        "parameters": [
          {
            "in": "query",
            "name": "count",
            "schema": {
              "maximum": 100,
              "minimum": 1,
              "type": "integer"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "text/event-stream": {
                "itemSchema": {
                  "$ref": "#/components/schemas/Item"
                }
              }
            },
            "description": "Items as they change."
          }
        }
      }
    },
    "/exports/{id}.csv": {
      "get": {
        "operationId": "getExportCsv",
        "parameters": [
          {
            "in": "path",
            "name": "id",
            "required": true,
            "schema": {
              "type": "integer"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string"
                }
              }
            },
            "description": "Which operation answered."
          }
        }
      }
    },
    "/exports/{id}.json": {
      "get": {
        "description": "One route with /exports/{id}.csv and /exports/{name}, told apart by the text.",
        "operationId": "getExportJson",
        "parameters": [
          {
            "in": "path",
            "name": "id",
            "required": true,
            "schema": {
              "type": "integer"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string"
                }
              }
            },
            "description": "Which operation answered."
          }
        }
      }
    },
    "/exports/{name}": {
      "get": {
        "operationId": "getExport",
        "parameters": [
          {
            "in": "path",
            "name": "name",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string"
                }
              }
            },
            "description": "Which operation answered."
          }
        }
      }
    },
    "/files": {
      "post": {
        "operationId": "upload.file",
        "requestBody": {
          "content": {
            "application/octet-stream": {
              "schema": {
                "format": "binary",
                "type": "string"
              }
            },
            "multipart/form-data": {
              "schema": {
                "properties": {
                  "file": {
                    "format": "binary",
                    "type": "string"
                  }
                },
                "type": "object"
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
                  "properties": {
                    "content_type": {
                      "type": "string"
                    },
                    "size": {
                      "type": "integer"
                    }
                  },
                  "required": [
                    "size",
                    "content_type"
                  ],
                  "type": "object"
                }
              }
            },
            "description": "Stored."
          }
        }
      }
    },
    "/files/{name}": {
      "get": {
        "operationId": "downloadFile",
        "parameters": [
          {
            "in": "path",
            "name": "name",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/octet-stream": {
                "schema": {
                  "format": "binary",
                  "type": "string"
                }
              }
            },
            "description": "The file's bytes."
          },
          "404": {
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string"
                }
              }
            },
            "description": "No such file."
          }
        }
      }
    },
    "/files/{name}/content": {
      "put": {
        "operationId": "putFileContent",
        "parameters": [
          {
            "in": "path",
            "name": "name",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "content": {
            "application/octet-stream": {
              "schema": {
                "format": "binary",
                "type": "string"
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "properties": {
                    "size": {
                      "type": "integer"
                    }
                  },
                  "required": [
                    "size"
                  ],
                  "type": "object"
                }
              }
            },
            "description": "How many bytes were stored."
          }
        }
      }
    },
    "/forms": {
      "post": {
        "operationId": "submitForm",
        "requestBody": {
          "content": {
            "application/x-www-form-urlencoded": {
              "schema": {
                "properties": {
                  "age": {
                    "type": "integer"
                  },
                  "name": {
                    "type": "string"
                  }
                },
                "required": [
                  "name"
                ],
                "type": "object"
              }
            }
          },
          "required": true
        },
        "responses": {
          "200": {
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string"
                }
              }
            },
            "description": "What was read."
          }
        }
      }
    },
    "/groups": {
      "get": {
        "description": "Two query parameters of one Rust name (rclone's `_group` beside `group`).",
        "operationId": "getGroups",
        "parameters": [
          {
            "in": "query",
            "name": "group",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Linked"
                }
              }
            },
            "description": "The parameters as read."
          }
        }
      },
      "parameters": [
        {
          "$ref": "#/components/parameters/Group"
        }
      ],
      "post": {
        "description": "The path item's `_group` alone, under its own Rust name.",
        "operationId": "postGroups",
        "responses": {
          "200": {
            "content": {
              "text/plain": {
                "schema": {
                  "type": "string"
                }
              }
            },
            "description": "The parameter as read."
          }
        }
      }
    },
    "/items/{id}": {
      "get": {
        "operationId": "getItem",
        "parameters": [
          {
            "in": "path",
            "name": "id",
            "required": true,
            "schema": {
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
                  "$ref": "#/components/schemas/Item"
                }
              }
            },
            "description": "The item."
          },
          "202": {
            "content": {
              "application/json": {
                "schema": {
                  "properties": {
                    "retry_after": {
                      "type": "integer"
                    }
                  },
                  "required": [
                    "retry_after"
                  ],
                  "type": "object"
                }
              }
            },
            "description": "Still being prepared."
          },
          "default": {
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "Anything else."
          }
        }
      }
    },
    "/items/{item_id}": {
      "delete": {
        "description": "The route of /items/{id} with another parameter name. OpenAPI calls such templates one and the same; real-world contracts have them, each method on one of them.\n",
        "operationId": "deleteItem",
        "parameters": [
          {
            "in": "path",
            "name": "item_id",
            "required": true,
            "schema": {
              "minimum": 1,
              "type": "integer"
            }
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "404": {
            "description": "No such item."
          }
        }
      }
    },
    "/ping": {
      "post": {
        "description": "OpenAPI 3.1 lets an operation declare no response.",
        "operationId": "ping"
      }
    },
    "/reports": {
      "get": {
        "description": "Parameters in styles progenitor does not write, echoed as read.",
        "operationId": "getReport",
        "parameters": [
          {
            "explode": true,
            "in": "query",
            "name": "filter",
            "schema": {
              "properties": {
                "color": {
                  "type": "string"
                },
                "size": {
                  "type": "integer"
                }
              },
              "type": "object"
            },
            "style": "deepObject"
          },
          {
            "explode": false,
            "in": "query",
            "name": "tags",
            "schema": {
              "items": {
                "type": "string"
              },
              "type": "array"
            },
            "style": "pipeDelimited"
          },
          {
            "in": "query",
            "name": "window",
            "schema": {
              "properties": {
                "from": {
                  "type": "integer"
                },
                "to": {
                  "type": "integer"
                }
              },
              "type": "object"
            }
          },
          {
            "in": "header",
            "name": "X-Trace-Ids",
            "schema": {
              "items": {
                "type": "integer"
              },
              "type": "array"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "properties": {
                    "filter": {
                      "additionalProperties": true,
                      "type": "object"
                    },
                    "tags": {
                      "items": {
                        "type": "string"
                      },
                      "type": "array"
                    },
                    "trace_ids": {
                      "items": {
                        "type": "integer"
                      },
                      "type": "array"
                    },
                    "window": {
                      "additionalProperties": true,
                      "type": "object"
                    }
                  },
                  "type": "object"
                }
              }
            },
            "description": "The parameters as read."
          },
          "4XX": {
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            },
            "description": "A refused request."
          }
        }
      }
    },
    "/session": {
      "get": {
        "operationId": "get_session",
        "parameters": [
          {
            "in": "cookie",
            "name": "session",
            "schema": {
              "type": "string"
            }
          },
          {
            "in": "cookie",
            "name": "flags",
            "schema": {
              "items": {
                "type": "boolean"
              },
              "type": "array"
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "properties": {
                    "flags": {
                      "items": {
                        "type": "boolean"
                      },
                      "type": "array"
                    },
                    "session": {
                      "type": "string"
                    }
                  },
                  "type": "object"
                }
              }
            },
            "description": "The cookies as read."
          }
        }
      }
    },
    "/shelves/{ids}/{spot}": {
      "get": {
        "operationId": "getShelves",
        "parameters": [
          {
            "explode": true,
            "in": "path",
            "name": "ids",
            "required": true,
            "schema": {
              "items": {
                "type": "integer"
              },
              "type": "array"
            },
            "style": "matrix"
          },
          {
            "in": "path",
            "name": "spot",
            "required": true,
            "schema": {
              "minimum": 1,
              "type": "integer"
            },
            "style": "label"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "properties": {
                    "ids": {
                      "items": {
                        "type": "integer"
                      },
                      "type": "array"
                    },
                    "spot": {
                      "type": "integer"
                    }
                  },
                  "required": [
                    "ids",
                    "spot"
                  ],
                  "type": "object"
                }
              }
            },
            "description": "The path as read."
          }
        }
      }
    }
  }
}"##;
