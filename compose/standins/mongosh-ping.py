#!/opt/secantus/bin/python
"""`mongosh` of the MongoDB stand-in, for healthchecks only: whatever the arguments, it sends
`ping` to 127.0.0.1:27017 and exits 0 when the server answers ok, 1 otherwise."""
import sys

import pymongo

try:
    client = pymongo.MongoClient("127.0.0.1", 27017, directConnection=True, serverSelectionTimeoutMS=3000)
    sys.exit(0 if client.admin.command("ping").get("ok") == 1 else 1)
except pymongo.errors.PyMongoError as error:
    print(f"ping failed: {error}", file=sys.stderr)
    sys.exit(1)
