/**
 * Type definitions for `@neo4j/graphql` 7 over dutygraph's Neo4j graph, as a Neo4j user
 * would write them to serve the same graph without dutygraph's API (issue 20 item 5: the
 * peer the bench measures). Labels, relationship types and properties are those the
 * loader writes (src/store/graphModel.ts). What the generated API cannot do alone is
 * written as `@cypher` fields: a unit's partners ranked by shared tasks (it has no
 * sort-by-aggregate; the ranking reads the CO_TOTAL summary dutygraph's loader keeps in
 * the graph) and a 2-hop neighbourhood. Name search uses the project's full-text index
 * (`@fulltext`, the `cjk` index the store created).
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Responsibility @relationshipProperties {
    role: String
    ord: Int
    surface: String
  }

  type Unit @node @fulltext(indexes: [{ indexName: "unit_search", queryName: "unitsByName", fields: ["allNames"] }]) {
    id: ID!
    name: String!
    kind: String
    region: String
    allNames: String
    tasks: [Task!]! @relationship(type: "RESPONSIBLE_FOR", direction: OUT, properties: "Responsibility")
    partners(first: Int = 20): [Partner!]!
      @cypher(
        statement: """
        MATCH (this)-[t:CO_TOTAL]-(o:Unit)
        WITH o, t ORDER BY t.shared DESC, o.id ASC LIMIT $first
        RETURN { unitId: o.id, name: o.name, sharedCount: t.shared, years: t.years } AS partner
        """
        columnName: "partner"
      )
    neighbourhood(limit: Int = 200): Neighbourhood!
      @cypher(
        statement: """
        OPTIONAL MATCH (this)-[*1..2]-(n)
        WITH this, n WHERE n IS NOT NULL
        WITH this, collect(DISTINCT n)[0..$limit] AS near
        WITH [this] + near AS ns
        CALL (ns) {
          UNWIND ns AS x MATCH (x)-[r]->(y) WHERE y IN ns
          RETURN collect({ source: x.id, target: y.id, kind: type(r) }) AS edges
        }
        RETURN { nodes: [n IN ns | { id: n.id, kind: labels(n)[0], label: coalesce(n.name, n.title, n.number, n.id) }], edges: edges } AS graph
        """
        columnName: "graph"
      )
  }

  type Partner {
    unitId: ID!
    name: String!
    sharedCount: Int!
    years: [Int!]!
  }

  type Neighbourhood {
    nodes: [NeighbourNode!]!
    edges: [NeighbourEdge!]!
  }

  type NeighbourNode {
    id: ID!
    kind: String!
    label: String
  }

  type NeighbourEdge {
    source: ID!
    target: ID!
    kind: String!
  }

  type Task @node {
    id: ID!
    number: String
    text: String!
    year: Int
    ordinal: Int
    units: [Unit!]! @relationship(type: "RESPONSIBLE_FOR", direction: IN, properties: "Responsibility")
    document: [Document!]! @relationship(type: "IN_DOCUMENT", direction: OUT)
  }

  type Document @node {
    id: ID!
    title: String
    year: Int
    tasks: [Task!]! @relationship(type: "IN_DOCUMENT", direction: IN)
  }

  type Project @node @fulltext(indexes: [{ indexName: "project_search", queryName: "projectsByName", fields: ["allNames"] }]) {
    id: ID!
    name: String!
    allNames: String
  }
`;
