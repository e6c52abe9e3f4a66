// Runs once, when MongoDB starts on an empty data directory (docker-entrypoint-initdb.d, used by
// both compose and the k8s StatefulSet). recambios connects as its own user, limited to its
// database, instead of as the root user whose credentials only operators need.
const database = process.env.MONGO_INITDB_DATABASE;
db.getSiblingDB(database).createUser({
  user: process.env.TALLER_DB_USER,
  pwd: process.env.TALLER_DB_PASSWORD,
  roles: [{ role: "readWrite", db: database }],
});
