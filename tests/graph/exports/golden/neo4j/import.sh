#!/bin/sh
# Offline bulk import into a new database with neo4j-admin (Neo4j 5.19 or later).
# Stop the server first. The database must not exist yet: add
# --overwrite-destination=true to replace one. Then start the server, and on
# Enterprise Edition run CREATE DATABASE <name> (Community: set
# initial.dbms.default_database=<name> in neo4j.conf).
# Usage: NEO4J_HOME=/path/to/neo4j sh import.sh [database]    (default: neo4j)
set -eu
cd "$(dirname "$0")"
DATABASE="${1:-neo4j}"
ADMIN="${NEO4J_HOME:+$NEO4J_HOME/bin/}neo4j-admin"
"$ADMIN" database import full "$DATABASE" \
    --multiline-fields=true \
    --ignore-empty-strings=true \
    --nodes=nodes_person.csv \
    --nodes=nodes_organization.csv \
    --nodes=nodes_place.csv \
    --nodes=nodes_event.csv \
    --relationships=rels_held_in.csv \
    --relationships=rels_leads.csv \
    --relationships=rels_mentioned_with.csv \
    --relationships=rels_participates_in.csv
