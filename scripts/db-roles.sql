-- Creates Accord's two PostgreSQL roles and its database. Run once, as a superuser:
--   psql -v owner=accord_owner -v app=accord_app -v database=accord -f scripts/db-roles.sql
-- then give both roles passwords (\password accord_owner, \password accord_app) unless the server
-- authenticates them otherwise, and run the app with
--   MIGRATION_DATABASE_URL=postgres://accord_owner:…@host/accord   (migrations, then the app's grants)
--   DATABASE_URL=postgres://accord_app:…@host/accord               (everything else)
-- The owner owns the schema; the app role gets only the grants listed in lib/db/app-role.ts, applied
-- after each migration. Safe to run again.
\set ON_ERROR_STOP on
SELECT format('CREATE ROLE %I LOGIN', :'owner') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT', :'app') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'owner') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'database') \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', :'database', :'app') \gexec
SELECT format('GRANT ALL ON DATABASE %I TO %I', :'database', :'owner') \gexec
