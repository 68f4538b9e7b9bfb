// LOAD CSV variant, for a running server and smaller graphs.
// Copy the CSV files into the server's import directory, then run:
//   cypher-shell -u neo4j -f load.cypher
// (in Neo4j Browser, prefix each LOAD CSV statement with :auto).
// Empty CSV fields arrive as null, so no empty property is stored.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes_person.csv' AS row
CALL (row) {
  MERGE (n:Entity {id: row.`id:ID`})
  SET n:Person
  SET n.name = row.name, n.nameFr = row.nameFr, n.nameEn = row.nameEn,
      n.wikidata = row.wikidata,
      n.mentions = toInteger(row.`mentions:int`), n.articles = toInteger(row.`articles:int`),
      n.firstSeen = date(row.`firstSeen:date`), n.lastSeen = date(row.`lastSeen:date`)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes_organization.csv' AS row
CALL (row) {
  MERGE (n:Entity {id: row.`id:ID`})
  SET n:Organization
  SET n.name = row.name, n.nameFr = row.nameFr, n.nameEn = row.nameEn,
      n.wikidata = row.wikidata,
      n.mentions = toInteger(row.`mentions:int`), n.articles = toInteger(row.`articles:int`),
      n.firstSeen = date(row.`firstSeen:date`), n.lastSeen = date(row.`lastSeen:date`)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes_place.csv' AS row
CALL (row) {
  MERGE (n:Entity {id: row.`id:ID`})
  SET n:Place
  SET n.name = row.name, n.nameFr = row.nameFr, n.nameEn = row.nameEn,
      n.wikidata = row.wikidata,
      n.mentions = toInteger(row.`mentions:int`), n.articles = toInteger(row.`articles:int`),
      n.firstSeen = date(row.`firstSeen:date`), n.lastSeen = date(row.`lastSeen:date`)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///nodes_event.csv' AS row
CALL (row) {
  MERGE (n:Entity {id: row.`id:ID`})
  SET n:Event
  SET n.name = row.name, n.nameFr = row.nameFr, n.nameEn = row.nameEn,
      n.wikidata = row.wikidata,
      n.mentions = toInteger(row.`mentions:int`), n.articles = toInteger(row.`articles:int`),
      n.firstSeen = date(row.`firstSeen:date`), n.lastSeen = date(row.`lastSeen:date`)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels_held_in.csv' AS row
CALL (row) {
  MATCH (s:Entity {id: row.`:START_ID`}), (t:Entity {id: row.`:END_ID`})
  MERGE (s)-[r:HELD_IN]->(t)
  SET r.weight = toInteger(row.`weight:int`), r.articles = toInteger(row.`articles:int`),
      r.role = row.role, r.roleClass = row.roleClass, r.status = row.status,
      r.confidence = toFloat(row.`confidence:float`), r.evidence = row.evidence,
      r.firstDate = date(row.`firstDate:date`), r.lastDate = date(row.`lastDate:date`)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels_leads.csv' AS row
CALL (row) {
  MATCH (s:Entity {id: row.`:START_ID`}), (t:Entity {id: row.`:END_ID`})
  MERGE (s)-[r:LEADS]->(t)
  SET r.weight = toInteger(row.`weight:int`), r.articles = toInteger(row.`articles:int`),
      r.role = row.role, r.roleClass = row.roleClass, r.status = row.status,
      r.confidence = toFloat(row.`confidence:float`), r.evidence = row.evidence,
      r.firstDate = date(row.`firstDate:date`), r.lastDate = date(row.`lastDate:date`)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels_mentioned_with.csv' AS row
CALL (row) {
  MATCH (s:Entity {id: row.`:START_ID`}), (t:Entity {id: row.`:END_ID`})
  MERGE (s)-[r:MENTIONED_WITH]->(t)
  SET r.weight = toInteger(row.`weight:int`), r.articles = toInteger(row.`articles:int`),
      r.role = row.role, r.roleClass = row.roleClass, r.status = row.status,
      r.confidence = toFloat(row.`confidence:float`), r.evidence = row.evidence,
      r.firstDate = date(row.`firstDate:date`), r.lastDate = date(row.`lastDate:date`)
} IN TRANSACTIONS OF 1000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///rels_participates_in.csv' AS row
CALL (row) {
  MATCH (s:Entity {id: row.`:START_ID`}), (t:Entity {id: row.`:END_ID`})
  MERGE (s)-[r:PARTICIPATES_IN]->(t)
  SET r.weight = toInteger(row.`weight:int`), r.articles = toInteger(row.`articles:int`),
      r.role = row.role, r.roleClass = row.roleClass, r.status = row.status,
      r.confidence = toFloat(row.`confidence:float`), r.evidence = row.evidence,
      r.firstDate = date(row.`firstDate:date`), r.lastDate = date(row.`lastDate:date`)
} IN TRANSACTIONS OF 1000 ROWS;
