import { readFile } from "node:fs/promises";
import { getDMMF } from "@prisma/get-dmmf";
import pg from "pg";

// Compares what schema.prisma says with what the migrated database has, using Prisma's own
// reading of the schema (DMMF) and PostgreSQL's catalog. Returns one line per difference.

type Field = {
  name: string;
  dbName?: string | null;
  kind: string;
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt?: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  relationFromFields?: readonly string[];
  relationToFields?: readonly string[];
  relationOnDelete?: string;
};
type Model = { name: string; dbName: string | null; fields: readonly Field[] };
type IndexSpec = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
};

const scalarTypes: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp(3)",
  Json: "jsonb",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Bytes: "bytea",
};

const deleteRules: Record<string, string> = {
  Cascade: "CASCADE",
  SetNull: "SET NULL",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetDefault: "SET DEFAULT",
};

function sortedDiff(kind: string, expected: Set<string>, actual: Set<string>): string[] {
  return [
    ...[...expected].filter((item) => !actual.has(item)).map((item) => `missing ${kind}: ${item}`),
    ...[...actual].filter((item) => !expected.has(item)).map((item) => `unexpected ${kind}: ${item}`),
  ].sort();
}

/** Client-side defaults (cuid(), uuid()) have no database default; everything else does. */
function hasDatabaseDefault(field: Field): boolean {
  if (!field.hasDefaultValue) return false;
  const fn = (field.default as { name?: string } | undefined)?.name;
  return !(fn === "cuid" || fn === "uuid" || fn === "nanoid" || fn === "ulid");
}

/**
 * Objects Prisma's schema language cannot describe, created by hand in a migration: expression
 * indexes of the PostgreSQL search fallback (prisma/migrations/20261122010000_search).
 */
const EXPRESSION_INDEXES = new Set(["ArticleTranslation_search_vector_idx", "ArticleTranslation_search_label_idx"]);

export async function findSchemaDrift(databaseUrl: string, schemaPath = "prisma/schema.prisma"): Promise<string[]> {
  const dmmf = await getDMMF({ datamodel: await readFile(schemaPath, "utf8") });
  if (!("datamodel" in dmmf)) throw new Error(`Prisma could not read ${schemaPath}: ${JSON.stringify(dmmf)}`);
  const models = dmmf.datamodel.models as unknown as Model[];
  const indexes = (dmmf.datamodel as unknown as { indexes: IndexSpec[] }).indexes;
  const enums = dmmf.datamodel.enums;
  const tableOf = new Map(models.map((model) => [model.name, model.dbName ?? model.name]));
  const columnOf = (model: Model, fieldName: string) => {
    const field = model.fields.find((candidate) => candidate.name === fieldName)!;
    return field.dbName ?? field.name;
  };

  const expected = {
    tables: new Set<string>(),
    columns: new Set<string>(),
    indexes: new Set<string>(),
    foreignKeys: new Set<string>(),
    enums: new Set<string>(),
  };
  for (const item of enums)
    expected.enums.add(
      `${item.dbName ?? item.name}(${item.values.map((value: { name: string; dbName?: string | null }) => value.dbName ?? value.name).join(",")})`,
    );
  for (const model of models) {
    const table = tableOf.get(model.name)!;
    expected.tables.add(table);
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (field.relationFromFields?.length) {
          const from = field.relationFromFields.map((name) => columnOf(model, name));
          const target = models.find((candidate) => candidate.name === field.type)!;
          const to = (field.relationToFields ?? []).map((name) => columnOf(target, name));
          const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
          expected.foreignKeys.add(
            `${table}_${from.join("_")}_fkey: ${table}(${from}) -> ${tableOf.get(target.name)}(${to}) ON DELETE ${deleteRules[onDelete]} ON UPDATE CASCADE`,
          );
        }
        continue;
      }
      const baseType = field.kind === "enum" ? `"${field.type}"` : scalarTypes[field.type];
      const type = field.isList ? `${baseType}[]` : baseType;
      // Prisma creates scalar lists as nullable arrays.
      const nullable = field.isList || !field.isRequired;
      expected.columns.add(
        `${table}.${field.dbName ?? field.name} ${type} ${nullable ? "NULL" : "NOT NULL"}${hasDatabaseDefault(field) ? " DEFAULT" : ""}`,
      );
    }
  }
  for (const index of indexes) {
    if (index.type === "fulltext") continue;
    const model = models.find((candidate) => candidate.name === index.model)!;
    const table = tableOf.get(model.name)!;
    const columns = index.fields.map((field) => columnOf(model, field.name));
    const suffix = index.type === "id" ? "pkey" : index.type === "unique" ? "key" : "idx";
    const name = index.dbName ?? (index.type === "id" ? `${table}_pkey` : `${table}_${columns.join("_")}_${suffix}`);
    const described = index.fields.map(
      (field) => `${columnOf(model, field.name)}${field.sortOrder === "desc" ? " DESC" : ""}`,
    );
    expected.indexes.add(`${name} ON ${table}(${described.join(", ")})${index.type === "normal" ? "" : " UNIQUE"}`);
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const actual = {
      tables: new Set<string>(),
      columns: new Set<string>(),
      indexes: new Set<string>(),
      foreignKeys: new Set<string>(),
      enums: new Set<string>(),
    };
    const skip = "'_prisma_migrations'";
    for (const row of (
      await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> ${skip}`,
      )
    ).rows) {
      actual.tables.add(row.table_name);
    }
    const columns = await client.query<{
      table: string;
      column: string;
      type: string;
      not_null: boolean;
      has_default: boolean;
    }>(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
             a.attnotnull AS not_null, a.atthasdef AS has_default
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> ${skip} AND a.attnum > 0 AND NOT a.attisdropped`);
    for (const row of columns.rows) {
      const type = row.type
        .replace("timestamp(3) without time zone", "timestamp(3)")
        .replace(/^"?([A-Za-z]+)"?(\[\])?$/, (match, name: string, list = "") =>
          Object.values(scalarTypes).includes(name) || /^[a-z ]+$/.test(name) ? match : `"${name}"${list}`,
        );
      actual.columns.add(
        `${row.table}.${row.column} ${type} ${row.not_null ? "NOT NULL" : "NULL"}${row.has_default ? " DEFAULT" : ""}`,
      );
    }
    const indexRows = await client.query<{
      table: string;
      name: string;
      unique: boolean;
      columns: string[];
      options: number[];
    }>(`
      SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique,
             array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
             array(SELECT o FROM unnest(ix.indoption) AS o)::int[] AS options
        FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = 'public' AND t.relname <> ${skip}`);
    for (const row of indexRows.rows) {
      if (EXPRESSION_INDEXES.has(row.name)) continue;
      // indoption bit 1 is DESC.
      const described = row.columns.map(
        (column, position) => `${column}${(row.options[position] ?? 0) & 1 ? " DESC" : ""}`,
      );
      actual.indexes.add(`${row.name} ON ${row.table}(${described.join(", ")})${row.unique ? " UNIQUE" : ""}`);
    }
    const foreignKeys = await client.query<{
      name: string;
      table: string;
      columns: string[];
      target: string;
      target_columns: string[];
      on_delete: string;
      on_update: string;
    }>(`
      SELECT con.conname AS name, t.relname AS table, ft.relname AS target,
             array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
             array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                     JOIN pg_attribute a ON a.attrelid = ft.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS target_columns,
             CASE con.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT' WHEN 'a' THEN 'NO ACTION' ELSE 'SET DEFAULT' END AS on_delete,
             CASE con.confupdtype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT' WHEN 'a' THEN 'NO ACTION' ELSE 'SET DEFAULT' END AS on_update
        FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class ft ON ft.oid = con.confrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE con.contype = 'f' AND n.nspname = 'public'`);
    for (const row of foreignKeys.rows) {
      actual.foreignKeys.add(
        `${row.name}: ${row.table}(${row.columns}) -> ${row.target}(${row.target_columns}) ON DELETE ${row.on_delete} ON UPDATE ${row.on_update}`,
      );
    }
    const enumRows = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' GROUP BY t.typname`);
    for (const row of enumRows.rows) actual.enums.add(`${row.name}(${row.values.join(",")})`);

    return [
      ...sortedDiff("table", expected.tables, actual.tables),
      ...sortedDiff("column", expected.columns, actual.columns),
      ...sortedDiff("index", expected.indexes, actual.indexes),
      ...sortedDiff("foreign key", expected.foreignKeys, actual.foreignKeys),
      ...sortedDiff("enum", expected.enums, actual.enums),
    ];
  } finally {
    await client.end();
  }
}
